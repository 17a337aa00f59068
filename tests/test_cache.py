"""The analysis cache: hits equal fresh results, bad entries are rebuilt, keys are honest.

Real spaCy throughout; every test gets its own XDG cache folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SEED, SEED_DATE
from newsread.analysis import cache
from newsread.analysis.cache import (
    cache_dir,
    cache_info,
    cache_key,
    cached_analyze,
    clear_cache,
    load_cached,
    model_identity,
    store,
)
from newsread.analysis.pipeline import DEFAULT_MODEL, model_label
from newsread.article import article_from_text

TEXT = (
    "Mara Quist, the harbour master, said on Tuesday that the new pier would open in June.\n\n"
    '"We are ready," Quist told the Lakeside Gazette. The council in Brindle voted 7-2.'
)


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "newsread" / "analysis"


def _entries(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_cache_dir_follows_xdg(private_cache):
    assert cache_dir() == private_cache


def test_hit_returns_an_equal_analysis(nlp, seed_article, private_cache):
    fresh = cached_analyze(seed_article, published=SEED_DATE, nlp=nlp)
    assert len(_entries(private_cache)) == 1
    hit = load_cached(seed_article, published=SEED_DATE)
    assert hit is not None
    assert hit == fresh
    assert hit.to_dict() == fresh.to_dict()
    assert cached_analyze(seed_article, published=SEED_DATE) == fresh


def test_model_identity_matches_the_loaded_pipeline(nlp):
    import spacy

    ident = model_identity(DEFAULT_MODEL)
    assert ident is not None
    assert ident.label == model_label(nlp)
    assert ident.spacy_version == spacy.__version__


def test_hit_takes_metadata_from_the_article_opened(nlp, private_cache):
    first = article_from_text(TEXT, source="one.txt")
    again = article_from_text(TEXT, source="elsewhere/two.txt")
    cached_analyze(first, nlp=nlp)
    hit = load_cached(again)
    assert hit is not None and hit.source == "elsewhere/two.txt"


@pytest.mark.parametrize(
    "garbage",
    [b"", b"{not json", b'{"key": "x", "analysis": {"schema": "other/9"}}', b'{"analysis": {"schema": "newsread.analysis/1"}}', b"\xff\xfe\x00"],
)
def test_corrupt_entry_is_ignored_and_rebuilt(nlp, private_cache, garbage):
    article = article_from_text(TEXT, source="t.txt")
    fresh = cached_analyze(article, nlp=nlp)
    [name] = _entries(private_cache)
    (private_cache / name).write_bytes(garbage)
    assert load_cached(article) is None
    rebuilt = cached_analyze(article, nlp=nlp)
    assert rebuilt == fresh
    assert json.loads((private_cache / name).read_text(encoding="utf-8"))["analysis"] == fresh.to_dict()


def _damaged(fresh: dict, how: str) -> bytes:
    """An entry that parses as JSON but is no usable analysis (or does not parse at all)."""
    if how == "deep":  # json.loads raises RecursionError, not ValueError
        return b'{"analysis": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    if how == "list":
        return b'{"analysis": []}'
    if how == "top list":
        return b"[]"
    if how == "entities not objects":
        return json.dumps({"analysis": {**fresh, "entities": [5]}}).encode()
    if how == "offset past the text":
        entity = {**fresh["entities"][0], "end": 10**9}
        return json.dumps({"analysis": {**fresh, "entities": [entity]}}).encode()
    if how == "offset not a number":
        quote = {**fresh["quotes"][0], "start": "0"}
        return json.dumps({"analysis": {**fresh, "quotes": [quote]}}).encode()
    raise AssertionError(how)


@pytest.mark.parametrize(
    "how", ["deep", "list", "top list", "entities not objects", "offset past the text", "offset not a number"]
)
def test_damaged_entry_is_treated_as_a_miss_and_rebuilt(nlp, private_cache, how):
    article = article_from_text(TEXT, source="t.txt")
    fresh = cached_analyze(article, nlp=nlp)
    assert fresh.entities and fresh.quotes
    [name] = _entries(private_cache)
    (private_cache / name).write_bytes(_damaged(fresh.to_dict(), how))
    assert load_cached(article) is None
    assert cached_analyze(article, nlp=nlp) == fresh
    assert load_cached(article) == fresh


def test_truncated_entry_is_rebuilt(nlp, private_cache):
    article = article_from_text(TEXT)
    fresh = cached_analyze(article, nlp=nlp)
    [name] = _entries(private_cache)
    data = (private_cache / name).read_bytes()
    (private_cache / name).write_bytes(data[: len(data) // 2])
    assert cached_analyze(article, nlp=nlp) == fresh
    assert load_cached(article) == fresh


def _fake_pipeline(folder, version):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "meta.json").write_text(json.dumps({"lang": "en", "name": "fake_pipe", "version": version}))
    return str(folder)


def test_key_changes_with_text_model_published_version_and_blocks(tmp_path, monkeypatch):
    art = article_from_text(TEXT)
    base = cache_key(art)
    assert base is not None and base == cache_key(article_from_text(TEXT))
    assert cache_key(article_from_text(TEXT + " More.")) != base
    # Another model, and the same model at another version (a pipeline folder, read without spaCy).
    other = cache_key(art, model=_fake_pipeline(tmp_path / "p1", "1.0.0"))
    assert other is not None and other != base
    assert cache_key(art, model=_fake_pipeline(tmp_path / "p2", "1.0.1")) not in (base, other)
    # The effective publication date: the override, or the article's own.
    assert cache_key(art, published="2020-01-01") != base
    assert cache_key(art, published="2020-01-01") != cache_key(art, published="2020-01-02")
    dated = article_from_text(TEXT)
    dated.published = "2020-01-01"
    assert cache_key(dated) == cache_key(art, published="2020-01-01")
    # The same text cut into other blocks is parsed differently.
    one_block = article_from_text(TEXT)
    one_block.blocks = one_block.blocks[:1]
    assert cache_key(one_block) != base
    monkeypatch.setattr(cache, "ANALYSIS_VERSION", cache.ANALYSIS_VERSION + 1)
    assert cache_key(art) != base


def test_unknown_model_is_not_cached():
    assert model_identity("no_such_model_pkg_xyz") is None
    assert model_identity("not.an.identifier") is None
    assert cache_key(article_from_text(TEXT), model="no_such_model_pkg_xyz") is None


def test_atomic_write_leaves_no_temporary_files(nlp, private_cache):
    for i in range(3):
        cached_analyze(article_from_text(f"{TEXT} Item {i}."), nlp=nlp)
    names = _entries(private_cache)
    assert len(names) == 3
    assert all(len(n) == 64 + len(".json") and not n.startswith(".") for n in names)


def test_failed_write_leaves_nothing_behind(nlp, private_cache):
    article = article_from_text(TEXT)
    analysis = cached_analyze(article, nlp=nlp, use_cache=False)
    analysis.title = object()  # not JSON-serialisable: the write fails midway
    assert store(article, analysis) is False
    assert _entries(private_cache) == []


def test_no_cache_neither_reads_nor_writes(nlp, private_cache):
    cached_analyze(article_from_text(TEXT), nlp=nlp, use_cache=False)
    assert _entries(private_cache) == []


def test_unwritable_cache_dir_is_skipped(nlp, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # mkdir under a file fails, even as root
    article = article_from_text(TEXT)
    analysis = cached_analyze(article, nlp=nlp)
    assert analysis.entities
    assert store(article, analysis) is False
    assert load_cached(article) is None
    assert cache_info().entries == 0


def test_a_hit_does_not_import_spacy(nlp, seed_article, tmp_path):
    # Other work may have edited the analysis sources since this process
    # fingerprinted them; the subprocess must see the same key as we write.
    cache.code_fingerprint.cache_clear()
    fresh = cached_analyze(seed_article, published=SEED_DATE, nlp=nlp)
    code = (
        "import json, sys\n"
        "from newsread.article import load_article\n"
        "from newsread.analysis.cache import cached_analyze\n"
        f"a = cached_analyze(load_article({str(SEED)!r}), published={SEED_DATE!r})\n"
        "print(json.dumps({'spacy': 'spacy' in sys.modules, 'analysis': a.to_dict()}))\n"
    )
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "xdg"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    result = json.loads(out.stdout)
    assert result["spacy"] is False
    assert result["analysis"] == fresh.to_dict()


def _cli(*args, env):
    return subprocess.run([sys.executable, "-m", "newsread", *args], capture_output=True, text=True, env=env, cwd=ROOT)


def test_cache_info_and_clear_commands(nlp, tmp_path, private_cache):
    for i in range(2):
        cached_analyze(article_from_text(f"{TEXT} Note {i}."), nlp=nlp)
    size = cache_info().bytes
    assert size > 0
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "xdg"))
    info = _cli("cache", "info", env=env)
    assert info.returncode == 0
    assert f"path: {private_cache}" in info.stdout and "entries: 2" in info.stdout
    cleared = _cli("cache", "clear", env=env)
    assert cleared.returncode == 0, cleared.stderr
    assert cleared.stdout.startswith("removed 2 entries (")
    assert _entries(private_cache) == []
    assert "entries: 0" in _cli("cache", "info", env=env).stdout
    assert clear_cache() == (0, 0)


def test_cache_command_without_action_is_a_usage_error(tmp_path):
    out = _cli("cache", env=dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "xdg")))
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_least_recently_used_entries_are_pruned(nlp, private_cache, monkeypatch):
    """The cache is bounded: past MAX_ENTRIES the entries used longest ago go first."""
    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    articles = [article_from_text(f"Ann Lee said item {i} was ready.\n") for i in range(4)]
    for i, art in enumerate(articles[:3]):
        cached_analyze(art, nlp=nlp)
        entry = cache._entry_path(cache.cache_key(art))
        os.utime(entry, ns=(10**18 + i, 10**18 + i))  # distinct, old, increasing: no sleeping
    assert load_cached(articles[0]) is not None  # a hit makes the oldest the most recent
    cached_analyze(articles[3], nlp=nlp)  # a fourth entry: one must go
    assert len(_entries(private_cache)) == 3
    assert load_cached(articles[1]) is None  # least recently used
    assert load_cached(articles[0]) is not None
    assert load_cached(articles[2]) is not None
    assert load_cached(articles[3]) is not None
