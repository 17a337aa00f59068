"""Which charset a document may declare: real text encodings only.

A page names its encoding in ``<meta charset>`` and a server in its
``Content-Type`` header; both are untrusted. Python's codec registry answers to
much more than character sets: transforms (rot13, hex, base64, zlib, bz2, uu,
quopri), host-name codecs (idna, punycode), Python-literal codecs
(unicode_escape), one that always fails (undefined), and UTF-7, which browsers
refuse because it can hide markup. Decoding a page with one of those raised
LookupError or UnicodeError. A declaration naming anything but a character set
is ignored, as browsers ignore a label they do not know.

The HTML reader and the URL fetcher both decide through :func:`text_codec`.
"""

from __future__ import annotations

import codecs
import re

# Python's names (codecs.lookup(...).name) of the character-set codecs: the
# Unicode forms, the single-byte code pages and the East Asian multibyte sets.
_CHARSET_CODEC = re.compile(
    r"utf-(?:8(?:-sig)?|16(?:-[bl]e)?|32(?:-[bl]e)?)"
    r"|ascii|iso8859-\d+|cp\d+|koi8-[rtu]|mac-[a-z0-9]+|hp-roman8|kz1048|ptcp154|tis-620"
    r"|big5(?:hkscs)?|gb(?:2312|k|18030)|hz|johab|euc_[a-z0-9_]+|shift_jis[a-z0-9_]*|iso2022_[a-z0-9_]+"
)

# Browsers read pages declared as Latin-1 or ASCII as windows-1252: the curly
# quotes and dashes such pages really hold live in 0x80-0x9f.
_AS_BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252"}

# A label longer than this is no charset name (and is not worth a lookup).
_MAX_LABEL = 40


def text_codec(label: str | None) -> str | None:
    """The Python codec for a declared charset ``label``, or None when it names no text encoding."""
    if not label:
        return None
    label = label.strip().strip("\"'").strip()
    if not label or len(label) > _MAX_LABEL:
        return None
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    # _is_text_encoding is False for the bytes-to-bytes and str-to-str transforms;
    # the pattern keeps out the text codecs that are not character sets.
    if not getattr(info, "_is_text_encoding", True) or not _CHARSET_CODEC.fullmatch(info.name):
        return None
    return _AS_BROWSERS_READ.get(info.name, info.name)


def is_utf16_or_32(codec: str) -> bool:
    """UTF-16/32: a declaration found by reading the page as ASCII cannot be true of it."""
    return codec.startswith(("utf-16", "utf-32"))
