"""A tranche is a part of a sum, not a loan by the word alone. A numbered tranche is a production
batch of aircraft ("Eurofighters of Tranche 4"), bought for one's own forces; a French "tranche
indiciaire" is a step of the public pay scale; neither is financial aid (English, German,
French). Arms bought through PURL, NATO's list of US weapons the allies buy for Ukraine, are
military aid even in a story on a defence budget, not a purchase for one's own forces. What
Russia's frozen holdings yield, told by a verb right after their stock ("rapportent environ 3
milliards d'euros par an, affectés à l'Ukraine"), is no part of the holdings but aid handed on.
A development budget named after a sum as what it is paid from ("taken from its development
budget", "die aus dem Budget der internationalen Zusammenarbeit stammen", "pris sur l'enveloppe
de la coopération internationale") is not its kind: the sum is aid for what it pays for. A sum
cut from that budget, or the budget's own size, stays no aid. A state's own loans told with its
debt ("die Zinsausgaben des Bundes wegen der neuen Kredite", "the Treasury's interest bill ... as
new loans are taken on", "la charge de la dette, alourdie par les nouveaux prêts") are borrowing,
not loans given, unless the sentence names whom they go to. Arms an army keeps in store ("Pentagon
stocks of ammunition", "prélevés sur les stocks des armées") are no shares on a market: what is
drawn from them for Ukraine is military aid. A tax's or windfall's receipts "versées à l'Ukraine"
or "versées dans un fonds pour l'Ukraine" are handed on, as "reversées" and "paid into a fund"
are. A sum of no kind told as procurement for one's own forces ("procurement projects of the
defence ministry worth €9.2 billion", "Beschaffungsvorlagen", "l'acquisition de 14
hélicoptères"), in a story on no kind of aid, is defence spending."""

import pytest

from services.extractor.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The defence budget pays for 15 Eurofighters of Tranche 4, at €2.4 billion.",
            "defense_spending",
        ),
        (
            "Aus dem Verteidigungshaushalt werden 15 Eurofighter der Tranche 4 für 2,4 Milliarden "
            "Euro bezahlt.",
            "defense_spending",
        ),
    ],
)
def test_a_numbered_tranche_of_jets_is_a_purchase(text: str, category: str) -> None:
    (figure,) = extract_figures(text)
    assert figure.category == category


def test_a_pay_scale_step_is_no_aid() -> None:
    (figure,) = extract_figures(
        "Dans les armées, une nouvelle tranche indiciaire relèvera les soldes de 3,1 % en mars."
    )
    assert figure.category == "other"
    assert figure.aid_related is False


@pytest.mark.parametrize(
    "text",
    [
        "The defence budget will rise to €52 billion next year. Purchases of American weapons "
        "under PURL, paid for by European allies, have reached $4 billion.",
        "Der Verteidigungshaushalt steigt im kommenden Jahr auf 52 Milliarden Euro. Die Käufe "
        "amerikanischer Waffen über PURL, finanziert von den Verbündeten, erreichen 4 Milliarden "
        "Dollar.",
        "Le budget de la défense atteindra 52 milliards d'euros l'an prochain. Les achats d'armes "
        "américaines par le mécanisme PURL, financés par les alliés, atteignent 4 milliards de "
        "dollars.",
    ],
)
def test_purl_purchases_in_a_budget_story_are_aid(text: str) -> None:
    budget, purchases = extract_figures(text)
    assert budget.category == "defense_spending"
    assert purchases.category == "military_aid"


@pytest.mark.parametrize(
    "text",
    [
        "The €200 billion of Russian central bank assets, held mostly at Euroclear, yield about "
        "€3 billion a year, allocated to Ukraine.",
        "Die 200 Milliarden Euro an Vermögen der russischen Zentralbank, die größtenteils bei "
        "Euroclear liegen, haben im vergangenen Jahr rund 3 Milliarden Euro abgeworfen, die an die "
        "Ukraine weitergeleitet wurden.",
        "Les 200 milliards d'euros d'avoirs de la banque centrale russe, détenus surtout par "
        "Euroclear, rapportent environ 3 milliards d'euros par an, affectés à l'Ukraine.",
    ],
)
def test_what_frozen_assets_yield_is_aid_handed_on(text: str) -> None:
    stock, proceeds = extract_figures(text)
    assert (stock.category, stock.donor) == ("other", "Russia")
    assert (proceeds.category, proceeds.recipient) == ("aid_total", "Ukraine")
    assert proceeds.aid_related is True


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Lithuania is adding €3 million for Ukraine, taken from its development budget, which "
            "will help repair heating plants in Kharkiv.",
            "humanitarian_aid",
        ),
        (
            "Für den Wiederaufbau in der Ukraine sind bis 2028 800 Millionen Franken vorgesehen, "
            "die aus dem Budget der internationalen Zusammenarbeit stammen.",
            "humanitarian_aid",
        ),
        (
            "L'Ukraine recevra 800 millions de francs, pris sur l'enveloppe de la coopération "
            "internationale, pour des projets de reconstruction.",
            "humanitarian_aid",
        ),
    ],
)
def test_a_development_budget_paid_from_is_not_the_kind(text: str, category: str) -> None:
    (figure,) = extract_figures(text)
    assert (figure.category, figure.recipient) == (category, "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "The government will cut £2 billion from the development budget next year.",
        "Die Regierung kürzt 200 Millionen Euro aus dem Budget der internationalen Zusammenarbeit.",
        "Ces crédits sont pris sur l'enveloppe de la coopération internationale, dotée de 11 "
        "milliards de francs.",
    ],
)
def test_a_development_budget_cut_or_sized_stays_no_aid(text: str) -> None:
    (figure,) = extract_figures(text)
    assert figure.category == "other"
    assert figure.aid_related is False


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury's interest bill will climb to £41 billion as new loans are taken on.",
        "Zudem steigen die Zinsausgaben des Bundes wegen der neuen Kredite auf 37 Milliarden Euro.",
        "La charge de la dette, alourdie par les nouveaux prêts, atteindra 62 milliards d'euros "
        "l'an prochain.",
    ],
)
def test_a_states_own_loans_told_with_its_debt_are_no_aid(text: str) -> None:
    (figure,) = extract_figures(text)
    assert figure.category == "other"
    assert figure.aid_related is False


def test_loans_to_a_named_receiver_stay_aid_beside_debt() -> None:
    (figure,) = extract_figures(
        "Die EU gewährt der Ukraine neue Kredite über 5 Milliarden Euro, obwohl die "
        "Zinsausgaben der Union steigen."
    )
    assert (figure.category, figure.recipient) == ("financial_aid", "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "Of the bill's Ukraine money, $9 billion would replenish Pentagon stocks of ammunition "
        "already sent to Kyiv.",
        "La France poursuit son aide militaire à l'Ukraine. Selon le ministère, elle a livré pour "
        "1,8 milliard d'euros d'équipements prélevés sur les stocks des armées.",
    ],
)
def test_arms_drawn_from_army_stocks_are_aid(text: str) -> None:
    figure = extract_figures(text)[-1]
    assert (figure.category, figure.recipient) == ("military_aid", "Ukraine")


def test_stocks_on_a_market_stay_no_aid() -> None:
    (figure,) = extract_figures(
        "Shares in defence groups rallied, and the stocks gained 4% on Monday."
    )
    assert figure.category == "other"


@pytest.mark.parametrize(
    "text",
    [
        "La Belgique taxe les revenus des avoirs russes. Ces recettes, 900 millions d'euros l'an "
        "dernier, ont été versées dans un fonds pour l'Ukraine.",
        "Les recettes de cet impôt, environ 900 millions d'euros, sont versées à l'Ukraine.",
        "Belgium taxes the income on the Russian assets. The tax proceeds, €900 million last "
        "year, were paid in full into a fund for Ukraine.",
    ],
)
def test_receipts_paid_over_to_ukraine_are_aid(text: str) -> None:
    figure = extract_figures(text)[-1]
    assert (figure.category, figure.recipient) == ("aid_total", "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "The budget committee approved 14 procurement projects of the defence ministry worth "
        "€9.2 billion on Wednesday.",
        "Der Haushaltsausschuss billigte am Mittwoch 14 Beschaffungsvorlagen des "
        "Verteidigungsministeriums mit einem Volumen von 9,2 Milliarden Euro.",
        "La commission a approuvé mercredi l'acquisition de 14 hélicoptères pour un montant de "
        "1,9 milliard d'euros.",
    ],
)
def test_procurement_of_no_kind_is_defence_spending(text: str) -> None:
    (figure,) = extract_figures(text)
    assert figure.category == "defense_spending"
