"""An on-disk cache of Analysis results, so reopening an article skips spaCy.

Entries are JSON files under ``$XDG_CACHE_HOME/newsread/analysis/`` (default
``~/.cache/newsread/analysis/``), one per key. The key covers everything the
analysis output depends on:

- the article: sha256 of its text and of its block structure (the same text
  read as Markdown or as plain text is parsed block by block differently);
- the model: its name, the ``lang_name version`` label from its meta.json and
  the installed spaCy version, all found *without importing spaCy*;
- newsread's analysis: :data:`ANALYSIS_VERSION` plus a fingerprint of the
  analysis source files, so an edited quote engine never serves stale results
  even when nobody remembered to bump the constant;
- the effective ``published`` date (relative dates resolve against it).

The cache is an optimisation only: a corrupt entry is ignored and rebuilt, an
unwritable directory is skipped (with a debug log note), and any model whose
version cannot be found cheaply is simply not cached. Nothing here raises to
the caller except the analysis itself.

This module never imports spaCy or Textual at import time; a cache hit in
:func:`cached_analyze` returns without importing spaCy at all.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsread.analysis.model import Analysis
from newsread.analysis.pipeline import DEFAULT_MODEL

if TYPE_CHECKING:
    from spacy.language import Language

    from newsread.article import Article

# Bump whenever the analysis output changes for the same input (new fields,
# different quote or actor rules...). Old entries then simply stop matching.
ANALYSIS_VERSION = 1

# Entry files are "<64 hex digits>.json"; temporary files start with a dot.
_SUFFIX = ".json"
_TMP_PREFIX = ".tmp-"
# Least recently used entries beyond this are removed after a write (a hit refreshes an
# entry's mtime), so the cache cannot grow without bound; about 10-30 KB per article.
MAX_ENTRIES = 2000

log = logging.getLogger("newsread.cache")


def cache_dir() -> Path:
    """The folder holding the entries (it may not exist yet)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG spec says relative paths in XDG_* variables are invalid: ignore them.
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "newsread" / "analysis"


@dataclass(frozen=True)
class ModelIdentity:
    """What identifies a model's output: name, meta label, spaCy version."""

    name: str
    label: str  # "<lang>_<name> <version>", as model_label(nlp) writes it
    spacy_version: str


@functools.lru_cache(maxsize=8)
def model_identity(model: str) -> ModelIdentity | None:
    """The model's identity read from its meta.json, without importing spaCy.

    ``model`` is an installed package name or a path to a pipeline folder, as
    spacy.load accepts. None when the version cannot be found cheaply; the
    caller then does not cache.
    """
    try:
        meta_path = _meta_path(model)
        if meta_path is None:
            return None
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        label = f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')} {meta['version']}"
        return ModelIdentity(model, label, _spacy_version())
    except (OSError, ValueError, KeyError, TypeError, ImportError) as exc:
        log.debug("cache: no identity for model %r (%s); not caching", model, exc)
        return None


def _spacy_version() -> str:
    """The installed spaCy's version, from spacy/about.py, without importing spaCy.

    importlib.metadata would do, but importing it costs more than the whole
    rest of a cache hit.
    """
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        raise ImportError("spaCy is not installed")
    about = (Path(spec.origin).parent / "about.py").read_text(encoding="utf-8")
    match = re.search(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", about, re.MULTILINE)
    if match is None:
        raise ValueError("no __version__ in spacy/about.py")
    return match.group(1)


def _meta_path(model: str) -> Path | None:
    as_path = Path(model)
    if as_path.is_dir():
        meta = as_path / "meta.json"
        return meta if meta.is_file() else None
    # find_spec on a dotted name would import the parent packages: refuse those.
    if not model.isidentifier():
        return None
    spec = importlib.util.find_spec(model)  # locates the package, does not run it
    if spec is None or not spec.submodule_search_locations:
        return None
    pkg = Path(next(iter(spec.submodule_search_locations)))
    if (pkg / "meta.json").is_file():
        return pkg / "meta.json"
    # spaCy model packages keep the data folder "<name>-<version>" beside __init__.py.
    inner = sorted(p / "meta.json" for p in pkg.glob(f"{model}-*") if (p / "meta.json").is_file())
    return inner[0] if inner else None


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over the analysis package's source and data files (names and bytes).

    Data files count too: a refitted ``speaker_confidence.json`` changes the output.
    """
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    try:
        for path in sorted([*root.rglob("*.py"), *root.rglob("*.json")]):
            h.update(path.relative_to(root).as_posix().encode())
            h.update(b"\0")
            h.update(path.read_bytes())
            h.update(b"\0")
    except OSError as exc:
        log.debug("cache: cannot fingerprint the analysis code (%s)", exc)
        return "unknown"
    return h.hexdigest()


def cache_key(article: "Article", model: str | None = None, published: str | None = None) -> str | None:
    """The entry key for analysing ``article`` with ``model`` and ``published``.

    ``published`` is the override given by the user; the effective date (the
    override or the article's own) is what goes into the key. None when the
    model cannot be identified without loading it.
    """
    ident = model_identity(model or DEFAULT_MODEL)
    if ident is None:
        return None
    blocks = [(b.kind, b.start, b.end, b.level) for b in article.blocks]
    material = {
        "analysis_version": ANALYSIS_VERSION,
        "code": code_fingerprint(),
        "model": [ident.name, ident.label, ident.spacy_version],
        "published": published or article.published,
        "text_sha256": hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest(),
        "blocks_sha256": hashlib.sha256(json.dumps(blocks).encode()).hexdigest(),
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


def _entry_path(key: str) -> Path:
    return cache_dir() / f"{key}{_SUFFIX}"


def load_cached(
    article: "Article | str", *, model: str | None = None, published: str | None = None
) -> Analysis | None:
    """The cached Analysis for this article, or None (miss, corrupt or unreadable entry).

    Never imports spaCy. Metadata that is not part of the key (source path,
    title...) is taken from ``article``, since the same text may be opened
    from another file.
    """
    article = _as_article(article)
    key = cache_key(article, model, published)
    if key is None:
        return None
    path = _entry_path(key)
    try:
        analysis = _read_entry(path)
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - any damage at all is a miss, never a crash
        # Corrupt (torn write by another tool, disk error, old format, a hand-made
        # '{"analysis": []}' or JSON nested past the recursion limit): a miss; the
        # next store() overwrites it.
        log.debug("cache: ignoring unreadable entry %s (%s: %s)", path, type(exc).__name__, exc)
        return None
    if analysis.text != article.text or not _offsets_fit(analysis):  # a hash collision or a tampered entry
        log.debug("cache: entry %s does not match the text; ignored", path)
        return None
    try:
        os.utime(path)  # recently used: the last entry prune() would remove
    except OSError:
        pass
    analysis.source = article.source
    analysis.title = article.title
    analysis.byline = article.byline
    analysis.site = article.site
    return analysis


def _read_entry(path: Path) -> Analysis:
    """The Analysis an entry file holds; raises on anything that is not one."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("analysis"), dict):
        raise ValueError("not an entry object")
    analysis = Analysis.from_dict(data["analysis"])
    if not isinstance(analysis.text, str):
        raise ValueError("the entry's text is not a string")
    return analysis


def _offsets_fit(analysis: Analysis) -> bool:
    """Every span is a pair of integers inside the text: what the reader indexes with."""
    size = len(analysis.text)
    spans = [(e.start, e.end) for e in analysis.entities] + [(d.start, d.end) for d in analysis.dates]
    spans += [(q.start, q.end) for q in analysis.quotes]
    return all(type(s) is int and type(e) is int and 0 <= s <= e <= size for s, e in spans)


def store(
    article: "Article", analysis: Analysis, *, model: str | None = None, published: str | None = None
) -> bool:
    """Write ``analysis`` as the entry for this article; True when written.

    Atomic: a temporary file in the cache folder, then os.replace, so a
    reader never sees half an entry. Any failure is logged at debug level.
    """
    key = cache_key(article, model, published)
    if key is None:
        return False
    folder = cache_dir()
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"key": key, "analysis": analysis.to_dict()}, ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, suffix=_SUFFIX, dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        os.replace(tmp, folder / f"{key}{_SUFFIX}")
        tmp = None
        prune(folder)
        return True
    except (OSError, TypeError, ValueError) as exc:
        log.debug("cache: not written to %s (%s)", folder, exc)
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def cached_analyze(
    article: "Article | str",
    *,
    model: str | None = None,
    published: str | None = None,
    use_cache: bool = True,
    nlp: "Language | None" = None,
    report=None,
) -> Analysis:
    """analyze() with the cache in front: a hit returns without importing spaCy.

    ``report`` is analyze()'s progress callback (partial analyses are never cached).

    This is what the UI calls (in its worker thread). ``use_cache=False``
    (``--no-cache``) neither reads nor writes the cache. When ``nlp`` is given
    it must be the pipeline named by ``model``; if its label differs from the
    model's meta.json the cache is bypassed rather than risk a wrong entry.
    """
    article = _as_article(article)
    model = model or DEFAULT_MODEL
    if use_cache and nlp is not None:
        from newsread.analysis.pipeline import model_label

        ident = model_identity(model)
        use_cache = ident is not None and ident.label == model_label(nlp)
    if use_cache:
        hit = load_cached(article, model=model, published=published)
        if hit is not None:
            log.debug("cache: hit for %s", article.source)
            return hit
    from newsread.analysis.engine import analyze

    analysis = analyze(article, model=model, nlp=nlp, published=published, report=report)
    if use_cache and _same_model(model, analysis):
        store(article, analysis, model=model, published=published)
    return analysis


def _same_model(model: str, analysis: Analysis) -> bool:
    """The analysis came from the model the key names (guards against a mislabelled entry)."""
    ident = model_identity(model)
    return ident is not None and ident.label == analysis.model


def _as_article(article: "Article | str") -> "Article":
    if isinstance(article, str):
        from newsread.article import article_from_text

        return article_from_text(article)
    return article


@dataclass(frozen=True)
class CacheInfo:
    path: Path
    entries: int
    bytes: int


def _entry_files(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.suffix == _SUFFIX and p.is_file()]
    except OSError:
        return []


def prune(folder: Path | None = None, max_entries: int | None = None) -> int:
    """Remove the least recently used entries beyond ``max_entries``; return how many."""
    folder = folder or cache_dir()
    limit = MAX_ENTRIES if max_entries is None else max_entries
    files = [p for p in _entry_files(folder) if not p.name.startswith(_TMP_PREFIX)]
    if len(files) <= limit:
        return 0
    aged = []
    for p in files:
        try:
            aged.append((p.stat().st_mtime_ns, p))
        except OSError:
            pass
    aged.sort()
    removed = 0
    for _, p in aged[: len(aged) - limit]:
        try:
            p.unlink()
            removed += 1
        except OSError as exc:
            log.debug("cache: cannot remove %s (%s)", p, exc)
    return removed


def cache_info() -> CacheInfo:
    """Where the cache is, how many entries, how many bytes (temporary files included)."""
    folder = cache_dir()
    files = _entry_files(folder)
    entries = sum(1 for p in files if not p.name.startswith(_TMP_PREFIX))
    size = 0
    for p in files:
        try:
            size += p.stat().st_size
        except OSError:
            pass
    return CacheInfo(folder, entries, size)


def clear_cache() -> tuple[int, int]:
    """Remove every entry (and stray temporary files): (entries removed, bytes removed)."""
    entries = size = 0
    for p in _entry_files(cache_dir()):
        try:
            n = p.stat().st_size
            p.unlink()
        except OSError as exc:
            log.debug("cache: cannot remove %s (%s)", p, exc)
            continue
        size += n
        entries += not p.name.startswith(_TMP_PREFIX)
    return entries, size
