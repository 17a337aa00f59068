"""spaCy's entity label codes in the words a reader uses ("GPE" -> "Place").

The codes stay in the JSON, the journal and the exports (they are spaCy's vocabulary); the
reader shows these names instead wherever it means a kind of entity.
"""

from __future__ import annotations

PLAIN_LABELS: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Place",
    "NORP": "Group",
    "LOC": "Location",
    "FAC": "Facility",
    "DATE": "Date",
    "TIME": "Time",
    "EVENT": "Event",
    "PRODUCT": "Product",
    "WORK_OF_ART": "Work of art",
    "LAW": "Law",
    "LANGUAGE": "Language",
    "MONEY": "Money",
    "PERCENT": "Percentage",
    "QUANTITY": "Quantity",
    "CARDINAL": "Number",
    "ORDINAL": "Ordinal",
}


def plain_label(code: str) -> str:
    """'GPE' -> 'Place'; a label newsread does not know ('MY_LABEL', a user's own) as its user wrote it.

    Only underscores become spaces: recasing a user's label would show something they
    never typed (and a journal's label must stay recognisable as the data it is).
    """
    return PLAIN_LABELS.get(code) or code.replace("_", " ")
