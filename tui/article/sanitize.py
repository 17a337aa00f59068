"""Bytes -> clean text: decoding, line endings and characters a terminal must never see.

Article text is data. Anything that could move the cursor, recolour the
terminal or reorder what is displayed (ESC sequences, other C0/C1 controls,
DEL, bidi overrides) is removed *before* any offset is computed, so every
offset produced later indexes the text the user actually sees.
"""

from __future__ import annotations

import re

# How much of the input is inspected for NUL bytes to call it binary.
BINARY_SNIFF_BYTES = 8192

_UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# \r\n and lone \r are line ends; \v, \f and the Unicode line/paragraph
# separators are whitespace that separates lines, so they become \n rather
# than vanishing (which would glue the words on either side together).
_LINE_ENDS = re.compile("\r\n?|[\x0b\x0c\u2028\u2029]")

# C0 controls except \t and \n, DEL, C1 controls, the bidi embedding/override
# (U+202A-U+202E) and isolate (U+2066-U+2069) controls, and lone surrogates
# (which cannot be encoded to UTF-8 for output).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

# Python's UTF-8 decoder with "surrogateescape" maps each undecodable byte to
# one of these; valid UTF-8 never decodes to a surrogate.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def looks_binary(data: bytes) -> bool:
    """True when the first chunk holds a NUL byte (text files never do; UTF-16 is handled first)."""
    return b"\x00" in data[:BINARY_SNIFF_BYTES]


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode UTF-8 (BOM stripped; UTF-16 with a BOM accepted), replacing invalid bytes.

    Returns the text and warnings (how many bytes were replaced). Line endings
    and control characters are left to :func:`clean_text`.
    """
    warnings: list[str] = []
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    elif data.startswith(UTF16_BOMS):
        # Windows editors save "Unicode" text as UTF-16; the BOM makes it unambiguous.
        try:
            return data.decode("utf-16"), warnings
        except UnicodeDecodeError:
            text = data.decode("utf-16", errors="replace")
            bad = text.count("\ufffd") - data.decode("utf-16", errors="ignore").count("\ufffd")
            warnings.append(f"input is not valid UTF-16: {bad} character{'s' if bad != 1 else ''} replaced with \ufffd")
            return text, warnings
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = len(_ESCAPED_BYTE.findall(data.decode("utf-8", errors="surrogateescape")))
    warnings.append(
        f"input is not valid UTF-8: {bad} byte{'s' if bad != 1 else ''} replaced with \ufffd"
    )
    return text, warnings


def clean_piece(text: str) -> tuple[str, int]:
    """Remove unsafe characters from a fragment; returns the fragment and how many were removed.

    Line endings are not normalised here: use it on text that came through
    :func:`clean_text` already, or on short fragments (decoded entities).
    """
    cleaned, removed = _UNSAFE.subn("", text)
    return cleaned, removed


def clean_text(text: str) -> tuple[str, list[str]]:
    """Normalise line endings to \\n and remove unsafe control characters, with a warning."""
    text = _LINE_ENDS.sub("\n", text)
    text, removed = clean_piece(text)
    warnings = [removed_warning(removed)] if removed else []
    return text, warnings


def removed_warning(count: int) -> str:
    """The warning for ``count`` removed characters (one wording everywhere)."""
    return f"removed {count} control character{'s' if count != 1 else ''} (terminal escapes, bidi overrides)"


def safe_display(value: str) -> str:
    """Any string about to reach the screen or stdout, whatever its origin, cleaned like article text.

    Journal lines (speaker names, notes, labels, user names), config values,
    environment variables and page metadata are data from other hands: the
    same characters are removed from them as from the article, so none can
    move the cursor, retitle the terminal, write the clipboard or reorder text.
    """
    return _UNSAFE.sub("", value)


def display_path(path: str) -> str:
    """A path made safe for a one-line message: control characters shown as escapes."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), path).replace(
        "\n", "\\n"
    )
