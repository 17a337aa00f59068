"""Details of the current item: a quote's full text, speaker, cue and how it was resolved."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from newsread.analysis.model import Actor, Analysis, DateMention, Entity, Quote
from newsread.article.sanitize import safe_display
from newsread.words import counted
from newsread.ui.labels import plain_label
from newsread.ui.navigation import DATE, ENTITY, MATCH, QUOTE, SPEAKER, Navigator
from newsread.ui.speech import is_reported, kind_words

# Quote.resolved_via -> words for a reader.
RESOLVED_WORDS = {
    "name": "named in the attribution",
    "pronoun": "pronoun resolved to a name",
    "description": "description resolved to a name",
    "continuation": "continues the previous quote",
    "inherited": "inherited from the previous quote",
}


def _field(text: Text, name: str, value: str | None) -> None:
    text.append(f"{name}: ", style="bold")
    text.append(safe_display(value) if value else "—")  # labels and speakers may come from a journal


def summary(analysis: Analysis) -> str:
    """What the article holds, in one line, with the keys to start (no item under the cursor)."""
    reported = sum(1 for q in analysis.quotes if is_reported(q))
    speech = f"{counted(len(analysis.quotes), 'quote')} ({len(analysis.quotes) - reported} direct, {reported} reported)"
    counts = [speech, counted(len(analysis.actors), "actor"),
              counted(len(analysis.entities), "entity", "entities"), counted(len(analysis.dates), "date")]
    return " · ".join(counts) + ".  ] next quote  } next entity  tab sidebar  ? help"


class ItemDetails(Static):
    """Shows whatever the screen hands it; every value is appended as plain text."""

    _quote: tuple[Quote, str, str | None, bool] | None = None  # the quote shown, laid out again on resize

    def show_quote(self, quote: Quote, position: str, mention: str | None, confirms: bool = True) -> None:
        """Who said it on the first row, the cue and resolution on the last, the quote's words between.

        The area has a fixed height (4 rows at 80x24): with the fields wrapped first,
        a short terminal showed the speaker, the cue and no word of the quote.
        """
        header = Text(no_wrap=True, overflow="ellipsis")
        header.append(f"{position}  ", style="bold")
        if quote.doubtful:  # before the name, which a narrow panel cuts
            # the key only where it works: the corpus's reader does not annotate
            header.append("⚠ doubtful speaker (c confirms)  " if confirms else "⚠ doubtful speaker  ", style="bold")
        elif quote.speaker_confirmed and quote.speaker_name:
            header.append("✓ confirmed  ")
        _field(header, "Speaker", quote.speaker_name or "unattributed")
        if mention and mention != quote.speaker_name:
            header.append(f" (as “{safe_display(mention)}”)")
        footer = Text(no_wrap=True, overflow="ellipsis")
        _field(footer, "Cue", quote.cue)
        footer.append("   ")
        _field(footer, "Resolved", RESOLVED_WORDS.get(quote.resolved_via or "", quote.resolved_via))
        if quote.speaker_confidence is not None and quote.speaker_name:
            footer.append("   ")
            _field(footer, "Confidence", f"{quote.speaker_confidence:.2f}")
        # Reported speech is the writer's words: no quotation marks of ours (a mixed item's own show).
        if quote.kind == "direct":
            words = Text("“" + safe_display(quote.text) + "”", style="italic")
        else:
            words = Text(safe_display(quote.text))
        width, height = self.content_size
        if width <= 0 or height < 3:  # not laid out yet: one text, wrapped by the widget
            self._set(Text("\n").join([header, words, footer]))
            self._quote = (quote, position, mention, confirms)
            return
        lines = list(words.wrap(self.app.console, width))
        for line in lines:
            line.rstrip()
        room = height - 2
        if len(lines) > room:
            lines = lines[:room]
            lines[-1].truncate(width - 1)
            lines[-1].append("…", style="italic")
        for row in (header, footer):
            row.truncate(width, overflow="ellipsis")
        self._set(Text("\n").join([header, *lines, footer]))
        self._quote = (quote, position, mention, confirms)

    def on_resize(self) -> None:
        if self._quote is not None:
            self.show_quote(*self._quote)

    def show_entity(self, entity: Entity, actor: Actor | None) -> None:
        text = Text()
        _field(text, "Entity", entity.text)
        text.append("   ")
        _field(text, "Kind", plain_label(entity.label))
        if actor is not None:
            text.append("\n")
            _field(text, "Actor", actor.name)
            text.append(f"   {counted(actor.mentions, 'mention')} · {counted(actor.quotes, 'quote')}")
            others = [a for a in actor.aliases if a != actor.name]
            if others:
                text.append("   ")
                _field(text, "Also", ", ".join(others))
        self._set(text)

    def show_date(self, date: DateMention) -> None:
        text = Text()
        _field(text, "Date", date.text)
        text.append("   ")
        _field(text, "Resolved", date.value or "not resolvable from the text")
        self._set(text)

    def show_cursor(self, nav: Navigator) -> None:
        """The item under the navigator's cursor; the article's summary when there is none."""
        c = nav.cursor
        if c is None:
            self.show_text(summary(nav.analysis), "dim")
        elif c.kind in (QUOTE, SPEAKER):
            q = nav.quotes[c.index]
            mention = nav.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None
            kind = kind_words(q, c.start, c.end)[-1]
            self.show_quote(q, f"Quote {c.index + 1}/{len(nav.quotes)} · {kind}", mention, nav.confirms)
        elif c.kind == ENTITY:
            e = nav.entities[c.index]
            self.show_entity(e, nav.analysis.actor(e.actor))
        elif c.kind == DATE:
            self.show_date(nav.dates[c.index])
        elif c.kind == MATCH:
            self.show_text(f"Match {c.index + 1} of {len(nav.matches)} for “{nav.query}”: n next, N previous")

    def show_text(self, message: str, style: str = "") -> None:
        self._set(Text(safe_display(message), style=style))

    def _set(self, text: Text) -> None:
        self._quote = None  # show_quote sets it again after this
        # Fixed height and width (reader.tcss): no layout pass, which would repaint every
        # scrollbar on screen at each jump (bytes over SSH, see benchmarks/ssh_bytes.py).
        self.update(text, layout=False)
