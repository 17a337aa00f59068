"""Inputs that used to crash a run or never finish (issue #12, items 8 and 10).

Real CLI entry point, real files (a real FIFO from mkfifo), real spaCy model.
Costs are measured in benchmarks/hostile_inputs.py; the tests here assert outcomes.
"""

from __future__ import annotations

import json
import os
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.article import ArticleError, article_from_text, load_article, loader, long_blocks
from newsread.article.long_blocks import LONG_BLOCK_CHARS, PIECE_CHARS
from newsread.cli import main

NOTICE = "Harbour notice\n\nThe harbour master said the new pier would open in June.\n"


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def _extract(capsys, *argv):
    code = main(["extract", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_reader_failing_on_one_file_does_not_stop_a_folder_batch(tmp_path, capsys, monkeypatch):
    # A format plug-in (READERS/BYTE_READERS are the documented extension point) with a bug.
    def broken_reader(data, source=None):
        raise RuntimeError("reader bug \x1b]0;PWNED\x07 on this file")

    monkeypatch.setitem(loader.BYTE_READERS, ".bad", broken_reader)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(NOTICE)
    (folder / "b.bad").write_text("anything")
    (folder / "c.txt").write_text(NOTICE.replace("pier", "ferry"))
    code, out, err = _extract(capsys, folder, "--json-lines", "--no-cache")
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(folder / "a.txt"), str(folder / "c.txt")]
    assert code == 1
    assert err.count("\n") == 1 and f"{folder / 'b.bad'}: cannot read it: RuntimeError: reader bug" in err
    assert "\x1b" not in err and "Traceback" not in err


# ---------------------------------------------------------------- huge paragraphs (item 8, E088)


SENTENCE = "The harbour master said the pier would open in June, after the council's vote. "


def _visible(text, spans):
    return "".join("".join(text[s:e] for s, e in spans).split())


def _unsplit_spans(text, fmt="text"):
    """The blocks the reader gives without cutting long ones."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(long_blocks, "LONG_BLOCK_CHARS", 10**9)
        return [(b.start, b.end) for b in article_from_text(text, fmt=fmt).blocks]


def _assert_blocks_cover_the_text(article, original_spans):
    """Blocks are in order, cut only at whitespace, and hold every visible character they held."""
    blocks = article.blocks
    assert all(b.start < b.end for b in blocks)
    assert all(a.end <= b.start and not article.text[a.end : b.start].strip() for a, b in zip(blocks, blocks[1:]))
    covered = [(b.start, b.end) for b in blocks]
    assert _visible(article.text, covered) == _visible(article.text, original_spans)
    for inline in article.inlines:
        assert any(b.start <= inline.start and inline.end <= b.end for b in blocks), inline


def test_a_paragraph_over_spacys_limit_becomes_parser_sized_blocks_with_exact_offsets():
    text = "Pier notice\n\n" + SENTENCE * (1_200_000 // len(SENTENCE)) + "\n\nThe end of the notice."
    article = article_from_text(text)
    assert len(article.text) > 1_000_000
    assert max(b.end - b.start for b in article.blocks) <= PIECE_CHARS
    paragraph = article.blocks[1:-1]
    assert len(paragraph) >= 1_200_000 // PIECE_CHARS
    # Cut at sentence ends, nothing lost or moved.
    assert all(article.text[b.end - 1] == "." for b in paragraph)
    assert article.text[paragraph[0].start : paragraph[-1].end] == text.split("\n\n")[1].strip()
    _assert_blocks_cover_the_text(article, _unsplit_spans(text))
    assert any("cut into blocks" in w for w in article.warnings)


def test_a_word_longer_than_a_block_is_cut_at_the_limit():
    text = "x" * (3 * LONG_BLOCK_CHARS)
    article = article_from_text(text)
    assert [b.end - b.start for b in article.blocks][:3] == [PIECE_CHARS] * 3
    assert "".join(article.text[b.start : b.end] for b in article.blocks) == text


def test_markdown_emphasis_across_a_cut_is_clipped_to_each_block():
    body = "*" + (SENTENCE * (2 * LONG_BLOCK_CHARS // len(SENTENCE))).strip() + "*"
    article = article_from_text("# Notice\n\n" + body + "\n", fmt="markdown")
    emphasis = [i for i in article.inlines if i.kind == "emphasis"]
    assert len(emphasis) == len(article.blocks) - 1 > 1
    _assert_blocks_cover_the_text(article, _unsplit_spans("# Notice\n\n" + body + "\n", "markdown"))


_PIECES = st.sampled_from(["word", "a", "Pier.", "said!", " ", " ", "  ", "\n", "\n\n", "*em*", "x" * 30])


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=60), markdown=st.booleans())
def test_cutting_keeps_offsets_exact_whatever_the_text(pieces, markdown):
    text = "".join(pieces)
    if not text.strip():
        return
    fmt = "markdown" if markdown else "text"
    whole = article_from_text(text, fmt=fmt)
    assert [(b.start, b.end) for b in whole.blocks] == _unsplit_spans(text, fmt)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(long_blocks, "LONG_BLOCK_CHARS", 24)
        m.setattr(long_blocks, "PIECE_CHARS", 12)
        cut = article_from_text(text, fmt=fmt)
    assert cut.text == whole.text
    kept = {(b.start, b.end) for b in whole.blocks if b.end - b.start <= 24}
    assert all((b.start, b.end) in kept or b.end - b.start <= 12 for b in cut.blocks)
    _assert_blocks_cover_the_text(cut, [(b.start, b.end) for b in whole.blocks])


# ---------------------------------------------------------------- FIFOs (item 10)


def _within(seconds, fn):
    """fn() run in a thread; its result, or a failure if it has not returned in time."""
    box = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still blocked after {seconds} s"
    return box


@pytest.fixture
def fifo(tmp_path, monkeypatch):
    path = tmp_path / "feed.txt"
    os.mkfifo(path)
    monkeypatch.setattr(loader, "PIPE_IDLE_SECONDS", 0.5)
    yield path
    try:  # release a reader still blocked in open() (the bug this guards against)
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


def test_a_fifo_nobody_writes_to_is_given_up_on(fifo):
    box = _within(10, lambda: load_article(str(fifo)))
    assert isinstance(box.get("error"), ArticleError)
    assert str(box["error"]) == f"{fifo}: nothing to read after 0.5 s (a pipe or FIFO nobody writes to?)"


def test_a_fifo_with_a_writer_is_read(fifo):
    def write():
        with open(fifo, "w") as f:  # blocks until the reader has opened the FIFO
            f.write(NOTICE)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    box = _within(10, lambda: load_article(str(fifo)))
    writer.join(5)
    assert "error" not in box, box.get("error")
    assert box["value"].title == "Harbour notice"


def test_extract_of_a_fifo_without_writer_is_one_line_and_exit_2(fifo, capsys):
    box = _within(10, lambda: main(["extract", str(fifo), "--no-cache"]))
    out, err = capsys.readouterr()
    assert box.get("value") == 2 and out == ""
    assert err == f"newsread: {fifo}: nothing to read after 0.5 s (a pipe or FIFO nobody writes to?)\n"


def test_a_fifo_in_a_batch_is_named_and_the_rest_printed(fifo, tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(NOTICE)
    box = _within(60, lambda: main(["extract", str(fifo), str(article), "--json-lines", "--no-cache"]))
    out, err = capsys.readouterr()
    assert box.get("value") == 1, box.get("error")
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(article)]
    assert f"{fifo}: nothing to read" in err and "Traceback" not in err


# ---------------------------------------------------------------- bounded length (item 10)

PARAGRAPH = SENTENCE * 12 + "\n\n"


def test_a_text_too_long_to_analyse_in_bounded_memory_is_refused(tmp_path, capsys):
    big = tmp_path / "big.txt"
    big.write_text(PARAGRAPH * (loader.MAX_TEXT_CHARS // len(PARAGRAPH) + 10))
    with pytest.raises(ArticleError, match=r"big.txt: too long to analyse \(5\.0 million characters; the limit is 5 million"):
        load_article(str(big))
    code, out, err = _extract(capsys, big, "--no-cache")
    assert code == 2 and out == "" and err.count("\n") == 1 and "too long to analyse" in err


def test_a_long_text_says_what_its_analysis_costs_before_it_starts(tmp_path, capsys):
    long_text = tmp_path / "long.txt"
    long_text.write_text(PARAGRAPH * (1_200_000 // len(PARAGRAPH)))
    [warning] = load_article(str(long_text)).warnings
    assert warning.startswith("a long text (1.2 million characters, about 199,")
    assert "roughly 1 minute and 450 MB of memory" in warning
    # Said on stderr before the analysis starts: here the model is missing, so it never does.
    code, out, err = _extract(capsys, long_text, "--model", "no_such_model_xyz")
    assert code == 2
    assert err.splitlines()[0] == f"newsread: warning: {warning}"
    assert "no_such_model_xyz" in err.splitlines()[1]


def test_a_batch_says_a_long_texts_cost_before_analysing_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(loader, "LONG_TEXT_CHARS", 2_000)
    long_text, short = tmp_path / "long.txt", tmp_path / "short.txt"
    long_text.write_text(PARAGRAPH * 4)
    short.write_text(NOTICE)
    # The model is missing, so no analysis ever starts: the warning must already be out.
    code, out, err = _extract(capsys, long_text, short, "--json-lines", "--model", "no_such_model_xyz")
    lines = err.splitlines()
    assert code == 2 and out == ""
    assert lines[0].startswith(f"newsread: warning: {long_text}: a long text (")
    assert "no_such_model_xyz" in lines[1] and len(lines) == 2
