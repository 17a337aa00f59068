"""Counted nouns for messages: "1 quote", "2 quotes" (the reader and the CLI said "1 quotes")."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun``, in the plural unless ``n`` is exactly one (``plural`` for irregular ones)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
