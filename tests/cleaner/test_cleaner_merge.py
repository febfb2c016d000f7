"""merge_texts and the block filter: which blocks of the two trafilatura runs are kept."""

from services.cleaner.blocks import is_boilerplate_block, is_promo_block, link_share
from services.cleaner.merge import agreed_blocks, merge_texts

P1 = "NATO allies granted Ukraine more than €50 billion in security aid in 2024, she said."
P2 = "European allies and Canada contributed more than half of the total, the alliance said."
P3 = "Germany alone provided about 7 billion euros, and the Netherlands about 2 billion euros."
SUBHEAD = "What the money buys"
TEASER = "Rutte urges allies to spend more on defence"
NO_LINKS: frozenset[str] = frozenset()


def lines(*blocks: str) -> str:
    return "\n".join(blocks)


def test_agreed_blocks_and_the_span_between_them_are_kept() -> None:
    broad = lines("Home", TEASER, P1, SUBHEAD, P2, P3, "Most read", TEASER)
    strict = lines(P1, P2, P3)
    merged = merge_texts(broad, strict, frozenset({TEASER}))
    assert merged.text == lines(P1, SUBHEAD, P2, P3)
    assert merged.how == "span"


def test_a_link_or_a_promo_inside_the_span_is_dropped() -> None:
    broad = lines(P1, TEASER, "Cheap flights from €19", SUBHEAD, P2)
    merged = merge_texts(broad, lines(P1, P2), frozenset({TEASER}))
    assert merged.text == lines(P1, SUBHEAD, P2)


def test_an_agreed_price_box_is_dropped_but_agreed_prose_with_figures_kept() -> None:
    box = "Gold: $2,400 an ounce - buy now"
    merged = merge_texts(lines(P1, box, P2), lines(P1, box, P2), NO_LINKS)
    assert merged.text == lines(P1, P2)
    assert is_promo_block(box)
    assert not is_promo_block(P1)  # a sentence with a figure is prose, never a promo


def test_paragraphs_split_differently_still_agree() -> None:
    # The strict run split one paragraph in two; each half is inside the broad block.
    broad = [P1 + P2, P3]
    strict = [P1, P2, P3]
    assert agreed_blocks(broad, strict) == [True, True]
    assert agreed_blocks([P1, P2], [P1 + P2]) == [True, True]


def test_second_opinion_when_the_strict_run_lost_the_article() -> None:
    broad = lines("Order Reprints", "This copy is for your personal use only.", P1, P2, P3, TEASER)
    strict = "This copy is for your personal use only."
    calls: list[int] = []

    def readability() -> str:
        calls.append(1)
        return lines(P1, P2, P3)

    merged = merge_texts(broad, strict, frozenset({TEASER}), readability)
    assert merged.text == lines(P1, P2, P3)
    assert merged.how == "second-opinion"
    assert calls == [1]


def test_second_opinion_is_not_run_when_the_runs_agree() -> None:
    def fail() -> str:
        raise AssertionError("readability must not run")

    assert merge_texts(lines(P1, P2), lines(P1, P2), NO_LINKS, fail).how == "span"


def test_without_a_usable_second_opinion_the_broad_text_is_filtered() -> None:
    broad = lines("Advertisement", P1, TEASER, P2)
    merged = merge_texts(broad, "", frozenset({TEASER}), lambda: "")
    assert merged.text == lines(P1, P2)
    assert merged.how == "broad"


def test_disagreeing_runs_keep_the_strict_text() -> None:
    other = "A different block of text that the broad run never found on this page at all."
    merged = merge_texts(lines(P1, P2), other, NO_LINKS)
    assert merged.text == other
    assert merged.how == "disagree"


def test_empty_runs() -> None:
    assert merge_texts("", "", NO_LINKS).how == "empty"
    assert merge_texts("", P1, NO_LINKS).text == P1


def test_boilerplate_labels_only_as_whole_short_blocks() -> None:
    for label in ("Advertisement", "Most read", "Related articles:", "Читайте також", "Anzeige"):
        assert is_boilerplate_block(label, NO_LINKS), label
    assert is_boilerplate_block("- " + TEASER, frozenset({TEASER}))  # a list item that is a link
    assert not is_boilerplate_block("Most read stories mention the €50 billion pledge.", NO_LINKS)
    assert not is_boilerplate_block(SUBHEAD, NO_LINKS)


def test_link_share_counts_links_inside_a_block() -> None:
    links = frozenset({TEASER, "Kyiv"})
    assert link_share(TEASER, links) == 1.0
    read_more = f"Read more: {TEASER}"
    assert link_share(read_more, links) == len(TEASER) / len(read_more)
    assert is_boilerplate_block(read_more, links)
    # A short link ("Kyiv") inside a paragraph does not make it link text.
    assert link_share("Air defence in Kyiv shot down 40 drones overnight", links) == 0.0
    assert not is_boilerplate_block(P1, links)
