"""Pass 11 of the claims reconciler.

- A report that gives one giver a sum and another giver a sum of the same digits in another
  currency ("€30 million" from Vienna, "CHF 30 million" from Bern) gives two givers' sums: a
  conversion changes the digits. The named giver of the one is what the other's giver is not
  (`other_givers`), so a sum whose giver was read from context does not join the other's claim.
"""

import datetime

import pytest

from services.extractor.figures import extract_figures
from services.reconciler.evaluate import _claims
from services.reconciler.mentions import document_mentions

PUBLISHED = datetime.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "euros"),
    [
        (
            "Vienna has set its aid for the year. The cabinet approved €30 million for "
            "humanitarian aid in Ukraine on Wednesday. Switzerland adds CHF 30 million for "
            "demining in Ukraine.",
            "€30 million",
        ),
        (
            "Nach Bern legt auch Wien seine Hilfe fest. Der Ministerrat beschloss am Mittwoch 20 "
            "Millionen Euro für humanitäre Hilfe in der Ukraine. Die Schweiz gibt zudem 20 "
            "Millionen Franken für die Minenräumung in der Ukraine aus.",
            "20 Millionen Euro",
        ),
        (
            "Vienne a fixé son aide pour l'année. Le gouvernement a approuvé mercredi 40 millions "
            "d'euros d'aide humanitaire pour l'Ukraine. La Suisse ajoute 40 millions de francs "
            "pour le déminage en Ukraine.",
            "40 millions d'euros",
        ),
    ],
)
def test_the_giver_of_a_sum_of_the_same_digits_in_another_currency_is_another(
    text: str, euros: str
) -> None:
    mentions = document_mentions(1, text, extract_figures(text, published=PUBLISHED), PUBLISHED)
    by_surface = {text[m.start : m.end]: m for m in mentions}
    assert by_surface[euros].donor == "Austria"
    assert by_surface[euros].other_givers == frozenset({"Switzerland"})


def test_a_context_giver_sum_does_not_join_a_claim_of_the_same_digits_in_another_currency() -> None:
    reports = [
        (
            datetime.date(2026, 3, 3),
            "Bern has set this year's programme. The government approved CHF 30 million for "
            "humanitarian demining in Ukraine on Tuesday.",
        ),
        (
            PUBLISHED,
            "Vienna has set its aid for the year. The cabinet approved €30 million for "
            "humanitarian aid in Ukraine on Wednesday. Switzerland adds CHF 30 million for "
            "demining in Ukraine.",
        ),
    ]
    mentions = [
        mention
        for number, (published, text) in enumerate(reports, start=1)
        for mention in document_mentions(
            number, text, extract_figures(text, published=published), published
        )
    ]
    claims = sorted(
        (sorted((m.document_id, m.unit) for m, _ in claim.members) for claim in _claims(mentions)),
    )
    assert claims == [[(1, "CHF"), (2, "CHF")], [(2, "EUR")]]
