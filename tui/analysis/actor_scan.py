"""What the actor table reads from the whole article before it attaches the first mention.

Short forms can name someone introduced only later ("Erdogan" in a headline, "Recep Tayyip
Erdogan" in the body), an acronym can be defined anywhere ("United Nations (UN)"), and a father
and son can share a name; so these are gathered from the text and the entities up front. The
title right before each mention ("Dr Hollins") is read here too, from the same text.
"""

from __future__ import annotations

import re

from newsread.analysis.model import Entity
from newsread.analysis.names import bare, clean_name, initials, is_title, looks_like_person_name, name_words, strip_suffixes

# "Full Name (ACR)" where the article defines an acronym: capitalised words, small joining
# words and Arabic-style "al-" prefixes inside ("Hayat Tahrir al-Sham (HTS)").
_CAP = r"(?:[a-z]{1,3}-)?[A-Z][\w’'&.-]*"
_DEFINITION = re.compile(
    rf"((?:{_CAP}\s+)(?:(?:of|the|and|for|to|on|de|du|des|{_CAP})\s+)*{_CAP})\s*\(([A-Z][A-Z.]{{1,7}})\)"
)


def acronym_definitions(text: str) -> dict[str, str]:
    """The acronyms the article defines, each to the folded name it stands for ("UN" ->
    "united nations"); a later definition of the same acronym wins."""
    return {
        m.group(2).replace(".", ""): bare(_defined_name(m.group(1).split(), m.group(2)))
        for m in _DEFINITION.finditer(text)
    }


def _defined_name(words: list[str], acronym: str) -> str:
    """The words before "(ACR)" that the acronym stands for.

    The shortest trailing run whose initials are the acronym; otherwise the longest trailing
    run that starts with the acronym's first letter and is not longer than the acronym
    (a capitalised sentence opening before the name is not part of it).
    """
    acr = acronym.replace(".", "")
    for k in range(len(words) - 1, -1, -1):
        if initials(" ".join(words[k:])) == acr:
            return clean_name(" ".join(words[k:]), person=False)
    best = words[-1:]
    for k in range(len(words)):
        run = words[k:]
        if len(run) <= len(acr) + 1 and run[0][:1].upper() == acr[0]:
            best = run
            break
    return clean_name(" ".join(best), person=False)


def full_person_names(entities: list[Entity]) -> list[tuple[str, list[str]]]:
    """The article's full person names as (name, folded words), longest first, each once, so
    that a short form can join a full name the article writes only later."""
    seen: set[str] = set()
    fulls = []
    for e in entities:
        if e.label == "PERSON":
            words = name_words(e.text)
            key = " ".join(bare(w) for w in words)
            if len(words) >= 2 and looks_like_person_name(words) and key not in seen:
                seen.add(key)
                fulls.append((" ".join(words), [bare(w) for w in words]))
    return sorted(fulls, key=lambda f: -len(f[1]))


_TITLE_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def title_before(text: str, ent: Entity) -> str | None:
    """The title or honorific right before a person's mention ("Dr Hollins" -> "dr")."""
    m = _TITLE_BEFORE.search(text[max(0, ent.start - 20) : ent.start])
    if m and m.group(1)[:1].isupper() and is_title(m.group(1)):
        return bare(m.group(1))
    title = name_words(ent.text, person=False)
    return bare(title[0]) if len(title) > 1 and is_title(title[0]) else None


def both_generations(entities: list[Entity]) -> set[str]:
    """Keys of the full names written both bare and with a generational suffix ("Lukas Brandt"
    and "Lukas Brandt Jr."): two people, father and son."""
    bare_names, suffixed = set(), set()
    for e in entities:
        if e.label != "PERSON":
            continue
        words = name_words(e.text)
        core = strip_suffixes(words)
        if len(core) < 2:
            continue
        key = " ".join(bare(w) for w in core)
        (suffixed if len(core) < len(words) else bare_names).add(key)
    return bare_names & suffixed
