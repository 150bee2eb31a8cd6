"""Merging actors across articles (issue 16): one card per real-world actor by normal form,
aliases and unambiguous short forms, kinds agreeing; every merged card says why; the
result is deterministic and does not depend on the order of the articles; the user's
splits and merges are saved beside the corpus (atomically; a broken or hostile file is one
line and is never lost) and applied again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from corpus_helpers import doc
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.article.model import Actor, Quote
from tui.atomic import StorageError
from tui.corpus import corrections as corr
from tui.corpus.corrections import Correction, MemberRef
from tui.corpus.merge import is_short_form, merge


def person(aid: str, name: str, *aliases: str, titles: tuple[str, ...] = ()) -> Actor:
    return Actor(aid, name, "person", aliases=aliases, titles=titles, mentions=((0, 3),), why="test")


def cards_by_name(result) -> dict[str, object]:
    return {c.name: c for c in result.cards}


def test_spellings_with_one_normal_form_are_one_card() -> None:
    docs = [doc(0, "a.txt", [person("p1", "هالة الأطرش")]), doc(1, "b.txt", [person("p1", "هالة الاطرش")]),
            doc(2, "c.txt", [person("p1", "هَالة الأطرش")])]
    (card,) = merge(docs).cards
    assert len(card.members) == 3 and card.docs == (0, 1, 2)
    assert "one normal form" in card.why and card.why.startswith("3 articles")


def test_an_alias_joins_and_a_short_form_alias_does_not_count_as_a_name() -> None:
    docs = [doc(0, "a.txt", [Actor("o1", "منظمة الأغذية الدولية", "organization", aliases=("مغد",))]),
            doc(1, "b.txt", [Actor("o1", "مغد", "organization")])]
    (card,) = merge(docs).cards
    assert card.name == "منظمة الأغذية الدولية" and "an alias in 1" in card.why


def test_a_surname_joins_the_only_full_name_that_ends_with_it() -> None:
    docs = [doc(0, "a.txt", [person("p1", "سمير الحداد", titles=("وزير الزراعة",))]),
            doc(1, "b.txt", [person("p1", "الحداد", titles=("الوزير",))]),
            doc(2, "c.txt", [person("p1", "سمير")])]
    (card,) = merge(docs).cards
    assert card.name == "سمير الحداد" and set(card.names) == {"سمير الحداد", "الحداد", "سمير"}
    assert "«الحداد» is a short form of «سمير الحداد», the only such person in the corpus" in card.why
    assert dict(card.titles) == {"وزير الزراعة": (0,), "الوزير": (1,)}


def test_a_short_form_two_full_names_fit_stays_apart_and_says_so() -> None:
    docs = [doc(0, "a.txt", [person("p1", "رنا بن حمدان")]), doc(1, "b.txt", [person("p1", "كريم بن حمدان")]),
            doc(2, "c.txt", [person("p1", "بن حمدان")])]
    result = merge(docs)
    assert len(result.cards) == 3
    short = cards_by_name(result)["بن حمدان"]
    assert "could be «رنا بن حمدان», «كريم بن حمدان»: not merged" in short.why


def test_a_longer_name_absorbs_the_shorter_full_name_and_its_short_forms() -> None:
    docs = [doc(0, "a.txt", [person("p1", "خالد بن سالم")]), doc(1, "b.txt", [person("p1", "خالد بن سالم الفارس")]),
            doc(2, "c.txt", [person("p1", "الفارس")])]
    (card,) = merge(docs).cards
    assert card.name == "خالد بن سالم الفارس" and len(card.members) == 3


def test_kinds_must_agree_and_unnamed_sources_are_never_merged() -> None:
    docs = [doc(0, "a.txt", [Actor("l1", "الجزيرة", "place"), Actor("s1", "مصدر مطلع", "anonymous")]),
            doc(1, "b.txt", [Actor("o1", "الجزيرة", "organization"), Actor("s1", "مصدر مطلع", "anonymous")])]
    result = merge(docs)
    assert sorted(c.kind for c in result.cards) == ["anonymous", "anonymous", "organization", "place"]
    anon = [c for c in result.cards if c.kind == "anonymous"]
    assert all("never merged across articles" in c.why for c in anon)


def test_short_forms_are_for_people_only() -> None:
    docs = [doc(0, "a.txt", [Actor("o1", "وزارة الزراعة الأردنية", "organization")]),
            doc(1, "b.txt", [Actor("o1", "وزارة الزراعة", "organization")])]
    assert len(merge(docs).cards) == 2


def test_counts_quotes_and_maps_members_to_cards() -> None:
    q = (Quote("q1", 0, 4, "xxxx", "direct", "p1"), Quote("q2", 5, 9, "xxxx", "indirect", "p1"))
    docs = [doc(0, "a.txt", [person("p1", "سمير الحداد")], q), doc(1, "b.txt", [person("p1", "الحداد")], q[:1])]
    result = merge(docs)
    (card,) = result.cards
    assert card.quotes == 3 and card.mentions == 2
    assert result.card_of == {(0, "p1"): 0, (1, "p1"): 0}


def test_is_short_form() -> None:
    assert is_short_form("بن غانم", "ماجد بن غانم") and is_short_form("ماجد", "ماجد بن غانم")
    assert not is_short_form("بن", "ماجد بن غانم")  # a middle word alone is neither first nor last
    assert not is_short_form("غانم ماجد", "ماجد بن غانم") and not is_short_form("ماجد بن غانم", "ماجد بن غانم")


# -- deterministic, order-independent --------------------------------------------------------

FIRST = ["سمير", "رنا", "كريم", "هالة", "ليث"]
LAST = ["الحداد", "العلي", "بن حمدان", "الأطرش", "الاطرش"]


def _names():
    full = st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join)
    return st.one_of(full, st.sampled_from(FIRST + LAST))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.tuples(_names(), st.sampled_from(["person", "place", "anonymous"])), min_size=1,
                         max_size=4), min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_merging_is_the_same_in_any_order_of_the_articles(articles, rnd) -> None:
    docs = []
    for n, actors in enumerate(articles):
        seen: set[str] = set()
        mine = []
        for k, (name, kind) in enumerate(actors):
            if (name, kind) in seen:
                continue
            seen.add((name, kind))
            mine.append(Actor(f"p{k}", name, kind, mentions=((0, 1),)))
        docs.append(doc(n, f"art{n}.txt", mine))

    def summary(result) -> list[tuple]:
        return [(c.id, c.name, c.kind, tuple(m.order for m in c.members), c.why, c.titles) for c in result.cards]

    first = summary(merge(docs))
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    assert summary(merge(shuffled)) == first
    assert summary(merge(docs)) == first
    # every member is in exactly one card, and joined members agree on their kind
    members = [m.order for c in merge(docs).cards for m in c.members]
    assert len(members) == len(set(members)) == sum(len(d.article.actors) for d in docs)
    assert all(len({m.actor.kind for m in c.members}) == 1 for c in merge(docs).cards)


# -- corrections ------------------------------------------------------------------------------


def _three():
    return [doc(0, "a.txt", [person("p1", "سمير الحداد")]), doc(1, "b.txt", [person("p1", "الحداد")]),
            doc(2, "c.txt", [person("p1", "رنا العلي")])]


def test_a_split_member_joins_nothing_and_a_merge_joins_two_cards() -> None:
    docs = _three()
    split = Correction("split", MemberRef("b.txt", "الحداد", "person"))
    names = sorted(c.name for c in merge(docs, [split]).cards)
    assert names == ["الحداد", "رنا العلي", "سمير الحداد"]
    assert "split off by you" in cards_by_name(merge(docs, [split]))["الحداد"].why
    join = Correction("merge", MemberRef("a.txt", "سمير الحداد", "person"), MemberRef("c.txt", "رنا العلي", "person"))
    (card,) = merge(docs, [join]).cards
    assert "merged by you" in card.why


def test_corrections_that_no_longer_match_or_join_two_kinds_are_reported() -> None:
    docs = [*_three(), doc(3, "d.txt", [Actor("l1", "عمان", "place")])]
    result = merge(docs, [Correction("split", MemberRef("gone.txt", "x", "person")),
                          Correction("merge", MemberRef("a.txt", "سمير الحداد", "person"),
                                     MemberRef("d.txt", "عمان", "place"))])
    assert len(result.problems) == 2 and "no longer matches" in result.problems[0]
    assert "two kinds" in result.problems[1]


def test_a_later_split_undoes_an_earlier_merge() -> None:
    a, c = MemberRef("a.txt", "سمير الحداد", "person"), MemberRef("c.txt", "رنا العلي", "person")
    listed = corr.add(corr.add([], Correction("merge", a, c)), Correction("split", c))
    assert listed == [Correction("split", c)]
    assert corr.add(listed, Correction("split", c)) == listed


def test_corrections_round_trip_through_the_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "marsad-corrections.toml"
    items = [Correction("split", MemberRef("b.txt", "الحداد", "person")),
             Correction("merge", MemberRef("a.txt", "سمير الحداد", "person"),
                        MemberRef("c.txt", "رنا العلي", "person"))]
    assert corr.save(path, items) is None
    back = corr.read(path)
    assert back.corrections == items and back.problems == []
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file, renamed into place


@pytest.mark.parametrize("content", [b"[[correction]\naction = ", b"\xff\xfe\x00bad", b"x = " + b"[" * 40 + b"]" * 40])
def test_a_broken_corrections_file_is_one_line_and_is_kept_when_saving(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "marsad-corrections.toml"
    path.write_bytes(content)
    read = corr.read(path)
    assert read.corrections == [] and len(read.problems) == 1 and "\n" not in read.problems[0]
    notice = corr.save(path, [Correction("split", MemberRef("b.txt", "الحداد", "person"))])
    assert notice and "kept" in notice
    (kept,) = tmp_path.glob("marsad-corrections.toml.broken-*")
    assert kept.read_bytes() == content
    assert len(corr.read(path).corrections) == 1


def test_entries_marsad_does_not_understand_are_reported_and_written_back(tmp_path: Path) -> None:
    path = tmp_path / "marsad-corrections.toml"
    path.write_text('[[correction]]\naction = "explode"\na = {article = "a.txt", name = "x", kind = "person"}\n'
                    '[[correction]]\naction = "split"\na = {article = "a\\u001b[2J.txt", name = "x", kind = "person"}\n'
                    '[[correction]]\naction = "split"\na = {article = "a.txt", name = "x", kind = "alien"}\n',
                    encoding="utf-8")
    read = corr.read(path)
    assert read.corrections == [] and len(read.problems) == 3
    assert all("\x1b" not in p and "\n" not in p for p in read.problems)
    corr.save(path, [Correction("split", MemberRef("b.txt", "y", "person"))])
    again = corr.read(path)
    assert len(again.corrections) == 1 and len(again.keep) == 3  # nothing the user wrote is lost


def test_a_special_corrections_file_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "marsad-corrections.toml"
    os.mkfifo(path)
    read = corr.read(path)
    assert read.unreadable and "named pipe" in read.problems[0]
    with pytest.raises(StorageError):
        corr.save(path, [Correction("split", MemberRef("b.txt", "y", "person"))])
    assert Path(path).is_fifo()


def test_a_corpus_folder_that_cannot_be_written_refuses_the_save_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StorageError) as e:
        corr.save(blocker / "marsad-corrections.toml", [])
    assert "\n" not in str(e.value)
