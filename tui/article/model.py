"""The document model every other layer indexes into.

An :class:`Article` is one plain-text string plus structure expressed as
half-open ``[start, end)`` character offsets into that string. Every offset in
newsread (entities, quotes, annotations) indexes ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of leaf block. Blocks are flat: a paragraph inside a block quote is one
# block of kind "blockquote", an item of a list one block of kind "list_item".
BLOCK_KINDS = ("title", "heading", "paragraph", "blockquote", "list_item", "code")

# Kinds of inline range.
INLINE_KINDS = ("emphasis", "strong", "link", "code")


@dataclass(frozen=True)
class Block:
    """A leaf block: its kind and where its text lies in ``Article.text``."""

    kind: str
    start: int
    end: int
    level: int = 0  # heading level (1-6), list depth; 0 where it does not apply


@dataclass(frozen=True)
class Inline:
    """An inline style range (emphasis, link...) inside one block."""

    kind: str
    start: int
    end: int
    href: str | None = None


@dataclass
class Article:
    """A readable article: text, its blocks and inline ranges, and metadata."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    inlines: list[Inline] = field(default_factory=list)
    title: str | None = None
    source: str | None = None  # path as given, "-" for stdin, or a URL
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    byline: str | None = None
    site: str | None = None
    # Human-readable notes about the input (replacement characters, removed
    # control characters...). Shown by the CLI on stderr and by the UI.
    warnings: list[str] = field(default_factory=list)

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def paragraphs(self) -> list[Block]:
        """Blocks in document order (all kinds): the units analysis parses separately."""
        return list(self.blocks)


class ArticleError(Exception):
    """Input that cannot be read as an article. The message is one line for the user."""
