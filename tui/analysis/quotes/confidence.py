"""``speaker_confidence``: how sure the engine is of each item's speaker, measured on real news.

A small logistic model over the evidence of ``evidence.py`` (how the speaker was found,
rivals of the same kind before a pronoun, distance, an intervening speaker, the cue, the kind
of item, the speaker's standing among the article's voices) gives the probability that the speaker is right. Its weights are data
(``speaker_confidence.json`` beside this file), fitted by ``benchmarks/fit_speaker_confidence.py``
on the PolNeAR train split and checked by ``benchmarks/calibration.py`` on its dev split and
on ``../shared/eval/dev``.

The score is that probability on a scale anchored where a reader can trust it: 0.5 is the
"trust line", the probability above which the speaker was right at least 97% of the time on
held-out articles (``trust_logit`` in the data file). In odds: a confidence's odds are the
probability's odds divided by the trust line's, so the order of items is the probability's,
0.5 means "at the line", and the further below 0.5, the likelier the speaker is wrong. An item
with no speaker scores near 0: the words are someone's, and the reader does not know whose.

The reader calls a speaker doubtful below :data:`DOUBTFUL`; a user who confirms or chooses a
speaker makes it 1.0 (the journal's ``quote.confirm`` / ``quote.speaker`` events).
"""

from __future__ import annotations

from newsread.analysis.model import DOUBTFUL_BELOW, Entity, Quote
from newsread.analysis.quotes.evidence import Evidence, gather
from newsread.analysis.quotes.logistic import LogisticModel, load, sigmoid

# Below this a speaker is shown as doubtful (status line, quote panel, a mark in the text).
DOUBTFUL = DOUBTFUL_BELOW
MODEL_FILE = "speaker_confidence.json"


# Ways of finding a speaker through something else than its name: the context decides.
_INDIRECT_WAYS = ("pronoun", "description", "continuation", "inherited")


def features(ev: Evidence) -> list[str]:
    """The named binary features of one item's evidence (the model's inputs)."""
    v = ev.via
    out = [f"via={v}", f"kind={ev.kind}", f"cue={ev.cue}", f"speaker={ev.speaker_kind}", f"via={v}&kind={ev.kind}"]
    if v in _INDIRECT_WAYS:
        out.append(f"via={v}&context={_context(ev)}")
        if ev.repeated:
            out.append(f"via={v}&repeated")
    if v == "pronoun":
        person = ev.pronoun in ("he", "she", "him", "her")
        fits = (ev.speaker_kind == "person") == person  # "she" for a person, "they" for a body
        out.append(f"pronoun={'person' if person else 'plural'}&{'fits' if fits else 'misfits'}")
    if v in ("name", "unnamed", "description", "inherited", "continuation"):
        out.append(f"via={v}&near={ev.near}")  # carried: how far back the speaker was named
    if v == "name":
        out.append(f"via=name&speaker={ev.speaker_kind}&kind={ev.kind}")
    if v == "unnamed":
        out += [f"via=unnamed&cue={ev.cue}", f"shape={ev.shape}"]
    if v in ("description", "unnamed") and ev.plural:
        out.append(f"via={v}&plural")
    if v == "description" and ev.self_named:
        out.append("via=description&self_named")
    if ev.intervening:
        out.append("intervening")
    if v in _INDIRECT_WAYS:
        out.append(f"via={v}&standing={ev.standing}")  # given to the article's main voice, or not
    if ev.timeword:
        out.append("mention=time")  # "Monday said": a date taken for a speaker
    return out


def _context(ev: Evidence) -> str:
    """Rivals before the mention (none / only before the speaker's own latest name / after it)
    crossed with how far back that name is (near / same paragraphs / far or never)."""
    rivals = "after" if ev.rival_after else ("before" if ev.rivals else "none")
    far = ("near", "near", "mid", "far", "far", "far")[min(ev.gap, 5)]
    return f"{rivals}/{far}"


def model() -> LogisticModel:
    """The shipped weights; its line is the logit shift that puts 0.5 at the trust line."""
    return load(MODEL_FILE, "trust_logit")


def probability(ev: Evidence) -> float:
    """The fitted probability that the speaker behind ``ev`` is right."""
    return sigmoid(model().logit(features(ev)))


def confidence(ev: Evidence) -> float:
    """``speaker_confidence``: the probability on the trust-line scale (0.5 at the line)."""
    m = model()
    return sigmoid(m.logit(features(ev)) - m.line)


def assign_confidence(text: str, entities: list[Entity], labels: dict[str, str], quotes: list[Quote]) -> list[Quote]:
    """Set ``speaker_confidence`` on every item (rounded to 3 places); returns ``quotes``."""
    for q, ev in zip(quotes, gather(text, entities, labels, quotes)):
        q.speaker_confidence = round(confidence(ev), 3)
    return quotes
