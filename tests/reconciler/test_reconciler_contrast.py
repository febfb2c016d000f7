"""A guard on the joins that weak evidence allows (reconciler 2026.11.5).

A giver or a year read only from the text around a figure (its `attribution` is context) is a
guess, and two such guesses that differ do not keep two mentions apart (2026.11.4). They do when
the text says the two are distinct: the claim's stating document gives an equal amount to the
mention's giver or for the mention's year, named in that figure's own sentence ("Belgium ...
€100 million. Portugal matched it with €100 million"; "20 Millionen Euro" for 2025 and "20
Millionen Euro" for 2024), or the mention's document does so for the claim's giver or year."""

import datetime
from dataclasses import replace
from decimal import Decimal

from services.reconciler.clustering import reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.tasks import rebuild_block, reconcile_and_store
from shared import db
from shared.config import Settings
from shared.models import ClaimBlock, Figure
from tests.reconciler.test_reconciler_clustering import mention
from tests.reconciler.test_reconciler_rules import figure
from tests.reconciler.test_reconciler_store_apart import stored_claims
from tests.support.ledger import store_document

WIRE = (
    "Belgium and Portugal pledged new aid on Wednesday. Its minister said her country would "
    "provide €100 million for shells. Portugal matched it with €100 million of its own. "
)


def _wire() -> list[Figure]:
    """The wire's two equal packages: Belgium's, whose giver was read (wrongly) from context,
    and Portugal's, named in its sentence."""
    belgium = replace(
        figure(WIRE, "€100 million", "100000000", donor="United States", year=2023),
        attribution={"donor": "context", "year": "context"},
    )
    portugal = replace(
        figure(WIRE, "€100 million", "100000000", donor="Portugal", year=2023, nth=2),
        attribution={"donor": "sentence", "year": "context"},
    )
    return [belgium, portugal]


def test_a_document_names_the_givers_and_years_of_its_other_equal_figures() -> None:
    belgium, portugal = document_mentions(1, WIRE, _wire(), None)
    assert belgium.other_givers == frozenset({"Portugal"})
    # a giver read from context names nobody for the others
    assert portugal.other_givers == frozenset()
    # years read from context are no evidence either
    assert belgium.other_years == portugal.other_years == frozenset()
    text = (
        "Austria gives €20 million in 2025. It gave €20 million in 2024 too. €30 million in 2024. "
        "Denmark gave €20 million in 2023."
    )
    figures = [
        replace(
            figure(text, "€20 million", "20000000", year=2025), attribution={"year": "sentence"}
        ),
        replace(
            figure(text, "€20 million", "20000000", year=2024, nth=2),
            attribution={"year": "sentence"},
        ),
        replace(
            figure(text, "€30 million", "30000000", year=2024), attribution={"year": "sentence"}
        ),
        replace(
            figure(text, "€20 million", "20000000", donor="Denmark", year=2023, nth=3),
            attribution={"year": "sentence", "donor": "sentence"},
        ),
    ]
    found = document_mentions(1, text, figures, None)
    assert [m.other_years for m in found] == [
        frozenset({"2024"}),  # not 2023: that year is another giver's
        frozenset({"2025"}),
        frozenset(),  # no equal amount beside it
        frozenset(),
    ]
    assert found[0].other_givers == frozenset({"Denmark"})


def test_a_context_giver_does_not_join_a_claim_whose_document_names_it_for_another_figure() -> None:
    # The wire: Belgium's €100 million read as "United States" from context, Portugal's named.
    wire_belgium = replace(
        mention(1, 10, "100000000", donor="United States"),
        donor_weak=True,
        other_givers=frozenset({"Portugal"}),
    )
    # Portugal's release, a day later: its giver read from context
    release = replace(mention(2, 10, "100000000", donor="Portugal", day=2), donor_weak=True)
    claims = reconcile_block([wire_belgium, release])
    assert [len(c.members) for c in claims] == [1, 1]
    # without that evidence, two context givers that differ still do not keep them apart
    claims = reconcile_block([replace(wire_belgium, other_givers=frozenset()), release])
    assert [len(c.members) for c in claims] == [2]
    # the evidence may be in the later document: it names the claim's giver for another figure
    later = replace(release, other_givers=frozenset({"United States"}))
    claims = reconcile_block([replace(wire_belgium, other_givers=frozenset()), later])
    assert [len(c.members) for c in claims] == [1, 1]


def test_a_context_year_does_not_join_a_claim_whose_document_gives_it_to_another_figure() -> None:
    # "20 Millionen Euro" for 2025 and, "für das laufende Jahr", 20 Millionen Euro for 2024
    for_2025 = mention(1, 10, "20000000", donor="Austria", period="2025")
    for_2024 = replace(
        mention(1, 90, "20000000", donor="Austria", period="2024"),
        donor_weak=True,
        other_years=frozenset({"2025"}),
    )
    for_2025 = replace(for_2025, other_years=frozenset({"2024"}))
    # the ministry's release the next day: the year (right) and the giver (wrong) from context
    release = replace(
        mention(2, 10, "20000000", donor="Germany", period="2025", day=2),
        donor_weak=True,
        period_weak=True,
        giver_named=True,  # its document names "Germany" elsewhere: it does not give way
    )
    claims = reconcile_block([for_2025, for_2024, release])
    assert [[m.start for m, _ in c.members] for c in claims] == [[10], [90], [10]]
    # without the evidence, the weak year and giver let it join the 2024 claim in 2026.11.4-6;
    # since 2026.11.7 a giver and a year both guessed, both other than the claim's, do not
    claims = reconcile_block([for_2025, replace(for_2024, other_years=frozenset()), release])
    assert [len(c.members) for c in claims] == [1, 1, 1]
    # a giver its document names nowhere gives way to the 2025 claim's, of its own year
    claims = reconcile_block([for_2025, for_2024, replace(release, giver_named=False)])
    assert [[m.start for m, _ in c.members] for c in claims] == [[10, 10], [90]]


def test_a_precise_amount_of_another_year_stays_apart_when_the_text_tells_the_years_apart() -> None:
    # "194 million euros" for 2025 and, a January before, "194 million euros" for 2024, in one
    # wire: a precise amount names its fact whatever year was read, but not against the text.
    release = mention(1, 10, "194000000", donor="Finland", period="2025")
    wire_2025 = replace(
        mention(2, 10, "194000000", donor="Finland", period="2025", day=2),
        other_years=frozenset({"2024"}),
    )
    wire_2024 = replace(
        mention(2, 90, "194000000", donor="Finland", period="2024", day=2),
        other_years=frozenset({"2025"}),
    )
    claims = reconcile_block([release, wire_2025, wire_2024])
    assert [[(m.document_id, m.start) for m, _ in c.members] for c in claims] == [
        [(1, 10), (2, 10)],
        [(2, 90)],
    ]
    # told nothing apart, the precise amount still joins a claim of another year (2026.11.3)
    (claim,) = reconcile_block([release, replace(wire_2024, other_years=frozenset())])
    assert len(claim.members) == 2


def test_a_context_year_still_joins_a_claim_no_document_tells_apart_by_year() -> None:
    # "1.5%" dated 2024 from the sentence before joins the 1.5% for 2025 (2026.11.4)
    stated = replace(mention(1, 10, "15000000", period="2025"), other_years=frozenset({"2023"}))
    guessed = replace(mention(2, 10, "15000000", period="2024", day=2), period_weak=True)
    (claim,) = reconcile_block([stated, guessed])
    assert len(claim.members) == 2


RELEASE = "The government approved a new package worth €100 million, the ministry said. "


def _store(number: int, text: str, figures: list[Figure]) -> int:
    return store_document(number, text, figures, datetime.date(2023, 10, number))


def test_the_guard_holds_in_the_store_and_after_a_rebuild(clean_db: Settings) -> None:
    release = replace(
        figure(RELEASE, "€100 million", "100000000", donor="Portugal", year=2023),
        attribution={"donor": "context", "year": "sentence"},
    )
    documents = [_store(11, WIRE, _wire()), _store(12, RELEASE, [release])]
    for document_id in documents:
        reconcile_and_store(document_id)
    stored = stored_claims()
    # the release restates Portugal's package, not the one the wire read as the United States'
    assert sorted(stored) == [(100000000, 1, "United States"), (100000000, 2, "Portugal")]
    with db.transaction() as conn:
        rebuild_block(conn, ClaimBlock("military", "increment"))
    assert stored_claims() == stored


def test_a_context_giver_its_document_names_nowhere_gives_way_to_a_named_one() -> None:
    # "Nearly €3.5 billion for next year": the local outlet's giver, read from context, is wrong
    named = mention(1, 10, "3500000000", donor="Netherlands", period="2025")
    guessed = replace(
        mention(2, 10, "3500000000", donor="United Kingdom", qualifier="approx", day=2),
        period="2025",
        donor_weak=True,
    )
    (claim,) = reconcile_block([named, guessed])
    assert (claim.donor, len(claim.members)) == ("Netherlands", 2)
    # a giver its document names for another figure is its subject: "Le royaume atteindra 2 %"
    # in a Belgian outlet that names Belgium for its €1 billion
    apart = reconcile_block([named, replace(guessed, giver_named=True)])
    assert [len(c.members) for c in apart] == [1, 1]
    # nor when the text gives the two givers to two equal figures
    told = replace(named, other_givers=frozenset({"United Kingdom"}))
    assert [len(c.members) for c in reconcile_block([told, guessed])] == [1, 1]
    # a giver read in the figure's own sentence never gives way
    strong = replace(guessed, donor_weak=False)
    assert [len(c.members) for c in reconcile_block([named, strong])] == [1, 1]
    # nor from another news event: more than a week later, or in another currency (a Swedish
    # "SEK 2.1 billion" read as the Ramstein group's is no Lithuanian €200 million)
    later = replace(guessed, published=datetime.date(2024, 6, 9))
    assert [len(c.members) for c in reconcile_block([named, later])] == [1, 1]
    converted = replace(guessed, unit="USD", value=Decimal("3800000000"))
    assert [len(c.members) for c in reconcile_block([named, converted])] == [1, 1]


def test_of_two_claims_as_close_a_context_giver_joins_its_own_givers() -> None:
    other = mention(1, 10, "100000000", donor="Belgium")
    own = mention(1, 90, "100000000", donor="Portugal")
    guessed = replace(mention(2, 10, "100000000", donor="Portugal", day=2), donor_weak=True)
    claims = reconcile_block([other, own, guessed])
    assert [[m.start for m, _ in c.members] for c in claims] == [[10], [90, 10]]


def test_a_document_names_a_giver_for_its_other_figures() -> None:
    text = "Belgium gives €1 billion. The kingdom will reach 2% of GDP. Its 2% goal is old."
    figures = [
        replace(
            figure(text, "€1 billion", "1000000000", donor="Belgium"),
            attribution={"donor": "sentence"},
        ),
        replace(
            figure(text, "2%", "2", unit="percent", donor="Belgium"),
            attribution={"donor": "context"},
        ),
        replace(
            figure(text, "2%", "2", unit="percent", donor="Canada", nth=2),
            attribution={"donor": "context"},
        ),
    ]
    found = document_mentions(1, text, figures, None)
    # Belgium's name is in the text; Canada's is not, nor is it read in a sentence
    assert [m.giver_named for m in found] == [True, True, False]
    text = "La Belgique atteindra 2% du PIB. Le royaume donne aussi €1 milliard."
    figures = [
        replace(
            figure(text, "2%", "2", unit="percent", donor="Belgium"),
            attribution={"donor": "sentence"},
        ),
        replace(
            figure(text, "€1 milliard", "1000000000", donor="Belgium"),
            attribution={"donor": "context"},
        ),
    ]
    # named in another figure's sentence before it, in a language that spells it otherwise
    assert [m.giver_named for m in document_mentions(1, text, figures, None)] == [False, True]


def test_a_context_giver_gives_way_in_the_store_as_in_memory(clean_db: Settings) -> None:
    govt = "The government reserves €3.5 billion for military support to Ukraine in 2025. "
    local = "Nearly €3.5 billion for next year: the cabinet is not reducing its support. "
    stated = replace(
        figure(govt, "€3.5 billion", "3500000000", donor="Netherlands", year=2025),
        attribution={"donor": "sentence", "year": "sentence"},
    )
    guessed = replace(
        figure(local, "€3.5 billion", "3500000000", donor="United Kingdom", year=2025),
        qualifier="approx",
        attribution={"donor": "context", "year": "sentence"},
    )
    # a Portuguese outlet names its giver: its context giver is no guess, and stays apart
    portuguese = "Portugal matches it. Nearly €3.5 billion for next year, the cabinet says. "
    own = replace(
        figure(portuguese, "€3.5 billion", "3500000000", donor="Portugal", year=2025),
        qualifier="approx",
        attribution={"donor": "context", "year": "sentence"},
    )
    documents = (_store(13, govt, [stated]), _store(14, local, [guessed]))
    for document_id in (*documents, _store(17, portuguese, [own])):
        reconcile_and_store(document_id)
    stored = stored_claims()
    assert sorted(stored) == [(3500000000, 1, "Portugal"), (3500000000, 2, "Netherlands")]
    with db.transaction() as conn:
        rebuild_block(conn, ClaimBlock("military", "increment"))
    assert stored_claims() == stored


def test_the_year_guard_holds_in_the_store_and_after_a_rebuild(clean_db: Settings) -> None:
    wire = "Austria gives €20 million in 2025. It released €20 million for this year too. "
    release = "Germany adds €5 million. The fund provides €20 million for it. "
    wire_figures = [
        replace(
            figure(wire, "€20 million", "20000000", donor="Austria", year=2025),
            attribution={"donor": "sentence", "year": "sentence"},
        ),
        replace(
            figure(wire, "€20 million", "20000000", donor="Austria", year=2024, nth=2),
            attribution={"donor": "context", "year": "sentence"},
        ),
    ]
    release_figures = [
        replace(
            figure(release, "€5 million", "5000000", donor="Germany", year=2025),
            attribution={"donor": "sentence", "year": "sentence"},
        ),
        # the year right, from context; the giver wrong, from context, and named elsewhere
        replace(
            figure(release, "€20 million", "20000000", donor="Germany", year=2025),
            attribution={"donor": "context", "year": "context"},
        ),
    ]
    for document_id in (_store(15, wire, wire_figures), _store(16, release, release_figures)):
        reconcile_and_store(document_id)
    stored = stored_claims()
    assert sorted(stored) == [
        (5000000, 1, "Germany"),
        (20000000, 1, "Austria"),
        (20000000, 1, "Austria"),
        (20000000, 1, "Germany"),
    ]
    with db.transaction() as conn:
        rebuild_block(conn, ClaimBlock("military", "increment"))
    assert stored_claims() == stored
