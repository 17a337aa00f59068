"""Speaker keys and the corpus-wide merge of keys into speakers (pure Python, no model)."""

from __future__ import annotations

from collections import Counter

from newsread.corpus.names import KeyStats, merge_speakers, parse_person, speaker_key


def stats(*names: tuple[str, int], label: str = "PERSON") -> list[KeyStats]:
    out: dict[str, KeyStats] = {}
    for name, quotes in names:
        key = speaker_key(name, label)
        out.setdefault(key, KeyStats(key, label)).names[name] += quotes
    return list(out.values())


def by_key(speakers) -> dict[str, object]:
    return {key: s for s in speakers for key in s.keys}


def test_keys_drop_titles_fold_case_and_tie_lowercase_particles():
    assert speaker_key("Mr. Donald J. Trump", "PERSON") == "person:donald j trump"
    assert speaker_key("President Donald Trump's", "PERSON") == "person:donald trump"
    assert speaker_key("Staffan de Mistura", "PERSON") == "person:staffan de_mistura"
    assert speaker_key("Al Gore", "PERSON") == "person:al gore"  # a forename, not a particle
    assert speaker_key("The White House", "ORG") == "org:white house"
    assert speaker_key(None, "PERSON") is None
    p = parse_person("person:martin l king jr")
    assert (p.forename, p.middles, p.surname, p.suffix) == ("martin", ("l",), "king", "jr")


def test_one_speaker_for_every_form_of_one_name():
    speakers = merge_speakers(stats(("Donald Trump", 5), ("Donald J. Trump", 2), ("Trump", 3)))
    assert len(speakers) == 1
    (trump,) = speakers
    assert trump.name == "Donald Trump" and not trump.ambiguous
    assert set(trump.aliases) == {"Donald Trump", "Donald J. Trump", "Trump"}


def test_two_people_with_one_surname_stay_two_and_the_bare_surname_joins_neither():
    speakers = by_key(merge_speakers(stats(("Bill Clinton", 2), ("Hillary Clinton", 4), ("Clinton", 1))))
    bill, hillary, bare = (speakers[k] for k in ("person:bill clinton", "person:hillary clinton", "person:clinton"))
    assert len({bill.speaker_id, hillary.speaker_id, bare.speaker_id}) == 3
    assert bare.ambiguous and not bill.ambiguous and not hillary.ambiguous


def test_a_nickname_is_its_forename_and_two_different_middles_are_two_people():
    speakers = by_key(merge_speakers(stats(("Bill Clinton", 1), ("William Clinton", 1))))
    assert speakers["person:bill clinton"] is speakers["person:william clinton"]
    bushes = by_key(merge_speakers(stats(("George W. Bush", 3), ("George H. W. Bush", 2), ("George Bush", 1))))
    assert bushes["person:george w bush"].speaker_id != bushes["person:george h w bush"].speaker_id
    plain = bushes["person:george bush"]
    assert plain.ambiguous and plain.speaker_id not in (
        bushes["person:george w bush"].speaker_id, bushes["person:george h w bush"].speaker_id)


def test_organisations_merge_only_on_equal_names_and_ids_are_stable():
    orgs = merge_speakers(stats(("The White House", 1), ("White House", 2), ("House", 1), label="ORG"))
    assert len(orgs) == 2
    again = merge_speakers(stats(("White House", 7), label="ORG"))
    assert again[0].speaker_id in {s.speaker_id for s in orgs}
    # a father and his son are two speakers
    kings = merge_speakers(stats(("Martin Luther King Jr.", 1), ("Martin Luther King", 1)))
    assert len(kings) == 2


def test_mentions_become_aliases():
    s = KeyStats("person:donald trump", "PERSON", Counter({"Donald Trump": 3}), Counter({"Mr. Trump": 2, "Trump": 1}))
    (speaker,) = merge_speakers([s])
    assert speaker.aliases == ["Donald Trump", "Mr. Trump", "Trump"]
