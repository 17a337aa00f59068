"""Nothing acknowledged is ever lost: SIGKILL mid-stream, and any garbage after valid events."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsread.store import Journal, make_event

SHA = "0" * 64

KILLED_WRITER = textwrap.dedent(
    """
    import sys
    from newsread.store import Journal, make_event
    j = Journal(sys.argv[1], sha="0" * 64)
    i = 0
    while True:
        e = j.append(make_event("note", article_sha="0" * 64, start=0, end=1, text="x", body="n%d" % i))
        print(e.id, flush=True)   # acknowledged: append() returned
        i += 1
    """
)


def test_acknowledged_events_survive_sigkill(tmp_path):
    path = tmp_path / "j.jsonl"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    acked = []
    deadline = time.monotonic() + 60
    while len(acked) < 150 and time.monotonic() < deadline:
        acked.append(proc.stdout.readline().strip())
    os.kill(proc.pid, signal.SIGKILL)  # no cleanup, no flush, possibly mid-write
    rest = proc.stdout.read().split()
    proc.wait()
    acked += rest
    assert len(acked) >= 150
    loaded = Journal(path).load()
    ids = [e.id for e in loaded.events]
    assert ids[: len(acked)] == acked  # every acknowledged event, in order
    assert loaded.damage is None
    # And the journal stays usable after the crash.
    Journal(path, sha=SHA).append(make_event("note", article_sha=SHA, body="after"))
    assert Journal(path).load().events[-1].get("body") == "after"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(garbage=st.binary(max_size=120) | st.text(max_size=120).map(lambda t: t.encode("utf-8")))
def test_any_garbage_after_valid_events_loses_nothing(garbage):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "j.jsonl"
        j = Journal(path, sha=SHA)
        made = [j.append(make_event("note", article_sha=SHA, body=f"n{i}")) for i in range(3)]
        with open(path, "ab") as f:
            f.write(garbage)
        damaged = path.read_bytes()
        loaded = Journal(path, sha=SHA).load()  # never raises: the header is ours
        assert [e.id for e in loaded.events][:3] == [e.id for e in made]
        assert path.read_bytes() == damaged  # reading never writes
        new = loaded.append(make_event("note", article_sha=SHA, body="new"))
        fresh = Journal(path).load()
        ids = [e.id for e in fresh.events]
        assert ids[:3] == [e.id for e in made] and new.id in ids
        assert fresh.damage is None
        asides = list(Path(tmp).glob("j.jsonl.corrupt-*"))
        if asides:
            assert [a.read_bytes() for a in asides] == [damaged]
        else:
            assert path.read_bytes().startswith(damaged)  # appended after, nothing rewritten
