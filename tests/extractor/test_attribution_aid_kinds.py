"""Which kind of aid a sum is: repairs to Ukraine's energy system are humanitarian (a loan for
them stays a loan, and the energy sector named alone is no kind); a sum for Ukraine beside a
target is aid; a share of GDP measuring the aid its sentence names is that aid. Each rule is
checked on sentences written for these tests, never copied from an evaluation article."""

import pytest

from tests.support.figures import by_surface, in_order

_ARMS_STORY = "Sweden will send Ukraine another package of military aid worth SEK 3 billion.\n\n"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            _ARMS_STORY + "The foreign ministry is adding SEK 200 million for the repair of "
            "substations damaged by Russian strikes.",
            "SEK 200 million",
        ),
        (
            "Deutschland liefert der Ukraine weitere Luftverteidigungssysteme.\n\nFür die "
            "Reparatur von Heizkraftwerken stellt Berlin zusätzlich 60 Millionen Euro bereit.",
            "60 Millionen Euro",
        ),
        (
            "La France livrera de nouveaux canons Caesar à l'Ukraine.\n\nParis versera aussi 25 "
            "millions d'euros pour la réparation du réseau électrique ukrainien.",
            "25 millions d'euros",
        ),
        (
            _ARMS_STORY + "Stockholm also gives SEK 40 million to the Red Cross for front-line "
            "towns.",
            "SEK 40 million",
        ),
    ],
)
def test_repairs_to_the_energy_system_are_humanitarian(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "humanitarian_aid"


def test_a_loan_for_repairs_stays_a_loan() -> None:
    text = "The Nordic bank lent Ukraine €60 million to repair power plants near Kharkiv."
    assert by_surface(text)["€60 million"].category == "financial_aid"


def test_the_energy_sector_named_alone_is_no_kind() -> None:
    text = (
        "The World Bank puts the damage to Ukraine's energy system at more than $20 billion, the "
        "bank said."
    )
    assert by_surface(text)["$20 billion"].category == "other"


def test_a_sum_for_ukraine_beside_a_target_is_aid() -> None:
    text = (
        "Riga set aside €80 million for Ukraine this year, in line with the target the allies "
        "discussed."
    )
    figure = by_surface(text)["€80 million"]
    assert figure.category in ("aid_total", "military_aid")
    assert figure.recipient == "Ukraine"


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (
            "Sweden's bilateral aid to Ukraine amounts to 0.7% of its GDP, against 0.2% for Spain.",
            {"0.7%": "Sweden", "0.2%": "Spain"},
        ),
        (
            "Selon le centre de recherche, l'aide belge représente environ 0,3 % du PIB.",
            {"0,3 %": "Belgium"},
        ),
    ],
)
def test_a_share_of_gdp_measuring_the_aid_named_is_that_aid(
    text: str, shares: dict[str, str]
) -> None:
    figures = by_surface(text)
    for surface, donor in shares.items():
        assert figures[surface].category == "aid_total", surface
        assert figures[surface].aid_related is True, surface
        assert figures[surface].donor == donor, surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Canberra will put $15 million into NATO's Comprehensive Assistance Package Trust "
            "Fund and $8 million into humanitarian assistance for Ukraine.",
            "$15 million",
        ),
        (
            "Wellington is giving $3 million for fuel, medical kits and other non-lethal "
            "equipment for Ukraine's army.",
            "$3 million",
        ),
        (
            "Österreich zahlt 20 Millionen Euro für nicht-letale Ausrüstung der ukrainischen "
            "Armee und 10 Millionen Euro an humanitärer Hilfe.",
            "20 Millionen Euro",
        ),
        (
            "L'Irlande consacre 30 millions d'euros à l'aide non létale aux forces ukrainiennes "
            "et 10 millions d'euros à l'aide humanitaire.",
            "30 millions d'euros",
        ),
        (
            "Wellington gives budget support to Kyiv. Its payment to the NATO trust fund follows "
            "$3 million provided last year.",
            "$3 million",
        ),
        (
            "Malta zahlt 5 Millionen Euro in einen Treuhandfonds der NATO und leistet "
            "humanitäre Hilfe.",
            "5 Millionen Euro",
        ),
    ],
)
def test_non_lethal_kit_for_the_army_is_military_aid(text: str, surface: str) -> None:
    # Fuel, medical kits and other non-lethal kit for the armed forces, and NATO's trust fund
    # that buys it, are military aid (the articles' README, "Settled cases"), not relief.
    assert by_surface(text)[surface].category == "military_aid"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Oslo will send NOK 900 million to a donor fund for Ukraine's state budget, and NOK "
            "300 million in humanitarian aid.",
            "NOK 900 million",
        ),
        (
            "Dublin gives €6 million to a fund that pays for Ukraine's government services "
            "beside its humanitarian aid.",
            "€6 million",
        ),
        (
            "Wien zahlt 15 Millionen Euro in den ukrainischen Staatshaushalt und 5 Millionen Euro "
            "an humanitärer Hilfe.",
            "15 Millionen Euro",
        ),
        (
            "Paris versera 40 millions d'euros au budget de l'État ukrainien, en plus de son aide "
            "humanitaire.",
            "40 millions d'euros",
        ),
    ],
)
def test_money_for_the_ukrainian_state_budget_is_financial(text: str, surface: str) -> None:
    # Paying into the Ukrainian state's own budget is budget support (financial aid), even
    # when the sentence also names humanitarian aid.
    assert by_surface(text)[surface].category == "financial_aid"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Ukraine's energy grid needs repairs. Finland paid EUR 40 million into the Danish "
            "model this spring.",
            "EUR 40 million",
        ),
        (
            "Die Ukraine braucht Ersatzteile für ihr Stromnetz. Österreich steuerte 20 Millionen "
            "Euro zum dänischen Modell bei.",
            "20 Millionen Euro",
        ),
        (
            "Le Luxembourg finance aussi la réparation du réseau électrique. Il versera 15 "
            "millions d'euros au « modèle danois ».",
            "15 millions d'euros",
        ),
        (
            "Berlin zahlt für die Reparatur von Kraftwerken. Dazu kommt ein Drohnenprogramm über "
            "90 Millionen Euro.",
            "90 Millionen Euro",
        ),
    ],
)
def test_paying_ukraines_arms_makers_is_military_aid(text: str, surface: str) -> None:
    # The Danish model pays Ukrainian companies to build weapons for Ukraine's forces, and a
    # drone programme is arms: military aid, whatever the story said before.
    assert by_surface(text)[surface].category == "military_aid"


def test_the_enemys_drone_attacks_are_no_aid() -> None:
    text = (
        "Österreich bezahlt Transformatoren für die Ukraine. Die Schäden durch russische "
        "Drohnenangriffe beziffert Kiew auf 8 Milliarden Dollar."
    )
    assert by_surface(text)["8 Milliarden Dollar"].category == "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Oslo approved NOK 20 billion under the Nansen Support Programme, and Helsinki "
            "announced its new military package.",
            "NOK 20 billion",
        ),
        (
            "Norwegen stockt das Nansen-Programm um 10 Milliarden Kronen auf, Finnland schickt "
            "weitere Waffen.",
            "10 Milliarden Kronen",
        ),
        (
            "La Norvège ajoute 12 milliards de couronnes au programme Nansen, et la Suède livre "
            "des munitions.",
            "12 milliards de couronnes",
        ),
    ],
)
def test_norways_nansen_programme_is_all_aid(text: str, surface: str) -> None:
    # The Nansen programme mixes military and civil aid: a sum put into it is aid of all kinds,
    # not the kind of the weapons named for the next giver.
    assert by_surface(text)[surface].category == "aid_total"


@pytest.mark.parametrize(
    ("text", "surface", "category"),
    [
        # a German compound naming a military package
        (
            "Die Ukraine erhält Generatoren für den Winter. Finnland kündigte ein neues "
            "Militärpaket im Wert von 200 Millionen Euro an.",
            "200 Millionen Euro",
            "military_aid",
        ),
        # two words for one kind, after a military item
        (
            "Donors gave €2 billion in military aid, €3 billion in financial and budgetary aid "
            "and €0.2 billion in humanitarian aid.",
            "€3 billion",
            "financial_aid",
        ),
        # rebuilding named in English, in a sentence that also speaks of weapons
        (
            "Austria sends no weapons but has set aside EUR 600 million for reconstruction until "
            "2030.",
            "EUR 600 million",
            "humanitarian_aid",
        ),
        (
            "Among donors that send no weapons, Ireland's reconstruction programme of EUR 90 "
            "million stands out.",
            "EUR 90 million",
            "humanitarian_aid",
        ),
    ],
)
def test_kinds_named_in_other_words(text: str, surface: str, category: str) -> None:
    assert by_surface(text)[surface].category == category


def test_the_reconstruction_bank_is_no_reconstruction_aid() -> None:
    text = "The European Bank for Reconstruction and Development lent Ukraine EUR 300 million."
    assert by_surface(text)["EUR 300 million"].category == "financial_aid"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Since 2022 the EBRD has committed more than €3 billion to Ukraine. It expects to "
            "invest about €1 billion there this year.",
            "€1 billion",
        ),
        (
            "Die Weltbank hat der Ukraine seit Kriegsbeginn mehr als 20 Milliarden Dollar "
            "bereitgestellt.",
            "20 Milliarden Dollar",
        ),
    ],
)
def test_what_a_multilateral_lender_gives_is_financial(text: str, surface: str) -> None:
    # A development bank's support called by no kind is its lending: financial aid.
    assert by_surface(text)[surface].category == "financial_aid"


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv still draws on the $40 billion supplemental approved by Congress last spring, "
        "most of it spent on weapons.",
        "The pledges come as a $70 billion security supplemental that also covers Israel "
        "remains stuck in the House.",
    ],
)
def test_a_us_supplemental_is_all_aid(text: str) -> None:
    # A supplemental appropriation funds every kind of aid (and often several recipients).
    assert in_order(text)[0].category == "aid_total"
