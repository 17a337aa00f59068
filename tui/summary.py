"""The readable summary printed by ``newsread extract`` without ``--json``."""

from __future__ import annotations

from newsread.analysis.model import ACTOR_LABELS, Analysis
from newsread.article.sanitize import safe_display
from newsread.words import counted

_HEADINGS = {"PERSON": "People", "ORG": "Organisations", "GPE": "Places", "NORP": "Groups"}


def render_summary(analysis: Analysis) -> str:
    """Actors with counts, dates with values, quotes with speakers, as plain text.

    Every line goes through the sanitiser used for article text: names, labels
    and cues may come from a shared journal, the title from a page's metadata.
    """
    lines: list[str] = []
    title = analysis.title or analysis.source or "article"
    lines.append(f"{title}")
    if analysis.published:
        lines.append(f"published {analysis.published}")
    lines.append("")
    for label in ACTOR_LABELS:
        actors = [a for a in analysis.actors if a.label == label]
        if not actors:
            continue
        lines.append(f"{_HEADINGS[label]}:")
        for a in sorted(actors, key=lambda a: (-a.mentions, a.name)):
            other = [x for x in a.aliases if x != a.name]
            aka = f" (also: {', '.join(other)})" if other else ""
            lines.append(f"  {a.name}{aka}: {counted(a.mentions, 'mention')}, {counted(a.quotes, 'quote')}")
        lines.append("")
    if analysis.dates:
        lines.append("Dates:")
        for d in analysis.dates:
            lines.append(f"  {d.text}" + (f" = {d.value}" if d.value else ""))
        lines.append("")
    lines.append(f"Quotes ({len(analysis.quotes)}):")
    for i, q in enumerate(analysis.quotes, 1):
        who = q.speaker_name or "(unattributed)"
        cue = f" [{q.cue}]" if q.cue else ""
        text = q.text if len(q.text) <= 100 else q.text[:97] + "..."
        lines.append(f"  {i}. {who}{cue}: “{text}”")
    return "\n".join(safe_display(line) for line in lines) + "\n"
