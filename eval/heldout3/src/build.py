#!/usr/bin/env python3
"""Build held-out articles + gold JSON from the marked-up sources in this folder.

Markup in TEXT: ⟦key|quoted words⟧ (nesting allowed). Keys starting with "N" are not_quotes.
META[key] = dict(s=speaker, c=cue, r=ref, rt=ref_type, k=kind, g=group-key, alt=[..], b=borderline,
                 nested=bool, n=note, loc=location)
Run: python3 build.py  (writes ../articles/NAME.txt and ../NAME.json, then validates)
"""
import importlib.util, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
MARKS = set('"“”\'‘’')


def parse(marked):
    out, spans, stack, i = [], {}, [], 0
    while i < len(marked):
        ch = marked[i]
        if ch == "⟦":
            j = marked.index("|", i)
            key = marked[i + 1:j]
            stack.append((key, len("".join(out))))
            i = j + 1
            continue
        if ch == "⟧":
            key, st = stack.pop()
            assert key not in spans, key
            spans[key] = (st, len("".join(out)))
            i += 1
            continue
        out.append(ch)
        i += 1
    assert not stack, stack
    return "".join(out), spans


def locate(text, needle, start_hint):
    i = text.find(needle, start_hint)
    if i < 0:
        i = text.find(needle)
    return i


def build(mod_path):
    spec = importlib.util.spec_from_file_location(mod_path.stem, mod_path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    text, spans = parse(m.TEXT.lstrip("\n"))
    assert "⟦" not in text and "⟧" not in text and "|" not in text
    qkeys = sorted((k for k in spans if not k.startswith("N")), key=lambda k: (spans[k][0], -spans[k][1]))
    nkeys = sorted((k for k in spans if k.startswith("N")), key=lambda k: spans[k][0])
    missing = set(qkeys) - set(m.META)
    assert not missing, missing
    extra = set(m.META) - set(qkeys)
    assert not extra, extra
    groups, quotes = {}, []
    for k in qkeys:
        md = m.META[k]
        st, en = spans[k]
        gk = md.get("g", k)
        if gk not in groups:
            groups[gk] = len(groups) + 1
        q = {"text": text[st:en], "speaker": md.get("s"), "cue": md.get("c"), "ref": md.get("r"),
             "ref_type": md.get("rt"), "kind": md.get("k", "full"), "group": groups[gk],
             "start": st, "end": en}
        if md.get("alt"):
            q["alt_speakers"] = md["alt"]
        if md.get("b"):
            q["borderline"] = True
        if md.get("nested"):
            q["nested"] = True
        if md.get("loc"):
            q["location"] = md["loc"]
        if md.get("n"):
            q["note"] = md["n"]
        quotes.append(q)
    not_quotes = []
    for k in nkeys:
        st, en = spans[k]
        nq = {"text": text[st:en], "start": st, "end": en}
        if k in getattr(m, "NOTE_N", {}):
            nq["note"] = m.NOTE_N[k]
        not_quotes.append(nq)
    gold = {"source": "original fictional article written for the held-out set (newsread, set 3), " + m.NAME,
            "license": "original text written for this evaluation; no third-party text",
            "published": m.PUBLISHED, "genre": m.GENRE, "quote_style": m.QUOTE_STYLE,
            "quotes": quotes, "not_quotes": not_quotes, "actors": m.ACTORS,
            "entities": m.ENTITIES, "dates": m.DATES, "notes": m.NOTES}
    (OUT / "articles" / f"{m.NAME}.txt").write_text(text)
    (OUT / f"{m.NAME}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
    return m.NAME


def validate(name):
    text = (OUT / "articles" / f"{name}.txt").read_text()
    gold = json.loads((OUT / f"{name}.json").read_text())
    errs, hint = [], 0
    paras = text.split("\n")
    for q in gold["quotes"]:
        t, st, en = q["text"], q["start"], q["end"]
        if text[st:en] != t:
            errs.append(f"offset mismatch {t[:40]!r}")
        i = locate(text, t, hint)
        if i != st:
            errs.append(f"locate order: {t[:40]!r} found at {i}, gold {st}")
        hint = i + 1
        before = text[st - 1] if st else ""
        after = text[en] if en < len(text) else "\n"
        if before not in MARKS:
            errs.append(f"no opening mark before {t[:40]!r}: {before!r}")
        if after not in MARKS and after != "\n":
            errs.append(f"no closing mark/para end after {t[:40]!r}: {after!r}")
        if t != t.strip():
            errs.append(f"whitespace at edge {t[:40]!r}")
        if q["speaker"] is None and not q.get("borderline"):
            errs.append(f"no speaker {t[:40]!r}")
        if q["ref_type"] not in ("name", "pronoun", "description", "continuation", "implicit", "none"):
            errs.append(f"bad ref_type {q['ref_type']}")
        if q["kind"] not in ("full", "partial"):
            errs.append("bad kind")
        if q["ref"] and q["ref"] not in text:
            errs.append(f"ref not in text: {q['ref']!r}")
        if q["cue"] and q["cue"] not in text:
            errs.append(f"cue not in text: {q['cue']!r}")
    for nq in gold["not_quotes"]:
        if text[nq["start"]:nq["end"]] != nq["text"]:
            errs.append("not_quote offset")
    for p in gold["entities"]["people"] + gold["entities"]["organisations"] + gold["entities"]["places"]:
        if p not in text:
            errs.append(f"entity not in text: {p!r}")
    for d in gold["dates"]:
        if d not in text:
            errs.append(f"date not in text: {d!r}")
    words = len(text.split())
    if not (400 <= words <= 900):
        errs.append(f"word count {words}")
    if "\n\n" not in text or text.split("\n")[1] != "":
        errs.append("headline/paragraph layout")
    return words, len(gold["quotes"]), errs


if __name__ == "__main__":
    srcs = sorted(HERE.glob("x*.py")) if len(sys.argv) < 2 else [Path(a) for a in sys.argv[1:]]
    bad = 0
    for s in srcs:
        name = build(s)
        w, n, errs = validate(name)
        print(f"{name:32s} words {w:4d} quotes {n:3d} {'OK' if not errs else 'ERRORS'}")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)
