"""Recipients: where the money goes. The EU's SAFE instrument as a whole, and loans to "member
states", go to the EU member states, a member's own SAFE loan to that member; a member's key in
the whole European Peace Facility goes to no one recipient, its key of the Ukraine part to
Ukraine; a package for a list of places (a supplemental for Ukraine, Israel and Taiwan) to none;
a pledged level of one percent of GDP or more is a defence level with no recipient, a pledged
fraction of one percent an aid benchmark for the story's recipient; a package
one side requested for Ukraine is still given to Ukraine; Ukraine's cities stand for Ukraine.
Every sentence is written for these tests, in English, German and French."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Portugal has asked for €5.1 billion in loans, a small part of the scheme's €150 "
            "billion, to buy frigates under the EU's SAFE instrument.",
            "€150 billion",
        ),
        (
            "Lisbonne a sollicité 5,1 milliards d'euros au titre de SAFE, l'instrument européen "
            "de 150 milliards d'euros destiné aux achats d'armement.",
            "150 milliards d'euros",
        ),
        (
            "Lissabon hat 5,1 Milliarden Euro beantragt. Das Kreditprogramm SAFE über 150 "
            "Milliarden Euro soll gemeinsame Rüstungskäufe finanzieren.",
            "150 Milliarden Euro",
        ),
    ],
)
def test_the_size_of_the_eu_loan_instrument_goes_to_its_members(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.donor == "EU"
    assert figure.recipient == "EU member states"


@pytest.mark.parametrize(
    ("text", "surface", "borrower"),
    [
        (
            "Portugal has asked for €5.1 billion in loans, a small part of the scheme's €150 "
            "billion, to buy frigates under the EU's SAFE instrument.",
            "€5.1 billion",
            "Portugal",
        ),
        (
            "Lissabon will aus dem neuen EU-Programm Safe Kredite von rund 5,1 Milliarden Euro "
            "für Fregatten erhalten.",
            "5,1 Milliarden Euro",
            "Portugal",
        ),
    ],
)
def test_a_members_own_loan_from_the_instrument_is_that_members(
    text: str, surface: str, borrower: str
) -> None:
    figure = by_surface(text)[surface]
    assert figure.donor == "EU"
    assert figure.recipient == borrower


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Kyiv welcomed the plan. Brussels will raise €90 billion on the markets and pass "
            "it on as cheap loans to member states that buy air defence together.",
            "€90 billion",
        ),
        (
            "Kiew begrüßte den Plan. Die Kommission nimmt 90 Milliarden Euro auf und verleiht "
            "sie als günstige Kredite an die Mitgliedstaaten, die gemeinsam Luftabwehr kaufen.",
            "90 Milliarden Euro",
        ),
        (
            "Kiev a salué le plan. Il prévoit 90 milliards d'euros de prêts aux États membres "
            "qui achètent ensemble des systèmes de défense aérienne.",
            "90 milliards d'euros",
        ),
    ],
)
def test_loans_to_member_states_go_to_the_members_not_the_storys_ukraine(
    text: str, surface: str
) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "financial_aid"
    assert figure.recipient == "EU member states"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Austria has given Ukraine helmets and vests. It also pays into the European Peace "
            "Facility, with a share of about 2.7% of the whole fund.",
            "2.7%",
        ),
        (
            "Österreich liefert der Ukraine Helme und Schutzwesten. Zur Europäischen "
            "Friedensfazilität trägt es mit einem Anteil von rund 2,7 Prozent bei.",
            "2,7 Prozent",
        ),
        (
            "L'Autriche fournit à l'Ukraine des casques et des gilets. Elle contribue aussi à la "
            "Facilité européenne pour la paix à hauteur d'environ 2,7 % de son budget total.",
            "2,7 %",
        ),
    ],
)
def test_a_members_key_in_the_whole_peace_facility_has_no_recipient(
    text: str, surface: str
) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "military_aid"
    assert figure.recipient is None


def test_a_members_key_of_the_facilitys_ukraine_part_is_ukraines() -> None:
    text = (
        "Austria has given Ukraine helmets and vests. Under the European Peace Facility it "
        "pays about 2.7% of the cost of each Ukraine assistance measure."
    )
    assert by_surface(text)["2.7%"].recipient == "Ukraine"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The Senate passed $14 billion for Kyiv on Tuesday, part of a $70 billion package "
            "for Ukraine, Israel and Taiwan.",
            "$70 billion",
        ),
        (
            "Der Senat billigte am Dienstag 14 Milliarden Dollar für Kiew, Teil eines Pakets "
            "über 70 Milliarden Dollar für die Ukraine, Israel und Taiwan.",
            "70 Milliarden Dollar",
        ),
        (
            "Le Sénat a voté mardi 14 milliards de dollars pour Kiev, dans un ensemble de 70 "
            "milliards de dollars pour l'Ukraine, Israël et Taïwan.",
            "70 milliards de dollars",
        ),
    ],
)
def test_a_package_for_a_list_of_places_has_no_one_recipient(text: str, surface: str) -> None:
    figures = by_surface(text)
    assert figures[surface].category == "aid_total"
    assert figures[surface].recipient is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Ukraine dominated the summit, but allies also set a goal of spending 4% of GDP on "
            "defence by 2034.",
            "4%",
        ),
        (
            "Auf dem Gipfel ging es vor allem um die Ukraine; die Verbündeten bekräftigten das "
            "Ziel von 5 Prozent bis 2035.",
            "5 Prozent",
        ),
        (
            "Les alliés devront montrer ce que l'objectif de 3,5 % du PIB signifie pour l'Ukraine.",
            "3,5 %",
        ),
    ],
)
def test_a_pledged_level_of_one_percent_or_more_has_no_recipient(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "pledge_target"
    assert figure.recipient is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Latvia has sent Ukraine artillery shells and drones. Riga says the 0.25% target "
            "should be written into NATO planning.",
            "0.25%",
        ),
        (
            "Lettland hat der Ukraine Granaten und Drohnen geliefert. Riga fordert, dass sich "
            "alle Verbündeten auf das Ziel von 0,25 Prozent des BIP verpflichten.",
            "0,25 Prozent",
        ),
        (
            "La Lettonie a livré des obus et des drones à l'Ukraine. Riga défend l'objectif de "
            "0,25 % du PIB pour tous les alliés.",
            "0,25 %",
        ),
    ],
)
def test_a_pledged_fraction_of_one_percent_is_aid_to_the_storys_recipient(
    text: str, surface: str
) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "pledge_target"
    assert figure.recipient == "Ukraine"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "In Washington, a $20 billion package requested by the White House for Ukraine is "
            "stuck in Congress.",
            "$20 billion",
        ),
        (
            "Die US-Regierung hat beim Kongress ein Paket über 20 Milliarden Dollar für die "
            "Ukraine beantragt.",
            "20 Milliarden Dollar",
        ),
    ],
)
def test_a_package_one_side_requested_for_ukraine_goes_to_ukraine(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.recipient == "Ukraine"
    assert figure.donor == "United States"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The foreign minister arrived in Kharkiv on Friday. He brought €30 million in "
            "humanitarian aid for shelters and generators.",
            "€30 million",
        ),
        (
            "Der Außenminister ist am Freitag in Charkiw eingetroffen. Im Gepäck hatte er 30 "
            "Millionen Euro humanitäre Hilfe für Notunterkünfte.",
            "30 Millionen Euro",
        ),
        (
            "Le ministre est arrivé vendredi à Odessa. Il a annoncé 30 millions d'euros d'aide "
            "humanitaire pour des abris et des générateurs.",
            "30 millions d'euros",
        ),
    ],
)
def test_a_ukrainian_city_stands_for_ukraine(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "humanitarian_aid"
    assert figure.recipient == "Ukraine"
