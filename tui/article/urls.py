"""Which command-line arguments are web addresses (cheap: no urllib, no ssl)."""

from __future__ import annotations

import os
import re

# "scheme:" as in RFC 3986; two letters at least so "C:\\news.txt" stays a path.
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")


def is_url(arg: str) -> bool:
    """True for an http:// or https:// address."""
    return arg[:8].lower().startswith(("http://", "https://"))


def is_address(arg: str) -> bool:
    """True when ``arg`` should go to fetch_url: an http(s) address, or any other
    "scheme:..." (file:, ftp:, javascript:) that is not an existing local path,
    so that fetch_url refuses it by name instead of "no such file"."""
    if is_url(arg):
        return True
    return bool(_SCHEME.match(arg)) and not os.path.exists(arg)
