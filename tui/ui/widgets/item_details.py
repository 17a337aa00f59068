"""Details of the current item: a quote's full text, speaker, cue and how it was resolved."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from newsread.analysis.model import Actor, DateMention, Entity, Quote
from newsread.article.sanitize import safe_display

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


class ItemDetails(Static):
    """Shows whatever the screen hands it; every value is appended as plain text."""

    def show_quote(self, quote: Quote, position: str, mention: str | None) -> None:
        # Speaker, cue and resolution first: the area has a fixed height and a
        # long quote is cut, but it is also highlighted in the article itself.
        text = Text()
        text.append(f"{position}  ", style="bold")
        _field(text, "Speaker", quote.speaker_name or "unattributed")
        if mention and mention != quote.speaker_name:
            text.append(f" (as “{mention}”)")
        text.append("   ")
        _field(text, "Cue", quote.cue)
        text.append("   ")
        _field(text, "Resolved", RESOLVED_WORDS.get(quote.resolved_via or "", quote.resolved_via))
        text.append("\n")
        text.append("“" + quote.text + "”", style="italic")
        self._set(text)

    def show_entity(self, entity: Entity, actor: Actor | None) -> None:
        text = Text()
        _field(text, "Entity", entity.text)
        text.append("   ")
        _field(text, "Label", entity.label)
        if actor is not None:
            text.append("\n")
            _field(text, "Actor", actor.name)
            text.append(f"   {actor.mentions} mentions · {actor.quotes} quotes")
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

    def show_text(self, message: str, style: str = "") -> None:
        self._set(Text(safe_display(message), style=style))

    def _set(self, text: Text) -> None:
        # Fixed height and width (reader.tcss): no layout pass, which would repaint every
        # scrollbar on screen at each jump (bytes over SSH, see benchmarks/ssh_bytes.py).
        self.update(text, layout=False)
