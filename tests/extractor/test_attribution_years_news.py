"""News of the report's year and asides on another year: a gift announced, or told in the
present, after a paragraph on a past year or a total since the war, a further sum, and a story
after "the first since" a year are of the report's year; a past year told in the pluperfect is an
aside, and a gift to be given after a paragraph on a coming year is no announcement. Each rule is
checked on sentences written for these tests, never copied from an evaluation article."""

import datetime

from services.extractor import years
from tests.support.figures import by_surface


def test_a_gift_announced_after_a_paragraph_on_a_past_year_is_news() -> None:
    text = (
        "In 2024, Norway gave Ukraine weapons worth 12 billion crowns. "
        "Oslo will also put 2.5 billion crowns into the Czech-led ammunition initiative."
    )
    assert by_surface(text)["2.5 billion crowns"].year == 2026


def test_a_gift_told_as_news_is_of_the_report_year_after_a_total_since_the_war() -> None:
    text = (
        "Die Außenministerin ist zu ihrem ersten Besuch seit Kriegsbeginn in Kiew eingetroffen. "
        "Für die Reparatur von Heizkraftwerken in der Ukraine stellt die Regierung zusätzlich "
        "40 Millionen Euro bereit. Die Förderbank gewährt dem Netzbetreiber einen Kredit über "
        "80 Millionen Euro."
    )
    figures = by_surface(text, published=datetime.date(2025, 10, 2))
    assert figures["40 Millionen Euro"].year == 2025
    assert figures["80 Millionen Euro"].year == 2025


def test_a_long_german_present_gift_after_last_year_is_news() -> None:
    text = (
        "Im vergangenen Jahr waren es 6 Milliarden Euro. Das Entwicklungsministerium stellt "
        "zusätzlich 90 Millionen Euro für die Reparatur von Kraftwerken in der Ukraine und "
        "Wärmenetzen bereit."
    )
    figures = by_surface(text, published=datetime.date(2025, 5, 28))
    assert figures["6 Milliarden Euro"].year == 2024
    assert figures["90 Millionen Euro"].year == 2025


def test_a_further_sum_going_somewhere_is_news_of_the_report_year() -> None:
    text = (
        "New Zealand's package for Ukraine includes drones and training. A further $4 million "
        "will support humanitarian demining."
    )
    assert by_surface(text, published=datetime.date(2025, 5, 6))["$4 million"].year == 2025


def test_the_first_since_a_start_leaves_the_story_dated() -> None:
    text = (
        "World military spending rose for a tenth year in 2025, to $2.9 trillion. The Kremlin's "
        "budget for this year foresees a small cut, the first since 2022. Poland spent 4.2% of "
        "GDP, the most of any NATO member."
    )
    assert by_surface(text, published=datetime.date(2026, 4, 27))["4.2%"].year == 2025


def test_a_past_year_told_in_the_pluperfect_is_an_aside() -> None:
    text = (
        "The defence minister visited Kyiv on Tuesday. Parliament had approved SEK 20 billion "
        "for Ukraine in 2024. The minister announced a new package worth SEK 3 billion."
    )
    figures = by_surface(text, published=datetime.date(2026, 3, 10))
    assert figures["SEK 20 billion"].year == 2024
    assert figures["SEK 3 billion"].year == 2026


def test_a_gift_to_be_given_after_a_paragraph_on_a_coming_year_is_no_announcement() -> None:
    text = "In 2027 the ministry plans its largest budget. It will provide €40 million for drones."
    start = text.index("€40 million")
    span = (start, start + len("€40 million"))
    assert not years.announced_now(text, 0, len(text), span, ahead=True)
    assert years.announced_now(
        "Berlin announced a package worth €40 million.", 0, 45, (33, 44), ahead=True
    )
