"""Joins within one news event: aid whose words leave its kind open, and NATO's allies for a
member's sum.

A figure of "aid", "support", "Hilfe" or "aide" with no kind named is military aid in a document
that names no other kind (`rules.claim_group`): the claim it states is filed there. Within one
news event (another report, within a week) such a figure still joins a claim of another kind,
the humanitarian package another outlet reports; across months, or as a part, it does not.
"""

import datetime
from dataclasses import replace

import pytest

from services.extractor.figures import extract_figures
from services.reconciler.clustering import Mention, reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Link
from shared.models import ClaimBlock
from tests.reconciler import support

AID = ClaimBlock("aid", "increment")


def reconcile(documents: list[tuple[str, datetime.date, str]]) -> list[tuple[str, list[int]]]:
    """(category, documents of its mentions) of each claim the texts make, through the
    extractor, of aid increments."""
    mentions: list[Mention] = []
    for number, (title, published, text) in enumerate(documents, start=1):
        figures = extract_figures(text, title=title, published=published)
        mentions += document_mentions(number, text, figures, published)
    aid = [m for m in mentions if m.block == AID]
    return sorted(
        (c.category, sorted(m.document_id for m, _ in c.members)) for c in reconcile_block(aid)
    )


def mention(
    doc: int,
    category: str,
    group: str,
    *,
    day: int | None = None,
    start: int = 0,
    link: Link | None = None,
    link_start: int | None = None,
    eur: str = "10000000",
) -> Mention:
    """Austria's €10 million for Ukraine in 2025 (a round sum, which names no one package by
    itself), published on day `doc` (or `day`) of November."""
    return support.mention(
        doc,
        eur,
        eur=eur,
        category=category,
        block=AID,
        group=group,
        donor="Austria",
        period="2025",
        published=datetime.date(2025, 11, day or doc),
        start=start,
        link=link,
        link_start=link_start,
    )


def claims_of(mentions: list[Mention]) -> list[tuple[str, list[int]]]:
    return [(c.category, [m.document_id for m, _ in c.members]) for c in reconcile_block(mentions)]


# Unqualified support in another currency (EN), "Hilfspaket" (DE), "soutien" (FR): each joins
# the humanitarian claim another report of the week states.
_WEEK_PAIRS = [
    pytest.param(
        [
            (
                "Ireland to send €30 million in humanitarian aid to Ukraine",
                datetime.date(2025, 11, 3),
                "Ireland will provide €30 million in humanitarian aid to Ukraine this winter, the "
                "Department of Foreign Affairs said on Monday. The money will fund shelters and "
                "heating.",
            ),
            (
                "Dublin's winter support welcomed",
                datetime.date(2025, 11, 6),
                "Ireland's new support package for Ukraine, worth about £26 million, was welcomed "
                "by Ukrainian families in Belfast on Thursday. The package pays for generators and "
                "blankets.",
            ),
        ],
        id="english-pounds",
    ),
    pytest.param(
        [
            (
                "Österreich: Humanitäre Hilfe für die Ukraine",
                datetime.date(2025, 11, 3),
                "Österreich stellt der Ukraine zehn Millionen Euro an humanitärer Hilfe zur "
                "Verfügung, teilte das Außenministerium am Montag mit.",
            ),
            (
                "Wien schnürt Winterpaket",
                datetime.date(2025, 11, 5),
                "Die Regierung in Wien hat für die Ukraine ein Hilfspaket von 10 Millionen Euro "
                "beschlossen. Das Geld soll vor allem Generatoren finanzieren.",
            ),
        ],
        id="german",
    ),
    pytest.param(
        [
            (
                "La Belgique débloque une aide humanitaire pour l'Ukraine",
                datetime.date(2025, 11, 4),
                "La Belgique versera 10 millions d'euros d'aide humanitaire à l'Ukraine, a annoncé "
                "mardi le ministère des Affaires étrangères.",
            ),
            (
                "Un nouveau soutien belge à Kiev",
                datetime.date(2025, 11, 7),
                "Le nouveau soutien de la Belgique à l'Ukraine, d'un montant de 10 millions "
                "d'euros, financera des générateurs et des couvertures.",
            ),
        ],
        id="french",
    ),
]


@pytest.mark.parametrize("documents", _WEEK_PAIRS)
def test_unqualified_aid_joins_the_humanitarian_claim_of_the_week(
    documents: list[tuple[str, datetime.date, str]],
) -> None:
    assert reconcile(documents) == [("humanitarian_aid", [1, 2])]


def test_unqualified_aid_stays_apart_from_a_humanitarian_claim_of_months_before() -> None:
    humanitarian = mention(1, "humanitarian_aid", "humanitarian_aid", day=3)
    # in a document naming no other kind, unqualified aid is filed as military aid
    later = replace(mention(2, "aid_total", "military"), published=datetime.date(2026, 2, 2))
    assert claims_of([humanitarian, later]) == [
        ("humanitarian_aid", [1]),
        ("military_aid", [2]),
    ]


def test_a_kind_named_in_its_sentence_stays_apart_within_the_week() -> None:
    # financial aid named as such is another fact than humanitarian aid, even of one sum
    assert claims_of(
        [
            mention(1, "humanitarian_aid", "humanitarian_aid"),
            mention(2, "financial_aid", "financial_aid"),
        ]
    ) == [("humanitarian_aid", [1]), ("financial_aid", [2])]


def test_unqualified_aid_in_a_document_naming_no_other_kind_joins_within_the_week() -> None:
    assert claims_of(
        [mention(1, "humanitarian_aid", "humanitarian_aid"), mention(3, "aid_total", "military")]
    ) == [("humanitarian_aid", [1, 3])]


def test_unqualified_aid_of_the_same_report_stays_apart() -> None:
    # two figures of one report: the report tells its kinds apart itself
    assert claims_of(
        [
            mention(1, "humanitarian_aid", "humanitarian_aid"),
            mention(1, "aid_total", "military", start=200),
        ]
    ) == [("humanitarian_aid", [1]), ("military_aid", [1])]


# NATO's allies for a member's sum: the list of US weapons a member pays for ("PURL"), which
# another outlet gives the alliance.


def purl_documents(second_day: int) -> list[tuple[str, datetime.date, str]]:
    return [
        (
            "Sweden funds US weapons for Ukraine",
            datetime.date(2025, 9, 2),
            "Sweden will pay for a $275 million package of American weapons for Ukraine, the "
            "defence ministry in Stockholm said on Tuesday.",
        ),
        (
            "NATO allies add to US arms list",
            datetime.date(2025, 9, second_day),
            "NATO allies have financed a package worth $275 million under the alliance's list of "
            "priority requirements for Ukraine, officials in Brussels said.",
        ),
        (
            "Nato-Paket für die Ukraine",
            datetime.date(2025, 9, second_day + 1),
            "Die Nato-Verbündeten finanzieren ein Paket über 275 Millionen Dollar mit "
            "amerikanischen Waffen für die Ukraine.",
        ),
        (
            "L'OTAN finance des armes",
            datetime.date(2025, 9, second_day + 2),
            "Les alliés de l'OTAN financent un paquet de 275 millions de dollars d'armes "
            "américaines pour l'Ukraine.",
        ),
    ]


def givers(documents: list[tuple[str, datetime.date, str]]) -> list[tuple[str | None, list[int]]]:
    mentions: list[Mention] = []
    for number, (title, published, text) in enumerate(documents, start=1):
        figures = extract_figures(text, title=title, published=published)
        mentions += document_mentions(number, text, figures, published)
    aid = [m for m in mentions if m.block == AID]
    return sorted(
        ((c.donor, sorted(m.document_id for m, _ in c.members)) for c in reconcile_block(aid)),
        key=lambda claim: claim[1],
    )


def test_a_members_sum_that_other_reports_of_the_week_give_nato_allies_is_one_claim() -> None:
    assert givers(purl_documents(4)) == [("Sweden", [1, 2, 3, 4])]


def test_nato_allies_sum_of_another_week_is_another_claim() -> None:
    assert givers(purl_documents(20)) == [("Sweden", [1]), ("NATO allies", [2, 3, 4])]


def test_nato_allies_hold_no_giver_outside_the_alliance() -> None:
    documents = purl_documents(4)
    documents[0] = (
        "Japan funds equipment for Ukraine",
        datetime.date(2025, 9, 2),
        "Japan will pay for a $275 million package of equipment for Ukraine, the foreign "
        "ministry in Tokyo said on Tuesday.",
    )
    assert givers(documents) == [("Japan", [1]), ("NATO allies", [2, 3, 4])]
