"""Leaders, ministries and parliaments, and the giver each stands for in the years it held office.

A name in the news stands for its country or body only while in office: "Rutte" is the
Netherlands until 2024 and NATO's Secretary General (a speaker, not a giver) after. Each entry
is (pattern, [(giver or None, first year, last year)]); None means "speaks for no giver" and the
name is skipped. With no date known the latest term counts. Patterns are case-sensitive: surnames
are capitalized, and "Austin" or "Costa" as common words would otherwise match.
"""

_NOW = 2100  # an open term

# Institutions that always stand for one giver.
_INSTITUTIONS: list[tuple[str, str]] = [
    (r"State\s+Department|Capitol\s+Hill|Oval\s+Office|Treasury\s+Department", "United States"),
    (r"Department\s+of\s+(?:Defense|State|the\s+Treasury)|DoD|USAID", "United States"),
    (r"U\.S\.\s+Agency\s+for\s+International\s+Development", "United States"),
    # Congress's chambers by their American names (Canada's and Britain's House is the Commons)
    (
        r"House\s+of\s+Representatives|(?:U\.S\.|US)\s+(?:House|Senate)|House\s+Speaker",
        "United States",
    ),
    (r"Bundeswehr|Kanzleramt|Bundeskanzler\w*|Bundesfinanzministeri\w*", "Germany"),
    (r"Haushaltsausschuss\w*|Ampel-?[Kk]oalition", "Germany"),
    (r"[ÉE]lys[ée]e(?:\s+Palace)?|Quai\s+d['’]Orsay|Matignon|Assemblée\s+nationale", "France"),
    (r"Minist[èe]re\s+des\s+Armées|Hôtel\s+de\s+Brienne", "France"),
    (r"Whitehall|House\s+of\s+Commons|Westminster|Ministry\s+of\s+Defence|MoD", "United Kingdom"),
    (r"Riksdag\w*", "Sweden"),
    (r"Storting\w*", "Norway"),
    (r"Folketing\w*", "Denmark"),
    (r"Eduskunta", "Finland"),
    (r"Sejm", "Poland"),
    (r"Tweede\s+Kamer", "Netherlands"),
    (r"Riigikogu\w*", "Estonia"),
    (r"Saeima\w*", "Latvia"),
    (r"Seim(?:as|o|ui)", "Lithuania"),
    (r"Dáil(?:\s+Éireann)?|Oireachtas|Taoiseach|Tánaiste|Leinster\s+House", "Ireland"),
    (r"Moncloa", "Spain"),
    (r"Chambre\s+des\s+[Dd]éputés", "Luxembourg"),
    (r"(?:State\s+)?Duma", "Russia"),
]

# Terms run from the first to the last year, as fractions where a term changed mid-year. A name
# stands for its giver up to a year after its term's last year (reports look back); a term that
# ended at a known date has its last year one year before it ("2024.05": to January 2025).
_PEOPLE: list[tuple[str, list[tuple[str | None, float, float]]]] = [
    # United States
    (r"Biden", [("United States", 2021, 2024.05)]),
    (r"Trump", [("United States", 2017, 2021), ("United States", 2025, _NOW)]),
    (r"Simon\s+Harris", [("Ireland", 2024, _NOW)]),
    (r"(?:Kamala\s+)?Harris", [("United States", 2021, 2024.05)]),
    (
        r"Lloyd\s+Austin|Austin(?=\s+(?:said|announced|told|pledged))",
        [("United States", 2021, 2024.05)],
    ),
    (r"Hegseth", [("United States", 2025, _NOW)]),
    (r"Blinken", [("United States", 2021, 2024.05)]),
    (r"Rubio", [("United States", 2025, _NOW)]),
    (r"Yellen", [("United States", 2021, 2024.05)]),
    (r"Bessent", [("United States", 2025, _NOW)]),
    # Germany
    (r"Scholz", [("Germany", 2021, 2024.35)]),
    (r"Merz", [("Germany", 2025, _NOW)]),
    (r"Pistorius", [("Germany", 2023, _NOW)]),
    (r"Lambrecht", [("Germany", 2021, 2023)]),
    (r"Baerbock", [("Germany", 2021, 2024.35)]),
    (r"Wadephul", [("Germany", 2025, _NOW)]),
    (r"Lindner", [("Germany", 2021, 2024)]),
    (r"Klingbeil", [("Germany", 2025, _NOW)]),
    # France
    (r"Macron", [("France", 2017, _NOW)]),
    (r"Lecornu", [("France", 2022, _NOW)]),
    (r"Barrot", [("France", 2024, _NOW)]),
    (r"Séjourné", [("France", 2024, 2024.7), ("EU", 2024.9, _NOW)]),
    (r"Bayrou", [("France", 2024, 2025)]),
    # United Kingdom
    (r"Starmer", [("United Kingdom", 2024, _NOW)]),
    (r"Sunak", [("United Kingdom", 2022, 2024)]),
    (r"Boris\s+Johnson", [("United Kingdom", 2019, 2022)]),
    (r"Truss", [("United Kingdom", 2022, 2022)]),
    (r"Ben\s+Wallace|Wallace(?=\s+said)", [("United Kingdom", 2019, 2023)]),
    (r"Shapps", [("United Kingdom", 2023, 2024)]),
    (r"Healey", [("United Kingdom", 2024, _NOW)]),
    (r"Lammy", [("United Kingdom", 2024, 2025)]),
    (r"Reeves", [("United Kingdom", 2024, _NOW)]),
    # Canada
    (r"Trudeau", [("Canada", 2015, 2025)]),
    (r"Carney", [("Canada", 2025, _NOW)]),
    (r"Anita\s+Anand|Anand", [("Canada", 2021, _NOW)]),
    (r"Bill\s+Blair", [("Canada", 2023, 2025)]),
    (r"McGuinty", [("Canada", 2025, _NOW)]),
    # Italy, Spain, Belgium, Netherlands
    (r"Meloni", [("Italy", 2022, _NOW)]),
    (r"Crosetto", [("Italy", 2022, _NOW)]),
    (r"Tajani", [("Italy", 2022, _NOW)]),
    (r"Sánchez|Sanchez", [("Spain", 2018, _NOW)]),
    (r"Robles", [("Spain", 2018, _NOW)]),
    (r"De\s+Croo", [("Belgium", 2020, 2025)]),
    (r"De\s+Wever", [("Belgium", 2025, _NOW)]),
    (r"Francken", [("Belgium", 2025, _NOW)]),
    (r"Rutte", [("Netherlands", 2010, 2024.5), (None, 2024.75, _NOW)]),
    (r"Schoof", [("Netherlands", 2024, _NOW)]),
    (r"Brekelmans", [("Netherlands", 2024, _NOW)]),
    (r"Ollongren", [("Netherlands", 2022, 2024)]),
    # Poland, the Baltics, the Nordics
    (r"Tusk", [("Poland", 2023, _NOW)]),
    (r"Morawiecki", [("Poland", 2017, 2023)]),
    (r"Duda", [("Poland", 2015, 2025)]),
    (r"Nawrocki", [("Poland", 2025, _NOW)]),
    (r"Kosiniak-Kamysz", [("Poland", 2023, _NOW)]),
    (r"Błaszczak|Blaszczak", [("Poland", 2015, 2023)]),
    (r"Sikorski", [("Poland", 2023, _NOW)]),
    (r"Kallas", [("Estonia", 2021, 2024.5), ("EU", 2024.9, _NOW)]),
    (r"Michal", [("Estonia", 2024, _NOW)]),
    (r"Pevkur", [("Estonia", 2022, _NOW)]),
    (r"Nausėda|Nauseda", [("Lithuania", 2019, _NOW)]),
    (r"Rinkēvičs|Rinkevics", [("Latvia", 2023, _NOW)]),
    (r"Kristersson", [("Sweden", 2022, _NOW)]),
    (r"Pål\s+Jonson|Jonson", [("Sweden", 2022, _NOW)]),
    (r"Støre|Store(?=\s+said)", [("Norway", 2021, _NOW)]),
    (r"Frederiksen", [("Denmark", 2019, _NOW)]),
    (r"(?:Troels\s+)?Lund\s+Poulsen", [("Denmark", 2022, _NOW)]),
    (r"Orpo", [("Finland", 2023, _NOW)]),
    (r"Stubb", [("Finland", 2024, _NOW)]),
    (r"Niinistö", [("Finland", 2012, 2024)]),
    (r"Häkkänen", [("Finland", 2023, _NOW)]),
    # Japan, Australia
    (r"Kishida", [("Japan", 2021, 2024)]),
    (r"Ishiba", [("Japan", 2024, 2025)]),
    (r"Takaichi", [("Japan", 2025, _NOW)]),
    (r"Koizumi", [("Japan", 2001, 2006), ("Japan", 2025, _NOW)]),
    (r"Nakatani", [("Japan", 2024, 2025)]),
    (r"Albanese", [("Australia", 2022, _NOW)]),
    (r"Marles", [("Australia", 2022, _NOW)]),
    (r"Penny\s+Wong", [("Australia", 2022, _NOW)]),
    (r"Luxon", [("New Zealand", 2023, _NOW)]),
    (r"Winston\s+Peters", [("New Zealand", 2023, _NOW)]),
    (r"Judith\s+Collins", [("New Zealand", 2023, _NOW)]),
    # Ireland, Luxembourg, Portugal, Austria, Czech Republic
    (r"Micheál\s+Martin", [("Ireland", 2020, _NOW)]),
    (r"Frieden", [("Luxembourg", 2023, _NOW)]),
    (r"Bettel", [("Luxembourg", 2013, _NOW)]),
    (
        r"Luís\s+Montenegro|Montenegro(?=\s+(?:said|says|told|announced|pledged|promised|visit\w*))",
        [("Portugal", 2024, _NOW)],
    ),
    (r"Nehammer", [("Austria", 2021, 2025)]),
    (r"Stocker", [("Austria", 2025, _NOW)]),
    (r"Van\s+der\s+Bellen", [("Austria", 2017, _NOW)]),
    (r"Klaudia\s+Tanner|Tanner(?=\s+(?:said|sagte|told))", [("Austria", 2020, _NOW)]),
    (r"Meinl-Reisinger", [("Austria", 2025, _NOW)]),
    (r"Magnus\s+Brunner", [("Austria", 2021, 2024.9), ("EU", 2024.9, _NOW)]),
    # Switzerland
    (r"Amherd", [("Switzerland", 2019, 2025.2)]),
    (r"Keller-Sutter", [("Switzerland", 2019, _NOW)]),
    (r"Ignazio\s+Cassis|Cassis(?=\s+(?:said|sagte|a\s+déclaré))", [("Switzerland", 2017, _NOW)]),
    # Romania
    (r"Iohannis", [("Romania", 2014, 2025.1)]),
    (r"Ciolacu", [("Romania", 2023.4, 2025.4)]),
    (r"Bolojan", [("Romania", 2025.4, _NOW)]),
    (r"Nicușor\s+Dan|Nicusor\s+Dan", [("Romania", 2025.4, _NOW)]),
    (r"Fiala", [("Czech Republic", 2021, 2025)]),
    (r"Babiš|Babis", [("Czech Republic", 2025, _NOW)]),
    (r"Albares", [("Spain", 2021, _NOW)]),
    (r"Prévot", [("Belgium", 2025, _NOW)]),
    # The EU's leaders stand for the EU; NATO's chiefs speak for the alliance but give nothing.
    (r"von\s+der\s+Leyen", [("EU", 2019, _NOW)]),
    (r"Borrell", [("EU", 2019, 2024)]),
    (r"Charles\s+Michel", [("EU", 2019, 2024)]),
    (r"António\s+Costa|Antonio\s+Costa", [("EU", 2024, _NOW)]),
    (r"Kubilius", [("EU", 2024, _NOW)]),
    (r"Dombrovskis", [("EU", 2019, _NOW)]),
    (r"Stoltenberg", [(None, 2014, 2024)]),
    # Russia
    (r"Putin", [("Russia", 2000, _NOW)]),
    (r"Shoigu", [("Russia", 2012, 2024)]),
    (r"Belousov", [("Russia", 2024, _NOW)]),
    (r"Siluanov", [("Russia", 2018, _NOW)]),
]

INSTITUTIONS = _INSTITUTIONS
PEOPLE = _PEOPLE


def giver_in_office(terms: list[tuple[str | None, float, float]], when: float | None) -> str | None:
    """The giver a person stands for at `when`, a year with its fraction (2024.5 is July 2024);
    the latest term when `when` is unknown or falls between terms; None when it is after the
    last term (with its year of grace)."""
    if when is not None:
        for giver, first, last in reversed(terms):
            if first <= when <= last + 1:
                return giver
        if when > terms[-1][2] + 1:
            return None  # out of office: "Mr Harris" in 2025 Dublin is not the US vice-president
    return terms[-1][0]
