"""Top-ups added to the allocation first planned, long bulleted breakdowns, a receiver named past a
conversion, civil packages, "after Berlin, Paris has also", pledges that reached a sum: sentences
written for these tests."""

import datetime

import pytest

from services.extractor.figures import extract_figures
from services.reconciler.rules import Kind, Link, totalled_with_it
from tests.reconciler.support import military_aid_kind
from tests.reconciler.test_reconciler_rules import figure, kinds

# A top-up, then a sentence that adds the allocation first planned and says "thus": both sums are
# parts of the year's new total.
TOPPED_UP = {
    "en": (
        "Parliament released a further €2 billion for Kyiv on Friday. Together with the €5 "
        "billion already budgeted, Berlin thus provides €7 billion in military aid this year.",
        ("€2 billion", "2000000000"),
        ("€5 billion", "5000000000"),
        ("€7 billion", "7000000000"),
    ),
    "de": (
        "Der Bundestag gab am Freitag weitere zwei Milliarden Euro frei. Gemeinsam mit den "
        "bereits veranschlagten fünf Milliarden Euro stehen damit in diesem Jahr sieben "
        "Milliarden Euro für die Militärhilfe bereit.",
        ("zwei Milliarden Euro", "2000000000"),
        ("fünf Milliarden Euro", "5000000000"),
        ("sieben Milliarden Euro", "7000000000"),
    ),
    "fr": (
        "Le Parlement a débloqué 2 milliards d'euros supplémentaires vendredi. Avec les 5 "
        "milliards d'euros déjà prévus, l'aide militaire atteint ainsi 7 milliards d'euros cette "
        "année.",
        ("2 milliards d'euros", "2000000000"),
        ("5 milliards d'euros", "5000000000"),
        ("7 milliards d'euros", "7000000000"),
    ),
}


@pytest.mark.parametrize("language", sorted(TOPPED_UP))
def test_a_top_up_and_the_planned_sum_are_parts_of_the_total_they_make(language: str) -> None:
    text, *sums = TOPPED_UP[language]
    figures = [figure(text, surface, value) for surface, value in sums]
    assert kinds(text, figures) == [
        (sums[0][0], Kind.INCREMENT, Link.PART_OF),
        (sums[1][0], Kind.INCREMENT, Link.PART_OF),
        (sums[2][0], Kind.INCREMENT, None),
    ]


def test_a_top_up_with_no_base_named_is_a_part_of_the_total_told_next() -> None:
    text = (
        "The government is adding €2 billion to its aid for Ukraine this year. In total, "
        "Kyiv will thus receive €7 billion in 2025."
    )
    figures = [figure(text, "€2 billion", "2000000000"), figure(text, "€7 billion", "7000000000")]
    assert kinds(text, figures) == [
        ("€2 billion", Kind.INCREMENT, Link.PART_OF),
        ("€7 billion", Kind.INCREMENT, None),
    ]


def test_sums_that_do_not_add_up_to_the_total_stay_claims() -> None:
    # the top-up and the base make €6 billion, not the €9 billion told: only the base named in
    # the sentence is read as a part
    text = (
        "Parliament released a further €1 billion for Kyiv on Friday. Together with the €5 "
        "billion already budgeted, Berlin thus provides €9 billion in military aid this year."
    )
    figures = [
        figure(text, "€1 billion", "1000000000"),
        figure(text, "€5 billion", "5000000000"),
        figure(text, "€9 billion", "9000000000"),
    ]
    assert kinds(text, figures)[0] == ("€1 billion", Kind.INCREMENT, None)


@pytest.mark.parametrize(
    "before",
    [
        "Zusammen mit den bereits eingeplanten Mitteln stehen damit 2025 rund ",
        "Insgesamt fließen 2025 damit ",
        "In total, Kyiv will thus receive ",
        "Au total, la Belgique consacre ainsi ",
    ],
)
def test_words_that_total_the_money_just_told(before: str) -> None:
    assert totalled_with_it(before)


@pytest.mark.parametrize(
    "before",
    [
        # "damit" as "so that" opens no total
        "Die Regierung stockt die Hilfe auf, damit die Ukraine ",
        "In total, the package is worth ",
        "Avec ce budget, la France dépense ",
    ],
)
def test_other_words_total_nothing(before: str) -> None:
    assert not totalled_with_it(before)


# A release's bulleted breakdown goes on with its whole however far down the list runs.
LONG_LIST = {
    "en": (
        "The Commission has announced €100 million in humanitarian aid for Ukraine this year.\n\n"
        "The new funding includes:\n\n",
        "- {sum} for {what}, delivered through United Nations agencies, the Red Cross and "
        "non-governmental organisations working close to the front line in the east;\n",
        ["€30 million", "€25 million", "€20 million", "€15 million", "€10 million"],
    ),
    "de": (
        "Die Kommission stellt der Ukraine in diesem Jahr 100 Millionen Euro an humanitärer "
        "Hilfe bereit.\n\nDie Mittel verteilen sich wie folgt:\n\n",
        "- {sum} für {what}, umgesetzt von Organisationen der Vereinten Nationen, dem Roten "
        "Kreuz und nichtstaatlichen Organisationen nahe der Front im Osten;\n",
        [
            "30 Millionen Euro",
            "25 Millionen Euro",
            "20 Millionen Euro",
            "15 Millionen Euro",
            "10 Millionen Euro",
        ],
    ),
    "fr": (
        "La Commission a annoncé 100 millions d'euros d'aide humanitaire pour l'Ukraine cette "
        "année.\n\nCette aide comprend :\n\n",
        "- {sum} pour {what}, mis en œuvre par les agences des Nations unies, la Croix-Rouge et "
        "des organisations non gouvernementales proches du front dans l'est ;\n",
        [
            "30 millions d'euros",
            "25 millions d'euros",
            "20 millions d'euros",
            "15 millions d'euros",
            "10 millions d'euros",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(LONG_LIST))
def test_a_long_bulleted_list_keeps_its_whole_to_the_last_item(language: str) -> None:
    opening, line, items = LONG_LIST[language]
    text = opening + "".join(
        line.format(sum=item, what=what)
        for item, what in zip(
            items, ["winter", "health", "demining", "schools", "water"], strict=True
        )
    )
    whole = {"en": "€100 million", "de": "100 Millionen Euro", "fr": "100 millions d'euros"}
    figures = [figure(text, whole[language], "100000000", category="humanitarian_aid")]
    figures += [
        figure(
            text,
            item,
            str(int(item.split()[0].lstrip("€")) * 1_000_000),
            category="humanitarian_aid",
        )
        for item in items
    ]
    assert text.index(items[-1]) - text.index(whole[language]) > 600  # past a part's usual reach
    assert [link for _, _, link in kinds(text, figures)] == [None] + [Link.PART_OF] * 5


def test_a_long_list_that_outgrows_the_whole_stops_being_its_parts() -> None:
    opening, line, items = LONG_LIST["en"]
    items = ["€40 million", "€30 million", "€20 million", "€15 million", "€10 million"]
    text = opening + "".join(line.format(sum=item, what="winter") for item in items)
    figures = [figure(text, "€100 million", "100000000", category="humanitarian_aid")]
    figures += [
        figure(
            text,
            item,
            str(int(item.split()[0].lstrip("€")) * 1_000_000),
            category="humanitarian_aid",
        )
        for item in items
    ]
    # €40m + €30m + €20m fit the €100m; with €15m the list outgrows it
    assert [link for _, _, link in kinds(text, figures)][4:] == [None, None]


# The receiver named after a sum is read past a conversion in brackets right after the sum: the
# sum is given to it, whatever nationality its words name later ("Ukrainian refugees").
@pytest.mark.parametrize(
    "text",
    [
        "The European Union will give €10 million (about MDL 200 million) in humanitarian aid to "
        "Moldova next year to help Ukrainian refugees.",
        "Die EU gibt 10 Millionen Euro (rund 200 Millionen Lei) an humanitärer Hilfe für Moldau, "
        "um ukrainische Flüchtlinge zu unterstützen.",
        "L'UE versera 10 millions d'euros (environ 200 millions de lei) d'aide humanitaire à la "
        "Moldavie pour les réfugiés ukrainiens.",
    ],
)
def test_a_receiver_named_after_a_bracketed_conversion(text: str) -> None:
    figures = extract_figures(text, published=datetime.date(2025, 12, 10))
    assert [f.recipient for f in figures] == ["Moldova", "Moldova"]


# A civil package named right before its sum is civil aid (aid_total), though the sentence goes on
# to military aid.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Portugal's civil package for 2025, €30m, shows how Lisbon works: civil aid is "
            "published, while military aid stays secret.",
            "€30m",
        ),
        (
            "Das zivile Hilfspaket von rund 30 Millionen Euro wird veröffentlicht, die "
            "Militärhilfe dagegen bleibt geheim.",
            "30 Millionen Euro",
        ),
        (
            "Le paquet civil de 30 millions d'euros est public, alors que l'aide militaire "
            "reste secrète.",
            "30 millions d'euros",
        ),
    ],
)
def test_a_civil_package_named_before_its_sum_is_civil_aid(text: str, surface: str) -> None:
    figures = extract_figures(text, published=datetime.date(2025, 3, 1))
    assert [(f.surface, f.category) for f in figures] == [(surface, "aid_total")]


# A sentence that opens on one giver another follows tells of the second: the first only sets the
# scene.
@pytest.mark.parametrize(
    ("text", "giver"),
    [
        (
            "After Berlin, Paris has also set its aid for Ukraine this year. The cabinet approved "
            "€40 million for winter relief on Wednesday.",
            "France",
        ),
        (
            "Nach Berlin hat auch Paris seine Hilfe für die Ukraine festgelegt. Der Ministerrat "
            "beschloss am Mittwoch 40 Millionen Euro für die Winterhilfe.",
            "France",
        ),
        (
            "Après Berlin, Vienne a aussi fixé son aide à l'Ukraine pour cette année. Le "
            "gouvernement a approuvé mercredi 40 millions d'euros pour l'aide hivernale.",
            "Austria",
        ),
    ],
)
def test_the_giver_followed_is_not_the_giver_told_of(text: str, giver: str) -> None:
    figures = extract_figures(text, published=datetime.date(2025, 11, 5))
    assert [f.donor for f in figures] == [giver]


def test_a_giver_with_its_own_sum_before_the_follower_keeps_it() -> None:
    text = "After Berlin pledged €2 billion, Paris also promised more aid for Kyiv."
    figures = extract_figures(text, published=datetime.date(2025, 11, 5))
    assert [(f.surface, f.donor) for f in figures] == [("€2 billion", "Germany")]


# Commitments or pledges that "reached" a sum are a running total, as aid or contributions that
# reached it.
@pytest.mark.parametrize(
    "before",
    [
        "Allies' commitments under the scheme reached ",
        "Pledges to the fund have reached ",
        "Total commitments to the coalition now stand at ",
    ],
)
def test_commitments_that_reached_a_sum_are_a_running_total(before: str) -> None:
    assert military_aid_kind(before) is Kind.CUMULATIVE


def test_a_single_commitment_is_no_running_total() -> None:
    assert military_aid_kind("The Netherlands made a new commitment of ") is Kind.INCREMENT
