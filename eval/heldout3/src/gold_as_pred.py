#!/usr/bin/env python3
"""Write the gold as predictions (newsread.analysis/1 shape) into PRED_DIR, to self-check the scorers:
python3 gold_as_pred.py PRED_DIR && python3 ../../scorers/score.py .. PRED_DIR  -> all 1.000"""
import json, sys
from pathlib import Path
G = Path(__file__).resolve().parent.parent
P = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/h3pred"); P.mkdir(parents=True, exist_ok=True)
for gf in sorted(G.glob("x*.json")):
    g = json.loads(gf.read_text()); t = (G / "articles" / (gf.stem + ".txt")).read_text()
    pred = {"schema": "newsread.analysis/1", "text": t,
            "quotes": [{"start": q["start"], "end": q["end"], "speaker_name": q["speaker"]} for q in g["quotes"]],
            "actors": [{"name": p, "label": "PERSON", "aliases": []} for p in g["entities"]["people"]]}
    (P / gf.name).write_text(json.dumps(pred, ensure_ascii=False))
print("wrote", P)
