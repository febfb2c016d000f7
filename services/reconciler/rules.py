"""What a mention claims: its kind, its period, and when two mentions can be the same fact.

Pure and deterministic; every rule reads the mention's own words (a window around the figure in
its document) and its extracted attributes, never another document.
"""

import functools
import re
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Protocol

from services.extractor.lexicon import MONTH_NUMBER
from shared.models import UNSPECIFIC_AID, category_group
from shared.store.claims import CURRENCY_COUNTRIES, UNSPECIFIC_GIVERS, WEAK_SOURCES


class Kind(StrEnum):
    INCREMENT = "increment"  # a package, an allocation, a disbursement: what totals add up
    CUMULATIVE = "cumulative"  # a running total ("since 2022"): shown beside sums, never added
    TARGET = "target"  # a pledge or goal
    BUDGET = "budget"  # a country's own (defence) spending
    SHARE = "share"  # a percentage


class Link(StrEnum):
    """How a mention belongs to another figure of its own document."""

    CONVERTS = "converts"  # "EUR 480 million (USD 500 million)": the same fact, another currency
    PART_OF = "part_of"  # "of which €2.5 billion for air defence": a part, never added


# Aid from a giver to a receiver (not a country's own spending or a target).
AID_CATEGORIES = frozenset(
    {"military_aid", "security_aid", "financial_aid", "humanitarian_aid", "aid_total"}
)
# Categories a claim can have; `other` figures (prices, growth, polls) are no claim.
CLAIM_CATEGORIES = AID_CATEGORIES | {"defense_spending", "pledge_target"}

# Aggregates that name the same givers at another level of detail.
_DONOR_FAMILIES = {
    "NATO": "NATO allies",  # "NATO pledged ...": the allies, as a group
    "NATO European members": "NATO allies",
    "NATO European members and Canada": "NATO allies",
    "European NATO members": "NATO allies",
}
# Named groups of countries: a joint giver named by its members ("Denmark, Norway and Sweden")
# is the group that holds them all ("the Nordic countries").
_COUNTRY_GROUPS = {
    "Nordic countries": frozenset({"Denmark", "Finland", "Iceland", "Norway", "Sweden"}),
    "Baltic states": frozenset({"Estonia", "Latvia", "Lithuania"}),
}
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")

# A running total: what was given since a start, to date. Bare "in total" or "insgesamt" is left
# out: a package is often "worth €5bn in total".
_CUMULATIVE = re.compile(
    r"\b(?:since (?:the (?:start|beginning|outbreak) of (?:[\w'’-]+ ){0,4}"
    r"(?:war|invasion|aggression)|(?:February |Feb\.? )?20\d\d|"
    # the invasion's day: "since 24 February 2022", "since February 24, 2022"
    r"(?:24 February|Feb(?:ruary|\.)? 24,?) 20\d\d|"
    r"(?:the|Russia's|Russia’s) (?:full[- ]scale )?(?:war|invasion))|to date|"
    r"(?:provided|given|delivered|allocated|committed|disbursed|sent|spent|pledged)\b[^.;]{0,60}"
    r"\bso far|so far this year|this year so far|(?:for|in) 20\d\d so far|year to date|"
    r"cumulative(?:ly)?|"
    r"seit (?:Kriegsbeginn|Beginn des (?:russischen )?(?:Angriffs)?[Kk]rieg(?:e?s)?|"
    r"(?:Februar |Ende |Anfang )?20\d\d|(?:dem )?24\. Februar 20\d\d)|"
    # "bisher" is "so far", but not in "doppelt so viel wie bisher geplant" (previously planned)
    r"(?<!wie )bisher(?! (?:geplant|vorgesehen|veranschlagt|angekündigt|üblich))|"
    r"depuis (?:le début|20\d\d|février|le 24 février)|jusqu'à présent)\b",
    re.IGNORECASE,
)
# Aid other than military: unqualified aid beside these words is all aid, not military aid.
_OTHER_AID_WORDS = re.compile(
    # (not money's other senses: "the financial crisis", "the financial year", "la crise
    # financière", "la place financière")
    r"(?<!crise )(?<!place )(?<!situation )"
    r"\b(?:humanitarian|financial(?! (?:year|crisis|crises|stability|risks?|interests?|markets?|"
    r"sector|intermediar\w+|backers?|centre|center))|budget support|"
    r"civilian (?:aid|assistance|support)|"
    # 2026.11.17: food aid is humanitarian ("some $16 million for food aid delivered by the
    # World Food Programme")
    r"food (?:aid|assistance)|aide alimentaire|Nahrungsmittelhilfe|"
    r"reconstruction|humanitär\w*|finanziell\w*|zivile\w* (?:Hilfe|Unterstützung)|Zivilhilfe|"
    r"Wiederaufbau|humanitaire\w*|financi[eè]re\w*|(?:aide|soutien) civil\w*)\b",
    re.IGNORECASE,
)
# Words that present the figure after them as a running total; before it only: after a figure they
# introduce the next one ("a first tranche of €1.5 billion, and brings the total to €3.6 billion").
_CUMULATIVE_BEFORE = re.compile(
    # "brings Finland's total military aid to", "bringing the total drawn ... to"
    r"\b(?:(?:(?:brings?|bringing|brought) (?:[\w'’-]+ ){0,3}(?:total|overall)|"
    # 2026.11.18: "The new money brings the Ukraine Fund to a total of about"
    r"(?:brings?|bringing|brought)\s+(?!(?:the|this|that|its|their) (?:[\w'’-]+ )?"
    r"(?:package|tranche|deal|contract|order)\b)[^.;]{0,60}\bto a total of"
    r"(?=\s+(?:(?:about|around|some|nearly|almost|roughly|over|more than)\s+)?$)|"
    r"(?:provided|given|delivered|allocated|committed|disbursed|sent|spent) a total of|"
    # (not a year's total: "Sweden's total military support for next year would reach")
    r"(?:'s|’s|its|their) total (?:support|aid|assistance|military|contributions?)"
    r"(?![^.;]*\b(?:for|in) (?:next year|this year|20\d\d)\b))\b|"
    # a sum of packages that are claims of their own, opening the words before the figure:
    # "With the two packages, Croatia's military assistance this year amounts to"
    r"^\s*(?:with|together with) (?:the |its |their )?(?:two|three|four|five|both|all)? ?"
    r"(?:packages|tranches|allocations)\b|"
    # "Together, the two packages amount to", "Both packages together come to"
    r"\b(?:the|these|its|their|both) (?:two |three |four |five )?(?:packages|tranches|"
    r"allocations)\b(?: [\w'’-]+){0,2} (?:amount|add up|come|total)s? to|"
    # "the total value of Finland's defence materiel assistance to Ukraine rises to" (not a
    # package's total value)
    r"\bthe total (?:value |amount |sum )?of (?!(?:the|this|that|its|a|the new) "
    r"(?:package|tranche|deal|contract|order)\b)[^.;]{0,80}?\b(?:rises|rose|risen|climbs|"
    r"climbed|grows|grew|grown|increases|increased) to\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more than)\s+)?$|"
    # "Europe's military aid reached €72 billion", "PURL commitments reached $4.3bn"
    r"(?:aid|assistance|support|contributions?|commitments|pledges|total)\s+(?:[\w'’-]+\s+){0,4}"
    # "Dutch contributions to PURL this year now stand at €750m"
    r"(?:(?:has |have |had )?reached|now (?:stands?|amounts?|totals?|comes?)(?: at| to)?|"
    # "The total value of Finland's defence materiel assistance to Ukraine is now"
    r"(?:is|are) now)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more than|a total of)\s+)?$|"
    # a sentence that adds the new sum to what was there: "With today's decision, the Dutch
    # contributions to PURL in 2025 amount to", "Together with the package of SEK 7.1 billion
    # decided in January, Sweden's military support this year amounts to", "Avec cette nouvelle
    # dotation, il atteint"
    # (not a package said after it: "With the new tranche, the package amounts to")
    r"^\s*(?:together with|with|avec|mit|zusammen mit)\b[^.;]*?,"
    r"(?![^.;]*\b(?:package|tranche|paquet|enveloppe|Paket)\b)[^.;]*?"
    r"\b(?:amounts? to|reach(?:es)?|stands? at|totals?|comes? to|atteint|s'élève à|"
    r"beläuft sich auf|erreicht)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more than|plus de|près de|rund|"
    r"mehr als)\s+)?$|"
    # a sum raised to a new level: "Paris a par ailleurs porté à 300 millions d'euros son fonds"
    r"\b(?:a|ont|avait|avaient) (?:[\w'’-]+ ){0,2}?porté à\s+$|"
    # what a giver or a source "has now" or "so far" given, a perfect of the day: "European
    # donors have now allocated", "it has now yielded", "Croatia has so far provided military aid
    # worth about", "So far it has committed about" ("pledged" only so far: "has now pledged
    # another" is a package)
    r"\b(?:(?:(?:has|have|had) (?:now|so far)|so far,? (?:[\w'’-]+ ){0,3}?(?:has|have|had)) "
    r"(?:allocated|committed|given|provided|delivered|disbursed|sent|spent|paid out|yielded|"
    r"raised|used)\b(?:\s+[\w'’-]+){0,4}?|(?:has|have|had) so far pledged)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more than|a total of)\s+)?$|"
    # a sum of aid brought to a level: "bringing Finland's military aid to Ukraine this year to
    # about" (a package brought to Kyiv is no aid brought to a level)
    r"\b(?:brings?|bringing|brought|lifts?|lifting|lifted)\b[^.;]{0,60}"
    r"\b(?:aid|assistance|support|contributions?)\b"
    r"[^.;]{0,40}\bto\s+(?:(?:about|around|some|nearly|almost|roughly|over|more than)\s+)?$|"
    # "l'aide cumulée de son pays dépasse", "die kumulierte Hilfe erreicht" (before the figure
    # only: "3,5 milliards d'euros ..., ou le Danemark, dont l'aide cumulée" is another's)
    r"\b(?:cumulée?s?|kumuliert\w*)\b[^.;]{0,80}$|"
    # what a giver has given, said as a floor: "Estonia has given Ukraine more than" (a package
    # is announced, not "more than" given)
    r"\b(?:has|have) (?:given|provided|sent|delivered|donated|supplied)\s+"
    r"(?:(?:to\s+)?(?:Ukraine|Kyiv|Kiev)\s+)?(?:more than|over|in excess of)\s+$)",
    re.IGNORECASE,
)
# A sentence that opens with "in total" and tells what a giver has given is a running total:
# "Au total, Bruxelles a désormais versé", "In total, the Netherlands has provided",
# "Insgesamt hat Berlin ... bereitgestellt". (A bare "in total" after a figure is not: a package
# is often "worth €5bn in total".) So is a French perfect "now" or "so far": "l'UE a désormais
# versé", as the English "has now disbursed" (`_CUMULATIVE_BEFORE`).
_TOTAL_GIVEN = re.compile(
    r"^\s*(?:in total|all told|altogether|au total|en tout|insgesamt),?\s[^.;]*?"
    r"\b(?:has|have|had|a|ont|avait|avaient|hat|haben|hatte|hatten)\b[^.;]*$|"
    r"\b(?:a|ont|avait|avaient) (?:désormais|jusqu'ici|jusqu'à présent|maintenant) "
    r"(?:versé|fourni|alloué|donné|accordé|déboursé|mobilisé|engagé|consacré)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
# A figure dated by the period of the running total before it is one too: "Sweden's civil
# support since February 2022 amounts to more than SEK 9 billion. Military support over the same
# period totals about SEK 77 billion."
_SAME_PERIOD = re.compile(
    r"\b(?:(?:over|in|during|for) the same (?:period|time)|im (?:selben|gleichen) Zeitraum|"
    r"(?:sur|pendant|durant|au cours de) la même période)\b",
    re.IGNORECASE,
)


# A sentence that measures its figure against the one before it: "Its military commitments are
# far larger, at SEK 77 billion", "By comparison, Norway has given".
_MEASURED_AGAINST = re.compile(
    # (not givers so described: "Among the smaller contributors, Finland's €100 million")
    r"\b(?:(?:far|much|even|slightly) )?(?:larger|smaller|higher|lower|bigger)\b"
    r"(?!\s+(?:contributors?|donors?|countries|allies|partners|members|states|nations|"
    r"economies|givers)\b)|"
    r"\b(?:by|in) comparison\b|\bim Vergleich\b|\bpar comparaison\b|\ben comparaison\b",
    re.IGNORECASE,
)


def over_the_same_period(before: str, after: str) -> bool:
    """Whether a figure's sentence dates it by the period of the figure before it, or measures
    it against that figure (then a fact of its kind, and of its period)."""
    return bool(
        _SAME_PERIOD.search(before)
        or _SAME_PERIOD.search(_own_clause(after))
        or _MEASURED_AGAINST.search(before)
    )


# Words right after a figure that make it a partial-year aggregate, a sum of packages that are
# claims of their own: "€35 billion in security assistance to Ukraine in the first half of 2025".
_CUMULATIVE_AFTER = re.compile(
    r"^[^,;.]{0,50}\b(?:in the first (?:half|quarter|(?:two|three|four|five|six|seven|eight|"
    r"nine) months)|au premier semestre|im ersten Halbjahr)\b",
    re.IGNORECASE,
)
# A sentence that opens with "Since ..." is about a running total, however long the clause before
# the figure: "Since the start of Russia's war of aggression, the EU, its Member States and
# European financial institutions have together made available nearly €170 billion".
_SINCE_OPENING = re.compile(
    r"^\s*(?:since|seit|depuis)\b[^;]{0,80}?(?:\b20\d\d\b|war\b|invasion|aggression|Krieg|"
    r"guerre|février|Februar|(?:start|beginning) of the year|Jahresbeginn|début de l'année)"
    r"[^;]*$",
    re.IGNORECASE,
)
_PLEDGE_VERB = re.compile(
    r"\b(?:(?:pledge[sd]?|commit(?:s|ted)?|promise[sd]?|vow(?:s|ed)?)(?: [\w'’-]+){0,3} to|"
    # a sum someone will give at least: "The United Kingdom will provide ... of at least",
    # "s'engage en outre à consacrer au moins"
    r"will (?:[\w'’-]+ )?(?:provide|give|spend|send|deliver|allocate|contribute)|"
    # (a word between: "s'est aussi engagé à fournir", "s'est par ailleurs engagée")
    r"s['’](?:est )?(?:[\w'’-]+ ){0,2}?engag\w*|"
    # French futures and promises: "La France fournira jusqu'à", "Paris promet à Kiev jusqu'à"
    r"(?:fournir|apporter|verser|donner|consacrer|allouer|accorder|débloquer)(?:a|ont)|"
    r"prom(?:et|ettent)|"
    r"pledge of|target|goal|"
    r"aim(?:s|ed)? (?:to|at)|zugesagt|Ziel|objectif|"
    # an agreement's ceiling: "The security agreement provided for up to", "prévoyait jusqu'à"
    r"provided for|provides for|pr[ée]vo(?:yait|it|ient|yaient)|promis|"
    # a ceiling named as a commitment: "l'engagement pris ..., qui avait évoqué jusqu'à"
    r"commitment|engagement|Zusage)\b",
    re.IGNORECASE,
)
# A sentence that opens with part of a year is about a partial-year aggregate, a sum of packages
# that are claims of their own: "In the first half of 2026, Europe allocated a further €29
# billion" (as `_CUMULATIVE_AFTER`, said before the figure).
_PART_YEAR_OPENING = re.compile(
    r"^\s*(?:(?:in|during|over) the first (?:half|quarter|(?:two|three|four|five|six|seven|"
    r"eight|nine) months)|im ersten (?:Halbjahr|Quartal)|au premier (?:semestre|trimestre))\b"
    r"[^;]*$",
    re.IGNORECASE,
)
# A package turned down is no sum given: "rejected a military aid package for Ukraine worth
# 40.3 million euros", "The €40.3 million package that the cabinet rejected". Like a pledge it is
# a sum proposed, never added (a target).
_NOT_GIVEN = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|turn(?:s|ed)? down|veto(?:es|ed)?|abgelehnt|"
    r"rejet(?:é|ée|és|ées|te)?)\b",
    re.IGNORECASE,
)
# How far from a figure, in its clause, the words that turn it down may stand.
_NOT_GIVEN_CHARS = 80
# "since" or "to date" after a superlative dates a record, not a running total: "its largest
# package since the start of the war", "the biggest package to date", "das größte Paket seit
# Kriegsbeginn"; so does "bisher" before one ("das bisher grösste Hilfspaket": the largest so far).
_SUPERLATIVE = (
    # and a package's number: "its 30th since Russia's full-scale invasion" counts packages
    r"\d+(?:st|nd|rd|th|e|ème)|"
    r"largest|biggest|highest|greatest|first|größte\w*|grösste\w*|höchste\w*|"
    r"umfangreichste\w*|plus (?:important|gros|élevé)e?s?"
)
_SUPERLATIVE_SINCE = re.compile(
    rf"(\b(?:{_SUPERLATIVE})\b(?:\s+[\w'’-]+){{0,4}}?\s+)"
    r"(?:since|seit|depuis|to date|so far|bisher|jusqu'à présent)\b|"
    rf"\bbisher(?=\s+(?:{_SUPERLATIVE})\b)",
    re.IGNORECASE,
)
# Aid for a receiver that a budget holds: "Im Verteidigungshaushalt sind 8 Milliarden Euro für die
# Ukraine vorgesehen" is aid, not the budget.
_FOR_A_RECEIVER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:für|an|for|to|pour|à) (?:die |l['’])?"
    r"(?:Ukrain\w*|Kyiv|Kiew|Kiev)\b",
    re.IGNORECASE,
)
# A figure said of a pledge, whatever its qualifier: "The pledge is equivalent to about $43
# billion" (a conversion in a sentence of its own).
_PLEDGE_SUBJECT = re.compile(
    r"\b(?:the|this|that|its) (?:pledge|commitment|target|goal)\b[^.;]{0,40}?"
    r"\b(?:is|was|equals|amounts to)\b(?: (?:equivalent|equal) to| worth)?"
    r"(?: (?:about|around|roughly|some|nearly|almost|approximately|over|more than))?\s*$",
    re.IGNORECASE,
)
# A loan promised, or agreed to be granted, is a pledge (a target) until it is paid out: "Le G7 a
# promis un prêt de", "se sont entendus pour accorder à l'Ukraine un prêt d'environ", "the
# loan of $50 billion promised by the G7" (2026.11.17). Packages "promised" stay increments:
# news says so of sums given.
_LOAN = r"(?:loan|prêt|Kredit|Darlehen)"
_PROMISED_LOAN_BEFORE = re.compile(
    r"\b(?:promis|promised|pledged|zugesagt|agreed to (?:provide|grant|give|extend)|"
    r"(?:se sont |s'est )?entendus?(?: [\w'’-]+){0,2} pour accorder)\b[^.;]{0,60}"
    rf"\b{_LOAN}\b[^.;]{{0,30}}$",
    re.IGNORECASE,
)
_PROMISED_AFTER = re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:promis|promised|pledged)\b")
_LOAN_AFTER = re.compile(rf"^\s*{_LOAN}\s+(?:promis|promised|pledged)\b", re.IGNORECASE)
_LOAN_BEFORE = re.compile(rf"\b{_LOAN}\b[^.;]{{0,20}}$", re.IGNORECASE)


# A loan agreed for several years is a multi-year instrument, an increment as the Ukraine
# Facility's 2024-2027 envelope is, not a promise: "agreed to provide Ukraine with a loan of
# EUR 90 billion for 2026 and 2027", "over the next two years".
_OVER_YEARS = re.compile(
    r"\b(?:for|in|pour|en|für) (20\d\d) (?:and|et|und) (20\d\d)\b", re.IGNORECASE
)


def _promised_loan(before: str, after: str) -> bool:
    """Whether a figure is a loan promised, not paid out (`_PROMISED_LOAN_BEFORE`), and not one
    agreed over several years (`_OVER_YEARS`)."""
    promised = bool(
        _PROMISED_LOAN_BEFORE.search(before[-120:])
        or (_LOAN_BEFORE.search(before[-40:]) and _PROMISED_AFTER.match(after))
        or _LOAN_AFTER.match(after)
    )
    if not promised:
        return False
    near = f"{before[-120:]} {after[:80]}"
    return not (_OVER_YEARS.search(near) or _YEAR_RANGE.search(near) or _NEXT_YEARS.search(near))


# A sum someone asked or lobbied for is a proposal, not a sum given: "Kyiv had lobbied for the
# full €140 billion reparations loan", "Warschau hatte ... gefordert" is said after it. Like a
# package turned down (`_NOT_GIVEN`) it is a target.
_ASKED_FOR = re.compile(
    r"\b(?:lobbie[sd]|lobbying|pushe[sd]|pushing|call(?:s|ed|ing)|argue[sd]|arguing|ask(?:s|ed|ing)"
    r") for\b(?: (?:the|a|an|its|their))?(?: (?:full|whole|entire))?\s*$|"
    r"\b(?:plaid(?:é|ait|aient)|réclam(?:é|ait|aient|e|ent))\b[^.;]{0,30}$",
    re.IGNORECASE,
)


# A country's own budget named as the subject of the figure: "The Bundeswehr's own budget,
# separate from the aid for Ukraine, stands at €51.8 billion", whatever the category read for it.
_OWN_BUDGET = re.compile(
    r"\b(?:own|defen[cs]e|military|armed forces'?|ministry'?s) budget\b[^.;€$£]{0,60}"
    r"\b(?:stands? at|is|was|will be|of|totals?|reach(?:es|ed)?|rises? to|rose to|amounts? to|"
    r"grows? to|grew to|increases? to)\s*$|"
    # German and French name the budget in one word, and the verb often follows the figure:
    # "Das Armeebudget soll 2025 auf rund 6 Milliarden Franken steigen"
    r"\b(?:Armeebudget|Verteidigungs(?:haushalt|etat|budget)|Wehretat|"
    r"budget (?:de la défense|des armées|militaire))\b[^.;€$£]{0,60}$",
    re.IGNORECASE,
)
# "since 2022", "since the beginning of the Russian war of aggression in February 2022"
_SINCE_YEAR = re.compile(r"\b(?:since|seit|depuis)\b[^.;]{0,60}?\b(20\d\d)\b", re.I)
_YEAR_RANGE = re.compile(
    r"\b(20\d\d)\s*(?:[-–/]|to|through|bis|à)\s*(20\d\d)\b|"
    r"\bbetween (20\d\d) and (20\d\d)\b|\bfrom (20\d\d) (?:to|until) (20\d\d)\b",
    re.IGNORECASE,
)
# A multi-year envelope counted from the report's year on: "to lend Ukraine €90 billion over the
# next two years", "in den nächsten drei Jahren", "sur les deux prochaines années". As "next
# year" is the year after the report's, the range starts then.
_NEXT_YEARS = re.compile(
    r"\b(?:(?:over|in|during|for) the (?:next|coming) (two|three|four|five) years|"
    r"(?:in|über) den (?:nächsten|kommenden) (zwei|drei|vier|fünf) Jahren|"
    r"(?:sur|pour|pendant|durant) les (deux|trois|quatre|cinq) (?:prochaines|années à venir)"
    r"(?: années)?)\b",
    re.IGNORECASE,
)
_YEARS_COUNT = {
    "two": 2, "three": 3, "four": 4, "five": 5, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
}  # fmt: skip
# A running total since the full-scale invasion starts in 2022, whether or not the year is said:
# "about 77 billion crowns in military aid since the full-scale invasion".
_SINCE_FULL_SCALE = re.compile(
    r"\b(?:since|seit|depuis) (?:the |Russia's |Russia’s |der |dem |l['’])?"
    r"(?:start of (?:the |Russia's |Russia’s )?|beginning of (?:the |Russia's |Russia’s )?)?"
    r"(?:full[- ]scale (?:invasion|war)|(?:vollumfänglichen|großangelegten) (?:Invasion|Krieg\w*)|"
    r"invasion à grande échelle)",
    re.IGNORECASE,
)
# A winter named by its two years: aid "pour l'hiver 2024-2025", "for winter 2024/25" is given
# in the autumn it starts, the first year's (a package, not a range of years).
_WINTER = re.compile(
    r"\b(?:winter|hiver|Winter)\s+(?:of\s+)?(20\d\d)\s*[-–/]\s*(?:20)?\d\d\b", re.IGNORECASE
)
# A fiscal year named by its two years: "l'exercice 2025-2026", "fiscal 2025-26", "FY2024-25",
# "Haushaltsjahr 2025/26" is one year's fact, the year it starts in (as the labels date it), not
# a range of years.
_FISCAL_YEAR = re.compile(
    r"\b(?:fiscal(?: year)?|(?:financial|budget) year|FY|exercice(?: budgétaire)?|"
    r"Haushaltsjahr(?:es)?)\s*(20\d\d)\s*[-–/]\s*(?:20)?(\d\d)\b",
    re.IGNORECASE,
)
# What may stand between a figure and its conversion: "(", "(about", "(or", "/ around"...
_CONVERSION_GAP = re.compile(
    # the year may come between: "EUR 7.1bn for 2024 (roughly USD 7.6bn)"
    r"^\s*(?:(?:for|in) 20\d\d\s*)?(?:[(\[/]|"
    # or after a comma, with the words that say so: "2,7 Mrd. Euro, umgerechnet rund 2,6
    # Milliarden Franken", "3 milliards d'euros, soit près de 2,85 milliards de francs", "rund
    # 150 Mrd. Kronen, also rund 13 Mrd. Euro" (German "also": that is)
    r",\s*(?:umgerechnet|soit|or|i\.e\.|equivalent to|converted|also|d\.h\.|das sind|c\.-à-d\.))\s*"
    r"(?:about|around|approximately|approx\.|roughly|some|or|i\.e\.|ca\.|"
    # (2026.11.16: "160 millions de francs (quelque 170 millions d'euros)")
    r"rund|etwa|environ|quelque|soit|près de|presque|~|≈)?\s*$",
    re.IGNORECASE,
)
_PART_CUE = re.compile(
    r"\b(?:of which|of that|of this|of the total|of the package|including|includes?|"
    r"the share (?:reserved |earmarked |set aside |allocated )?for|"
    r"included|among them|"
    r"consists? of|consisting of|comprising|made up of|split (?:between|into)|broken down|"
    r"davon|darunter|bestehend aus|dont|y compris|parmi lesquels|composé de|"
    # "l'enveloppe, qui s'élève précisément à 3,02 milliards de dollars, comprend 1,6 milliard"
    r"comprend|comprennent|comprenant|umfasst|beinhaltet|enthält)\b|"
    # 2026.11.18: a sentence opening on the whole by its name, not its figure: "Of the 2026
    # defence funding, €1.1 billion will come from", "Sur cette enveloppe, 40 millions",
    # "Von diesem Betrag sind 2 Milliarden Euro"
    r"(?:^|[.;]\s+)(?:(?:of|out of) (?:the|this|that|its|their) (?:20\d\d )?(?:[\w'’-]+ ){0,2}"
    r"(?:funding|budget|spending|allocation|package|sum|amount|envelope|money|total)|"
    r"sur (?:ce|cette|le|la|l'|l’)\s*(?:[\w'’-]+ ){0,2}(?:budget|enveloppe|montant|somme|paquet)|"
    r"von (?:diesem|dem|den|der) (?:[\w'’-]+ ){0,2}(?:Betrag|Summe|Budget|Paket|Mitteln|Etat))"
    r",?\s+(?:(?:sind|sollen|gehen|werden|will|about|some|around|nearly|roughly|environ|quelque|"
    r"rund|etwa)\s+)*$",
    re.IGNORECASE,
)
# The cues that say the figure is a share of the one before, whoever the extractor read as its
# giver ("Of the total, about EUR 390 million covers the launchers"); "including" may list a
# giver's own contribution ("including Sweden's €1.45 billion package"), a claim of its own.
_STRONG_PART_CUE = re.compile(
    r"\b(?:of which|of that|of this|of the total|of the package|consists? of|consisting of|"
    r"the share (?:reserved |earmarked |set aside |allocated )?for|"
    r"comprising|made up of|split (?:between|into)|broken down|davon|bestehend aus|dont|"
    r"composé de)\b",
    re.IGNORECASE,
)
# A figure given for comparison is no part of the one before it, even when the two add up: "an
# increase of €3.3 billion compared with the 2024 law, which provided €47.2 billion".
_COMPARISON = re.compile(
    # a bare "from" right between two sums gives the level the first rose from: "to double its
    # military aid to Ukraine next year to 8 billion euros from 4 billion euros this year"
    # (2026.11.16)
    r"^\s*from\s*$|"
    # and a bare "on the" or "over the" right between a rise and its base: "€1.35 billion, up
    # €100 million on the €1.25 billion provided this year" (2026.11.17)
    r"^\s*(?:on|over) the\s*$|"
    r"\b(?:compared (?:with|to)|up from|down from|than(?!\s+\d)|versus|vs\.?|against|after|"
    r"previous(?:ly)?|vorherige\w*|précédent\w*|"
    r"last year|im Vorjahr|gegenüber|contre|"
    # (with the article folded in: "en baisse par rapport aux 1,5 milliard d'euros de 2025")
    r"par rapport (?:à|aux?)|comparée?s? (?:à|aux?)|im Vergleich zu[mr]?|verglichen mit|"
    # an equal sum given as the level matched: "€2.3 billion in 2025, matching the €2.3 billion
    # provided in 2024", "soit le même niveau qu'en 2024", "so viel wie"
    r"match(?:es|ed|ing)|the same (?:level |amount |sum )?as|(?:le )?même (?:niveau|montant)|"
    r"autant qu|(?:eben|gleich )?so viel wie)\b",
    re.IGNORECASE,
)
# Where the clause of a figure ends, in the words after it: what follows is said of something else
# ("the NOK 22.5 billion is a sharp rise from 2024, and it brings Norway's military help since 2022
# to some NOK 60bn").
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\b|;|\s[–—]\s")
# A part named after its figure: "Around 300 million euros of the new package will be spent ...".
_PART_AFTER = re.compile(
    r"^\s*(?:of (?:the|this|that|its) (?:[\w'’-]+ ){0,2}(?:package|total|allocation|sum|amount|"
    r"envelope|money|funds|contribution)\b|davon\b|of it\b)",
    re.IGNORECASE,
)
# A sum allotted to a purpose, after a larger one: "SEK 6.2 billion would go to air defence ...
# and SEK 3.1 billion to drones", "€8 million will go to training". It opens a list of parts.
_ALLOTTED_AFTER = re.compile(
    r"^\s*(?:would|will|is to|are to)\s+(?:go|flow)\s+(?:to|into|towards)\b", re.IGNORECASE
)
# A part that points back at a sum said before it, not always the figure right before it: "The
# Dutch package will pay mainly for drones ... €250 million of it will go to NATO's PURL scheme"
# (a Belgian €400 million stands between).
_OF_IT = re.compile(r"^\s*of it\b", re.IGNORECASE)
# A portion of a sum said before, named by its size among the others or its fraction: "the
# largest item", "a large slice", "about a third of the money", "une partie de l'enveloppe",
# "un tiers de la somme", "der größte Posten", "ein Drittel davon".
_SUM_NOUN_EN = r"(?:it|this|that|the (?:money|sum|amount|total|package|allocation|envelope|funds))"
_SUM_NOUN_FR = (
    r"(?:cette|la|l['’]|ce|le)\s*(?:somme|enveloppe|montant|aide|paquet|contribution|"
    r"allocation)"
)
_PORTION = (
    r"(?:(?:(?:the|its|their) (?:single )?(?:largest|biggest|main|greatest|largest single) "
    r"(?:item|block|share|part|portion|component|chunk|element|slice|line)"
    rf"(?: of {_SUM_NOUN_EN})?|"
    r"an? (?:large|big|major|sizeable|substantial|small) (?:slice|share|part|portion|chunk)"
    rf"(?: of {_SUM_NOUN_EN})?|"
    r"(?:(?:about|around|roughly|nearly|almost|some|more than|less than|just over|just under) )?"
    rf"(?:a|one|two) (?:third|quarter|fifth|tenth)s? of {_SUM_NOUN_EN}|"
    rf"(?:une|la) (?:partie|part|moitié) de {_SUM_NOUN_FR}|"
    r"(?:(?:un peu )?(?:plus|moins) d['’]|près d['’]|environ |quelque )?"
    rf"(?:un|deux) (?:tiers|quart|cinquième|dixième) de {_SUM_NOUN_FR}|"
    r"(?:le|la) (?:plus gros|principal|plus grande?) (?:poste|volet|part|partie|tranche)|"
    r"(?:der|die|den) (?:größte|größten|wichtigste|wichtigsten) (?:Posten|Teil|Anteil|Block|"
    r"Brocken)|"
    r"(?:(?:rund|etwa|knapp|gut|mehr als) )?(?:ein|einen|zwei) (?:Drittel|Viertel|Fünftel|Teil) "
    r"(?:davon|der Summe|des Geldes|des Betrags|des Pakets|der Mittel)|"
    r"die Hälfte (?:davon|der Summe|des Geldes|des Betrags|des Pakets|der Mittel)))"
)
# A part named right before its figure: a first instalment ("The first €10 million is to be paid
# in March, with the rest following"), or most of the sum ("Most of it, $7.5m, goes to").
_PART_BEFORE = re.compile(
    # (not "The first, €20 million, will buy drones. The second, another €20 million": a list)
    r"(?:(?:^|[,;:(]\s*|\band\s+)(?:the|a) first\s*|"
    # 2026.11.17: "The first tranche of the loan, ¥150 billion, will be disbursed"
    r"(?:^|[,;:(]\s*|\band\s+)(?:the|a) first (?:tranche|instalment|installment|payment|"
    r"disbursement) of (?:the|this|that|its) (?:loan|package|credit|grant|sum|amount)\s*,?\s*|"
    r"\b(?:most|much|part|half|the bulk|the rest|the remainder) of (?:it|this|that|the money)"
    r"\s*,?\s*|"
    # a portion the words name as such, set before its figure: "The largest item, SEK 500
    # million, goes to", "About a third of the money, €45 million", "Une partie de cette somme,
    # 200 millions d'euros", "Près d'un tiers de la somme, quelque 370 millions de francs",
    # "Der größte Posten, 600 Millionen Euro" (2026.11.28)
    rf"(?:^|[,;:(]\s*|\band\s+){_PORTION}\s*(?:,|:|\bis\b|\bwas\b|\bist\b|\best\b)\s*"
    r"(?:(?:about|around|some|roughly|nearly|almost|soit|quelque|environ|près de|rund|etwa|"
    r"knapp)\s+)*)$",
    re.IGNORECASE,
)
# A payment drawn from a facility or fund named before it: "a first payment of €4.5 billion under
# the Facility", "au titre de la facilité". A part whatever giver was read for each (as "of
# which").
_DRAWN_FROM = re.compile(
    # the receiver may come first: "a versé 3,05 milliards d'euros à l'Ukraine au titre de la
    # facilité", "paid €4.5 billion to Ukraine under the Facility"
    r"^\s*(?:(?:to|à|an) (?:Ukraine|l['’]Ukraine|die Ukraine|Kyiv|Kiev)\s+)?"
    r"(?:(?:under|from) (?:the|this|that|its) (?:[\w'’-]+ ){0,2}(?P<en>facility|fund|"
    r"programme|program|instrument|envelope|allocation)\b|"
    r"au titre (?:de la |du |de l')(?P<fr>facilité|fonds|enveloppe|programme)\b)",
    re.IGNORECASE,
)
# A rise is a part of the figure it raises ("€26.6 billion in 2026, €2.9 billion more than this
# year"; "53,25 Milliarden Euro ..., 1,2 Milliarden Euro mehr als in diesem Jahr"; "The increase
# of EUR 770m over this year").
_RISE_AFTER = re.compile(
    r"^\s*(?:more|higher|up) than (?:in )?(?:this|last|the previous) year\b|"
    r"^\s*(?:mehr|höher) als\b|^\s*de plus (?:qu|par rapport)",
    re.IGNORECASE,
)
_RISE_BEFORE = re.compile(
    r"\b(?:(?:an?|the) (?:increase|rise) of|up by|ein(?: Plus| Anstieg) von|"
    r"(?:une|la) hausse de)\s*$",
    re.IGNORECASE,
)
# A figure given for comparison just before the one the text is about ("up from NOK 15 billion in
# 2024", "The previous government decision, last May, covered") is no whole for the parts that
# follow: the comparison's words within this many characters before it.
_REFERENCE_CHARS = 60
# A cue must sit close: further away, the text speaks of something else.
_PART_GAP_CHARS = 80
_CONVERSION_GAP_CHARS = 25


# A figure that is a hole in a budget is no fact of aid or spending, whatever category was read
# for it: "eine Lücke von rund 20 Milliarden Euro im Bundeshaushalt", "a funding gap of €5
# billion", "a budget deficit of nearly 6% of GDP".
_SHORTFALL = re.compile(
    r"\b(?:\w*lücke|\w*loch|gap|shortfall|hole|deficit|Defizit|trou|déficit)"
    r"(?:\s+[\w'’-]+){0,3}?\s*$",
    re.IGNORECASE,
)


# The value of assets held is no sum given, whatever category was read for it: "The assets
# themselves, worth about €210 billion in the EU, are mostly held at Euroclear", "The immobilised
# assets are worth roughly €260bn", "La plus grande partie de ces avoirs, quelque 185 milliards
# d'euros, est détenue". (A loan or a payment they back names its own sum: "a €140 billion
# reparations loan based on frozen Russian assets".)
_ASSETS_VALUE = re.compile(
    r"\b(?:assets|Vermögen(?:swerte)?|avoirs|actifs)\b(?:\s+[\w'’-]+){0,2}?,?\s+"
    r"(?:(?:are|were|is)\s+)?(?:worth|valued at|im Wert von|d'une valeur de|quelque)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more than|an estimated|rund|etwa|"
    r"environ|près de)\s+)?$",
    re.IGNORECASE,
)


def names_no_claim(before: str) -> bool:
    """Whether the words just before a figure say it is no claim: a hole in a budget, or the
    value of assets held."""
    return bool(_SHORTFALL.search(before) or _ASSETS_VALUE.search(before))


def names_other_aid(text: str) -> bool:
    """A document that speaks of aid other than military: read once per document."""
    return _OTHER_AID_WORDS.search(text) is not None


# A giver's support named whole, then the kinds it includes: "total support for Ukraine, including
# humanitarian, stabilisation and non-lethal military assistance", "€250 million in support to
# Ukraine, including humanitarian aid". The extractor reads one of the listed kinds for it.
_AID_KIND = (
    r"(?:financial|military|humanitarian|development|civilian|economic|budget|non-lethal|"
    r"finanziell\w*|militärisch\w*|humanitär\w*|zivil\w*|wirtschaftlich\w*|"
    r"financi[eè]re?s?|militaires?|humanitaires?|civile?s?|économiques?)"
)
# Two or more kinds listed: "financial, military, humanitarian and development".
_KINDS_LIST = rf"{_AID_KIND}(?:,\s*{_AID_KIND})*,?\s+(?:and|und|et)\s+{_AID_KIND}"
_ALL_KINDS_LISTED = re.compile(
    r"(?<!military )(?<!humanitarian )(?<!financial )(?<!security )"
    r"\b(?:support|aid|assistance|Hilfe|Unterstützung|aide|soutien)\b[^.;]{0,40}?"
    r",?\s*(?:including|einschließlich|darunter|y compris|dont)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:humanitarian|military|financial|stabilisation|stabilization|"
    r"reconstruction|humanitär\w*|militär\w*|humanitaire|militaire)\b",
    re.IGNORECASE,
)
# Or right after the figure, the kinds listed as its adjectives: "$19.5 billion in financial,
# military, humanitarian and development assistance", "12 milliards d'euros d'aide militaire,
# humanitaire et financière" (not another figure's: "£4.6 billion in military assistance since
# 2022, in addition to £1.5 billion in economic and humanitarian support").
_KINDS_LISTED_AFTER = re.compile(
    r"^\s*(?:in|of|an|d['’]|de)?\s*"
    rf"(?:{_KINDS_LIST}\s+(?:support|aid|assistance|Hilfe|Unterstützung)\b|"
    rf"(?:aide|soutien)\s+{_KINDS_LIST})",
    re.IGNORECASE,
)


def claim_group(
    category: str,
    kind: Kind,
    sentence: str = "",
    other_aid: bool = False,
    given_to: str | None = None,
    after: str = "",
    *,
    aid_beside: bool = False,
) -> str:
    """The category group a figure's claim is reconciled in: the group of its category, where
    reporters' wording would split one fact in two:
    - unqualified aid (`aid_total`: "aid", "support", "assistance") is the military aid group:
      outlets drop the adjective for the same package ("the new aid package ... DKK 3.73
      billion"). Not when its document speaks of other kinds of aid too (`other_aid`, from
      `names_other_aid`: "€138 billion in total, including financial and humanitarian aid";
      a pledge is military aid even then), and not a running total: "total
      support since 2022" is another fact than "military aid since 2022", and two running
      totals of one giver and period in one group are flagged as a conflict;
    - a budget is defence spending, whatever aid category was read for it;
    - a running total of support that lists the kinds of aid it includes is all aid, whatever
      kind was read for it from that list, in its sentence or as adjectives right after it
      (`after`: "in financial, military, humanitarian and development assistance");
    - a percentage is a share of defence spending or a share given as aid, whatever category
      the extractor read for it (`_share_group`): outlets report one "0.25% of GDP" for Ukraine
      as military aid, as a pledge and as defence spending, and one "3,5 Prozent" goal for
      defence as a pledge and as defence spending. A goal for aid stays apart from the
      country's defence share: beside it, it would be flagged as a conflict."""
    if kind is Kind.BUDGET:
        return category_group("defense_spending")
    if (
        kind is Kind.CUMULATIVE
        and category in AID_CATEGORIES
        and (_ALL_KINDS_LISTED.search(sentence) or _KINDS_LISTED_AFTER.match(after))
    ):
        return category_group("aid_total")
    if kind is Kind.SHARE:
        return _share_group(sentence, given_to, aid_beside)
    # a pledge of unqualified aid ("un soutien annuel d'au moins 1 milliard", "the €40.3 million
    # package that the cabinet rejected") is the military pledge other outlets report, even in a
    # document that names reconstruction or humanitarian aid elsewhere (2026.11.8)
    if category == "aid_total" and (
        kind is Kind.TARGET or (kind is not Kind.CUMULATIVE and not other_aid)
    ):
        return category_group("military_aid")
    return category_group(category)


# Spending on one's own forces: a share in such words is a share of defence spending.
_DEFENCE_SPENDING = re.compile(
    # (plural too: "Nor do we count defence budgets: Seoul's, at about 2.3% of GDP", 2026.11.16)
    r"\b(?:defen[cs]e (?:spending|budgets?|expenditures?|efforts?|outlays?)|"
    r"(?:on|for|to) (?:its |their |his |her )?(?:own |core )?defen[cs]e|core defen[cs]e|"
    r"military spending|armed forces|"
    r"dépenses (?:militaires|de défense)|effort de défense|à la défense|"
    r"Armeeausgaben|Verteidigungs(?:ausgaben|etat|haushalt)|Wehretat|Bundesheer|Bundeswehr)\b|"
    r"[Kk]ernverteidigung",
    re.IGNORECASE,
)
# Giving to others: a share in such words is aid ("military aid equal to 0.25% of its GDP",
# "Latvia's contribution for this year, 0.25% of gross domestic product", "ties support for Kyiv
# to 0.25% of GDP"). Bare "Ukraine" is not enough: a defence share may name a neighbour.
_AID_SHARE_WORDS = re.compile(
    r"\b(?:aid|assistance|support|give|giving|contribution|(?:to|for) (?:Ukraine|Kyiv|Kiev)|"
    r"Hilfe|Unterstützung|aide|soutien)\b",
    re.IGNORECASE,
)


def _share_group(sentence: str, given_to: str | None, aid_beside: bool = False) -> str:
    """A percentage's group: defence spending when its sentence speaks of one's own defence
    spending ("the assistance is compatible with Spain's commitment to reach 2% of GDP in
    defence spending"); otherwise aid (the `pledge_target` group, with the aid goals it
    restates) when it speaks of giving or has a receiver."""
    if _DEFENCE_SPENDING.search(sentence):
        return category_group("defense_spending")
    if _AID_SHARE_WORDS.search(sentence) or given_to or aid_beside:
        return category_group("pledge_target")
    return category_group("defense_spending")


def claim_category(category: str, group: str) -> str:
    """A claim's category: its stating figure's, unless `claim_group` moved that figure to
    another group; then the group's own category, so that a claim is always found by the
    category of its group."""
    if category_group(category) == group:
        return category
    return next((c for c in sorted(CLAIM_CATEGORIES) if category_group(c) == group), category)


def categories_compatible(a: str, b: str) -> bool:
    """Whether two kinds of aid can be one fact's, as givers are compared (2026.11.10): the same
    group (military and security aid are one), or one of them unspecific ("aid" for the package
    another outlet calls "military aid"). Two specific kinds (military and humanitarian,
    financial and military) are two facts."""
    return category_group(a) == category_group(b) or UNSPECIFIC_AID in (a, b)


@functools.lru_cache(maxsize=4096)
def donor_family(donor: str | None) -> str | None:
    """The givers' family: the group a list of members belongs to, or an aggregate's family.
    Cached: the clustering asks it for every candidate."""
    if not donor:
        return None
    members = frozenset(_LIST_SEPARATOR.split(donor))
    if len(members) > 1:
        group = next((g for g, held in _COUNTRY_GROUPS.items() if members <= held), None)
        if group is not None:
            return group
    return _DONOR_FAMILIES.get(donor, donor)


# Words just before a figure that tell it from an equal one of the same document: "The second,
# another €20 million", "An earlier package of €50 million", "following the package of", "also
# valued at". Two such figures of one document are two facts, never one told twice.
_ANOTHER = re.compile(
    r"\b(?:another|a further|also (?:worth|valued at)|distinct from|"
    # the other one of a kind named: "An earlier package of", "The second package, worth"
    r"(?:earlier|previous|following the|second|third|fourth|other) (?:[\w'’-]+ ){0,2}?"
    r"(?:package|tranche|allocation|instalment|decision)s?|^\s*the (?:second|third|fourth)|"
    r"ein weiteres|eine weitere|un autre|une autre|deuxième)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# An earlier month the words before a figure date it to, "already" ("Already in May the
# government had pledged", "Bereits im Mai hatte", "déjà en mai"): a fact before the news
# event, told apart from an equal figure the report gives for the event itself.
_EARLIER_MONTH = re.compile(
    r"\b(?:already|bereits|schon|déjà) (?:in|im|en) (?:"
    + "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
    + r")\b[^.;]{0,50}$",
    re.IGNORECASE,
)
# How many characters before a figure its sentence is read for `_ANOTHER` (the store reads the
# same: shared.store.claims, `another_words`).
ANOTHER_CHARS = 80


def words_before(sentence: str, surface: str) -> str:
    """The last words of a figure's sentence before its surface (its first occurrence there)."""
    at = sentence.find(surface)
    return sentence[max(0, at - ANOTHER_CHARS) : max(0, at)]


def names_another(before: str) -> bool:
    """Whether the words just before a figure tell it from an equal figure of its document."""
    return bool(_ANOTHER.search(before) or _EARLIER_MONTH.search(before))


def weakly_attributed(source: str | None) -> bool:
    """Whether an attribute came from the text around a figure, not its sentence or title (its
    `attribution` source): two such givers that differ are no evidence of two facts."""
    return source in WEAK_SOURCES


# The country of a currency, and the words that name it (`shared.store.claims`, which reads the
# same in SQL for `giver_named`).
_CURRENCY_COUNTRIES: dict[str, tuple[str, re.Pattern[str]]] = {
    unit: (country, re.compile(words, re.IGNORECASE))
    for unit, (country, words) in CURRENCY_COUNTRIES.items()
}


def currency_country(unit: str) -> str | None:
    """The country whose currency `unit` is, among those an outlet converts figures into."""
    country = _CURRENCY_COUNTRIES.get(unit)
    return country[0] if country else None


def giver_from_currency(donor: str | None, unit: str, before: str = "") -> bool:
    """Whether a figure's giver is only its currency's country: the words before it in its
    sentence do not name that country."""
    country = _CURRENCY_COUNTRIES.get(unit)
    return country is not None and donor == country[0] and country[1].search(before) is None


def weak_period(period: str | None, source: str | None) -> bool:
    """Whether a mention's period is only the year the extractor read from the text around it
    (its `attribution` source for the year), not from its sentence: a guess, which does not keep
    the mention from a claim of another year."""
    return period is not None and len(period) == 4 and weakly_attributed(source)


def named_giver(donor: str | None, source: str | None) -> str | None:
    """A figure's giver, or None when it is a group noun read from context ("donor countries"
    for a package of the meeting's host): it names no giver in particular. The store reads
    givers the same way (`shared.store.claims._GIVER`)."""
    return None if donor in UNSPECIFIC_GIVERS and weakly_attributed(source) else donor


# NATO's members: a share the text gives the allies ("reached NATO's 2% target") is a member's
# share that another report gives the member (`holds_giver`).
_NATO_MEMBERS = frozenset(
    {
        "Albania",
        "Belgium",
        "Bulgaria",
        "Canada",
        "Croatia",
        "Czech Republic",
        "Denmark",
        "Estonia",
        "Finland",
        "France",
        "Germany",
        "Greece",
        "Hungary",
        "Iceland",
        "Italy",
        "Latvia",
        "Lithuania",
        "Luxembourg",
        "Montenegro",
        "Netherlands",
        "North Macedonia",
        "Norway",
        "Poland",
        "Portugal",
        "Romania",
        "Slovakia",
        "Slovenia",
        "Spain",
        "Sweden",
        "Turkey",
        "United Kingdom",
        "United States",
    }
)


def holds_giver(aggregate: str | None, giver: str | None) -> bool:
    """Whether `aggregate` names givers among whom `giver` is, another family than its own: a
    list that names it ("Estonia and Latvia" for Estonia, "European countries and Lithuania"
    for Lithuania), or NATO's allies for a member: a country's "2%" that another report reads
    as the allies' target it reaches (2026.11.18), and a member's sum that another report of the
    week gives the alliance ("NATO allies have financed a package worth $275 million" of the
    list of US weapons one member pays for; 2026.11.24: `clustering._giver_gives_way` asks for
    the very figure in another report of the week, as for a list)."""
    if not aggregate or not giver or donor_family(aggregate) == donor_family(giver):
        return False
    if giver in _LIST_SEPARATOR.split(aggregate):
        return True
    return donor_family(aggregate) == "NATO allies" and giver in _NATO_MEMBERS


def aggregate_giver(donor: str | None, unit: str) -> bool:
    """Whether a giver may hold another (`holds_giver`): a list, or NATO's allies (for a share,
    and since 2026.11.24 for a sum); or, for a share, be held by a group (a member of NATO). Such a
    mention is compared with claims of every giver, as a guessed one is."""
    if not donor:
        return False
    return (
        len(_LIST_SEPARATOR.split(donor)) > 1
        or donor_family(donor) == "NATO allies"
        or (unit == "percent" and donor in _NATO_MEMBERS)
    )


def donors_compatible(a: str | None, b: str | None) -> bool:
    """The same givers, as far as the text lets anyone tell: equal, one unnamed, or one family."""
    return a is None or b is None or donor_family(a) == donor_family(b)


def kind_of(*, unit: str, category: str, qualifier: str, before: str, after: str) -> Kind:
    """The kind of fact a figure states, from its category and the words around it.

    `before` is the figure's sentence up to the figure, `after` the rest of it.
    """
    after = _SUPERLATIVE_SINCE.sub(r"\1_", _own_clause(after))
    before = _SUPERLATIVE_SINCE.sub(r"\1_", before)
    if unit == "percent":
        return Kind.SHARE
    if category == "pledge_target":
        return Kind.TARGET
    if category == "defense_spending" or (
        _OWN_BUDGET.search(before[-120:]) and not _FOR_A_RECEIVER.match(after)
    ):
        return Kind.BUDGET
    near = f"{before[-120:]} {after[:80]}"
    # The words that present a running total may open a long sentence ("Ireland's total
    # support for Ukraine, including humanitarian, stabilisation and ..., amounts to").
    if (
        _CUMULATIVE.search(near)
        or _CUMULATIVE_BEFORE.search(before[-200:])
        or _SINCE_OPENING.match(before)
        or _TOTAL_GIVEN.search(before)
        or _PART_YEAR_OPENING.match(before)
        or _CUMULATIVE_AFTER.match(after)
    ):
        return Kind.CUMULATIVE
    if _NOT_GIVEN.search(before[-_NOT_GIVEN_CHARS:]) or _NOT_GIVEN.search(after[:_NOT_GIVEN_CHARS]):
        return Kind.TARGET
    if _ASKED_FOR.search(before[-60:]):
        return Kind.TARGET
    if qualifier in ("at_least", "up_to") and _PLEDGE_VERB.search(before[-120:]):
        return Kind.TARGET
    if _PLEDGE_SUBJECT.search(before[-120:]) or _promised_loan(before, after):
        return Kind.TARGET
    return Kind.INCREMENT


# A year right after a figure is its own: "Latvia will provide €110 million in 2026", even when a
# range stands before it ("0.25% of GDP a year in 2025-2027, Latvia will provide").
_OWN_YEAR_AFTER = re.compile(
    # after its conversion, too: "2,2 milliards d'euros (environ 2,3 milliards de dollars) en 2025"
    r"^\s*(?:\([^()]{0,60}\)\s*)?(?:in|for|im Jahr|für|en|pour)\s+(20\d\d)\b"
    # not the first of two years: "pour 2026 et 2027", "in 2025-2027"
    r"(?!\s*(?:[-–/]|to|bis|à|and|und|et)\s*20\d\d)",
    re.IGNORECASE,
)


# Or a relative clause right after it that dates it: "the EUR 18.1 billion that the Union
# disbursed in 2025", "les 2 milliards qu'elle a versés en 2024" (before a range said of the
# figure before it: "the Facility for 2024-2027 and to the EUR 18.1 billion that ...").
_OWN_YEAR_CLAUSE = re.compile(
    r"^\s*,?\s*(?:that|which|qu['’]|que|die|das)\b[^.;,()]{0,60}?"
    # a month may come first: "which the Council adopted in July 2024", "que ... en juillet 2024"
    r"\b(?:in|en|im(?: Jahr)?) (?:(?:"
    + "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
    + r") )?(20\d\d)\b"
    r"(?!\s*(?:[-–/]|to|bis|à|and|und|et)\s*20\d\d)",
    re.IGNORECASE,
)


def promised_ahead(qualifier: str, period: str | None, published_year: int | None) -> bool:
    """Whether a package is a floor or ceiling for a later year than its report's: "will give
    Ukraine €126 million this year and at least €220 million next year" is a pledge for next
    year (a target), whichever verb stands before the list."""
    return (
        qualifier in ("at_least", "up_to")
        and period is not None
        and len(period) == 4
        and published_year is not None
        and int(period) > published_year
    )


def period_of(
    *,
    kind: Kind,
    year: int | None,
    published_year: int | None,
    before: str,
    after: str,
    late_in_year: bool = False,
) -> str | None:
    """'2024', or a range '2022-2025' (a running total: from its start to the report's year).

    `late_in_year`: the report is of the last quarter, when "the next two years" are the years
    after its own (`_next_years`)."""
    after = _own_clause(after)
    own = _OWN_YEAR_AFTER.match(after) or _OWN_YEAR_CLAUSE.match(after)
    if own and kind is not Kind.CUMULATIVE:
        return own.group(1)
    near = f"{before[-120:]} {after[:80]}"
    one_year = _WINTER.search(near) or _fiscal_year(near)
    if one_year and kind is not Kind.CUMULATIVE:
        return one_year.group(1)
    found = _YEAR_RANGE.search(near)
    if found:
        first, last = (g for g in found.groups() if g is not None)
        return f"{first}-{last}"
    ahead = _next_years(near, published_year, late_in_year)
    if ahead and kind is not Kind.CUMULATIVE:
        return ahead
    if kind is Kind.CUMULATIVE:
        since = _SINCE_YEAR.search(near) or _SINCE_YEAR.search(before[-200:])
        if since is None and _SINCE_FULL_SCALE.search(near):
            start = 2022
        elif since is None:
            return str(year) if year else None
        else:
            start = int(since.group(1))
        # The year read for a running total may be its start ("since February 2022"): it then
        # runs to the report's year.
        end = year if year and year > start else published_year
        return f"{start}-{end}" if end and start < end else None
    return str(year) if year else None


def _next_years(text: str, published_year: int | None, late_in_year: bool) -> str | None:
    """The range of "the next N years" (`_NEXT_YEARS`): from the report's year, which they
    include ("over the next four years" in February 2024: 2024-2027), or from the year after
    it when the report is of the last quarter and its year is nearly spent ("over the next two
    years" in December 2025: 2026-2027)."""
    ahead = _NEXT_YEARS.search(text)
    if ahead is None or published_year is None:
        return None
    count = _YEARS_COUNT[next(g for g in ahead.groups() if g).lower()]
    first = published_year + 1 if late_in_year else published_year
    return f"{first}-{first + count - 1}"


def _fiscal_year(text: str) -> re.Match[str] | None:
    """A fiscal year named in the text (`_FISCAL_YEAR`): two consecutive years."""
    found = _FISCAL_YEAR.search(text)
    if found and (int(found.group(1)) + 1) % 100 == int(found.group(2)):
        return found
    return None


def _own_clause(after: str) -> str:
    """The words after a figure up to the end of its clause."""
    end = _NEXT_CLAUSE.search(after)
    return after[: end.start()] if end else after


def periods_compatible(a: str | None, b: str | None, kind: str) -> bool:
    """Whether two periods can be one fact's: the same, or one unsaid (a restatement often drops
    the year); and for a running total, a year and a range that ends in it ("€2.9 billion" read
    for 2025, "since 2022": the total as it stands in 2025)."""
    if a is None or b is None or a == b:
        return True
    if kind != Kind.CUMULATIVE:
        return False
    year, span = (a, b) if len(a) == 4 else (b, a)
    return len(year) == 4 and len(span) == 9 and span.endswith(f"-{year}")


# Words that end a longer gap before a conversion, said of the figure before: "a €40.3m package
# of ammunition and equipment for Ukraine, worth almost CZK 1 billion", "1,5 Milliarden Franken
# eingeplant, rund 1,5 Milliarden Euro", "A$1.3 billion in total support since 2022, about €800
# million", "CAD 2bn in security assistance for 2025 (about €1.27bn)". A bare "about" is no cue:
# "the G7 loan of about $50 billion" is another sum.
_CONVERSION_AFTER_WORDS = re.compile(
    r"(?:[,(]\s*(?:(?:umgerechnet|soit|or|i\.e\.|equivalent to|corresponding to|converted|"
    r"also|d\.h\.|das sind|c\.-à-d\.)\s+)?|\bworth\s+|\b(?:corresponding|equivalent) to\s+)"
    r"(?:about|around|approximately|approx\.|roughly|some|nearly|almost|ca\.|rund|etwa|gut|"
    r"knapp|über|environ|près de|presque|~|≈)\s*$|"
    r"(?:,\s*(?:umgerechnet|soit|equivalent to|corresponding to|das sind)|\bworth)\s*$",
    re.IGNORECASE,
)
# How far a conversion after words may stand from its figure (one clause).
_CONVERSION_WORDS_CHARS = 120


def converts(gap: str, *, same_unit: bool, agree: bool) -> bool:
    """Whether a figure restates the one just before it in another currency: "€50 billion ($54
    billion)", from the text between them; or, when the two amounts agree in EUR (`agree`),
    after words on the first figure that end in a conversion's cue (2026.11.13)."""
    if same_unit:
        return False
    if len(gap) <= _CONVERSION_GAP_CHARS and _CONVERSION_GAP.match(gap):
        return True
    return (
        agree
        and len(gap) <= _CONVERSION_WORDS_CHARS
        and "\n" not in gap
        and _CONVERSION_AFTER_WORDS.search(gap) is not None
    )


# A dollar its surface names ("A$245 million", "C$2 billion", "NZD 16 million"), and a bare one.
_NAMED_DOLLAR = re.compile(r"^(?:[A-Z]{1,3}\$|(?:AUD|CAD|NZD|HKD|SGD|USD)\b)")
_BARE_DOLLAR = re.compile(r"^\$")


def another_dollar(prior_surface: str, surface: str) -> bool:
    """Whether a bare "$" figure right after one whose surface names its dollar is in another
    currency, whatever unit was read for each: "A$245 million ($164 million)", "C$2 billion
    ($1.46 billion)" give the US dollars beside the country's own."""
    return bool(_NAMED_DOLLAR.match(prior_surface) and _BARE_DOLLAR.match(surface))


# The words before a whole that announce its parts next: "Of the €7.1 billion, €2.5 billion",
# "Von den 11,5 Milliarden Euro für 2026 sollen 3 Milliarden Euro ...".
_WHOLE_CUE = re.compile(
    r"(?:^|[.,;:(]\s*)(?:of|out of|von|sur)\s+(?:the|these|den|diesen|les|ces)\s*$", re.IGNORECASE
)


def introduces_parts(before_whole: str) -> bool:
    """Whether the words just before a figure (in its sentence) announce parts of it next."""
    return bool(_WHOLE_CUE.search(before_whole))


# A sentence that opens by naming the sum said before, then gives a share of it: "Of the loan,
# €220 million will finance gas imports from the European Union and €80 million ...", "Sur ce
# prêt, 220 millions d'euros", "Von dem Kredit entfallen 220 Millionen Euro" (2026.11.16).
_SHARE_OPENING = re.compile(
    r"^\s*(?:(?:of|out of) (?:the|this|that)|sur (?:ce|cette|le|la)|von (?:dem|diesem|der|dieser))"
    # the sum itself, or the loan or grant it is, right before its share: not "Of the new money",
    # "Of the new allocation", which may name a package other than the nearest larger sum
    r"\s+(?:loan|grant|credit|sum|amount|prêt|montant|somme|crédit|Kredit|Darlehen|Betrag|"
    r"Summe)\s*,?\s*"
    r"(?:(?:entfallen|gehen|fließen|sind|about|around|some|nearly|almost|roughly|environ|"
    r"quelque|près de|rund|etwa)\s+)*$",
    re.IGNORECASE,
)


# "of which" right after a figure, and a verb: "€20m to the drone coalition ..., EUR 12m of
# which is for interceptor drones" (not "€500 million of which €200 million", whose parts follow).
_OF_WHICH_AFTER = re.compile(
    r"^\s*of which\s+(?:is|are|was|were|will|would|goes|go|went)\b", re.IGNORECASE
)


def names_a_share(before: str, after: str = "") -> bool:
    """Whether the words just before a figure say it is a share of the figure before ("of
    which", "Of the total, ...", "davon", "Of the loan, ..."), or right after it ("EUR 12m of
    which is for"), whatever giver was read for each."""
    return bool(
        _STRONG_PART_CUE.search(before[-_PART_GAP_CHARS:])
        or _SHARE_OPENING.match(before)
        or _OF_WHICH_AFTER.match(after)
    )


# A sum that raises a larger one to its level, in the words between them: "an additional £500
# million for Ukraine, taking the UK's military support for Ukraine this year to £3 billion",
# "an extra 500 million pounds ..., raising its support to a record 3 billion pounds".
_RAISES_TO = re.compile(
    r"\b(?:taking|bringing|raising|lifting|(?:which |that )?(?:takes|brings|raises|lifts))\b"
    r"[^.;]{0,80}?\bto\s+(?:(?:about|around|some|nearly|almost|roughly|over|more than|a|"
    r"record|new|total of)\s+)*$",
    re.IGNORECASE,
)


def raises_to(between: str) -> bool:
    """Whether the words between a sum and a larger one after it say the sum brings it to its
    level: a part stated before its whole, when the whole is a package or a year's sum (a
    running total is a fact of its own: `kind_of`)."""
    return _RAISES_TO.search(between) is not None


# A sentence that opens on the extra money told before and lifts a budget with it, to the sum
# right after: "The extra money will lift Spain's defence spending to about", "Das zusätzliche
# Geld hebt die Verteidigungsausgaben auf rund", "Cette rallonge portera le budget à".
_LIFTED_BY_IT = re.compile(
    r"^\W*(?:the|this|that|these)\s+(?:extra|additional|new)\s+(?:money|funds|funding|sum|spending"
    r"|amount)\s+(?:will|would|is\s+to|should)?\s*(?:lifts?|brings?|raises?|takes?|pushes?)\b"
    r"[^.;]{0,80}?\bto\s+(?:(?:about|around|some|nearly|almost|roughly|over|more than)\s+)*$"
    r"|^\W*(?:das|dieses|die)\s+(?:zusätzliche|neue)n?\s+(?:Geld|Mittel|Summe)\s+(?:hebt|heben"
    r"|bringt|bringen|wird|werden)\b[^.;]{0,80}?\bauf\s+(?:(?:rund|etwa|knapp|über)\s+)*$"
    r"|^\W*(?:cette|ces)\s+(?:rallonge|hausse|somme|enveloppe|fonds)\s+(?:supplémentaires?\s+)?"
    r"(?:portera|porte|porteront|portent|fera\s+passer|fait\s+passer)\b[^.;]{0,80}?\bà\s+"
    r"(?:(?:environ|près\s+de|quelque|plus\s+de)\s+)*$",
    re.IGNORECASE,
)


def lifted_by_it(before_whole: str) -> bool:
    """Whether the words before a budget (in its sentence) say the extra money told before
    lifts it to that sum: the money is a part of it, told first."""
    return _LIFTED_BY_IT.search(before_whole) is not None


# A larger sum that the words right before it say a package is paid from: "a £350m drone
# package, funded from the £3 billion a year London has promised", "It will be drawn from the
# £3 billion", "his country's contribution ... would be drawn from the €1 billion the government
# has set aside", "wird aus den Mitteln der Ertüchtigungsinitiative finanziert, für die ... rund".
_PAID_FROM = re.compile(
    r"\b(?:drawn|taken|paid|financed|funded|comes?|coming)\s+(?:out\s+)?(?:from|out of)\s+"
    r"(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,2}$|"
    # 2026.11.14: "The package is the first tranche of the EUR 1 billion that the Federal
    # Government has budgeted"
    r"\b(?:first|second|third|next|latest|an?|one)\s+(?:tranche|instalment|installment)\s+of\s+"
    r"(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,2}$|"
    r"\baus (?:den Mitteln|dem Topf)\b[^.;]{0,120}$|"
    # 2026.11.14: "Finanziert wird das Paket aus den rund", "Das Geld stammt aus dem laufenden
    # Budget für die Militärhilfe, das dieses Jahr bei"
    # (not "Hinzu kommen Mittel aus dem Sondervermögen, das mit": money besides, not its source)
    r"\b(?:finanziert|bezahlt|stammt|stammen)\b[^.;]{0,60}?"
    r"\baus (?:den|dem|der)\b[^.;]{0,120}$|"
    # 2026.11.18: the verb after the sum, "Das Paket wird aus den im Bundeshaushalt 2025
    # eingestellten 9 Mrd. Euro ... finanziert"; "sera financé sur l'enveloppe de", "prélevé sur"
    r"\b(?:das Paket|die Hilfe|das Geld|die Mittel|es|sie|er)\s+(?:wird|werden)\s+"
    r"aus (?:den|dem|der)\b[^.;]{0,120}$|"
    r"\b(?:financée?s?|prélevée?s?)\s+sur\s+(?:les?|la|l'|l’)\s*(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


# A sentence that opens on a sum told with the money just before it and says "thus" before the
# whole: "Together with the €4 billion already budgeted, Germany thus provides €7 billion this
# year", "Zusammen mit den bereits eingeplanten vier Milliarden Euro stehen damit 2025 rund",
# "Insgesamt fließen 2025 damit", "Au total, la Belgique consacre ainsi". The whole is the top-up
# before it and the base named in it, added up (clusters README: a top-up and the allocation
# first planned are part_of the new annual total).
_TOTALLED_WITH_IT = re.compile(
    r"^\W*(?:together with|along with|combined with|in total|all told|altogether|zusammen mit"
    r"|gemeinsam mit|insgesamt|au total|en tout|avec)\b[^.;]{0,160}?"
    r"\b(?:thus|damit|somit|ainsi)\b[^.;]{0,80}$",
    re.IGNORECASE,
)


def totalled_with_it(before_whole: str) -> bool:
    """Whether the words before a sum (in its sentence) say it adds up the money just told: the
    sums before it that it is made of are its parts."""
    return _TOTALLED_WITH_IT.search(before_whole) is not None


def paid_from(before_whole: str) -> bool:
    """Whether the words just before a sum (in its sentence) say the package stated before it is
    paid from it, or is a tranche of it: a part before its whole (2026.11.13, 2026.11.14)."""
    return _PAID_FROM.search(before_whole) is not None


# A sum named as a package: "a 31st package worth €114 million", "des Winterpakets (1,3 Mrd.
# Euro)", "€114 million package". Not a package of one's own spending ("a defence package",
# "Verteidigungspaket", "un paquet budgétaire").
_NOT_AID_PACKAGE = (
    r"(?<!defence )(?<!defense )(?<!spending )(?<!budget )(?<!fiscal )(?<!stimulus )"
    r"(?<!investment )(?<!infrastructure )"
)
_PACKAGE_BEFORE = re.compile(
    rf"{_NOT_AID_PACKAGE}\b(?:package|(?!Verteidigungs|Konjunktur|Finanz|Spar)\w*[Pp]akets?|"
    r"paquet)\s+(?:worth|of|valued at|im (?:Wert|Umfang) von|von|de|d['’]une valeur de)?\s*"
    r"(?:\(\s*)?(?:(?:about|around|some|nearly|rund|etwa|environ|près de)\s+)?$",
    re.IGNORECASE,
)
_PACKAGE_AFTER = re.compile(r"^\s*(?:package|Paket|paquet)\b", re.IGNORECASE)


def names_a_package(category: str, before: str, after: str) -> bool:
    """Whether a sum the extractor read as defence spending is named as a package, of aid: a
    country's own spending is a budget, never a package (2026.12). Its sentence must not speak of
    one's own defence spending (`_DEFENCE_SPENDING`)."""
    return (
        category == "defense_spending"
        and bool(_PACKAGE_BEFORE.search(before[-80:]) or _PACKAGE_AFTER.match(after))
        and not _DEFENCE_SPENDING.search(f"{before} {after}")
        and not _OWN_BUDGET.search(before[-120:])
    )


def names_a_part(before: str) -> bool:
    """Whether the words just before a figure (in its sentence) present it as a part of a
    larger sum: "of which", "consists of", "Of the total, ...", "davon"."""
    return bool(_PART_CUE.search(before[-_PART_GAP_CHARS:]))


def drawn_from(after: str, whole_sentence: str) -> bool:
    """Whether the words right after a figure say it is drawn from the facility or fund that a
    larger figure's sentence names ("the €50 billion Ukraine Facility" ... "a first payment of
    €4.5 billion under the Facility"): a part of that figure."""
    found = _DRAWN_FROM.match(after)
    if found is None:
        return False
    noun = found.group("en") or found.group("fr")
    return re.search(rf"\b{noun}\b", whole_sentence, re.IGNORECASE) is not None


def names_a_part_after(before: str, after: str) -> bool:
    """Whether the words around a figure present it as a part of a larger sum, after it ("of
    the new package") or as a rise ("€2.9 billion more than this year", "an increase of")."""
    return bool(
        _PART_AFTER.match(after)
        or _RISE_AFTER.match(after)
        or _RISE_BEFORE.search(before)
        or _PART_BEFORE.search(before)
    )


def allotted(after: str) -> bool:
    """Whether the words right after a figure allot it to a purpose ("would go to air
    defence"): a part of the larger sum before it, and the first of a list of such parts."""
    return _ALLOTTED_AFTER.match(after) is not None


def refers_back(after: str) -> bool:
    """Whether the words right after a figure make it a part of a sum said before ("€250 million
    of it will go to"): the sum it refers to is the nearest larger one it can be a part of, not
    necessarily the nearest larger one (2026.11.14)."""
    return _OF_IT.match(after) is not None


def given_for_reference(before: str) -> bool:
    """Whether the words just before a figure, since the figure before it, give it as a reference
    for another ("up from", "the previous decision covered"): it is no whole of later parts."""
    return compares(before[-_REFERENCE_CHARS:])


class _Attributed(Protocol):
    @property
    def category(self) -> str: ...
    @property
    def donor(self) -> str | None: ...
    @property
    def recipient(self) -> str | None: ...
    @property
    def attribution(self) -> dict[str, str]: ...


def can_be_part(part: _Attributed, whole: _Attributed, *, any_giver: bool = False) -> bool:
    """Whether a figure can be a part of a larger one near it, as far as their attributes tell:
    not when both name givers in their own sentences and they differ ("€65 billion from
    Washington, ... including Sweden's €1.45 billion package"), nor aid to a receiver inside a
    country's own budget ("The budget includes €100 million in military aid for Ukraine": the aid
    is a fact of its own). A giver read from context is a guess, which tells nothing: "The first
    €10 million is to be paid in March", read as Finland's, after "€30 million ..., joining a
    scheme funded mainly by Denmark, the Netherlands and Canada", read as theirs. `any_giver`: the
    words say it is a part whatever giver was read (a later sum of a listed parts)."""
    gives_way = any_giver or (
        weakly_attributed(part.attribution.get("donor"))
        and not weakly_attributed(whole.attribution.get("donor"))
    )
    if not gives_way and not donors_compatible(part.donor, whole.donor):
        return False
    return not (
        part.category in AID_CATEGORIES
        and part.category != "aid_total"
        and part.recipient is not None
        and whole.category == "defense_spending"
    )


def compares(before: str) -> bool:
    """Whether the words before a figure, since the figure before it, give it for comparison."""
    return bool(_COMPARISON.search(before))


# What an amount says about the true value, as a relative interval: reporters round ("€7.1bn",
# "€7 billion"), "over 200 million" is a little more, "about 50" either side.
_SPANS = {
    "exact": (Decimal("-0.02"), Decimal("0.02")),
    "approx": (Decimal("-0.06"), Decimal("0.06")),
    "over": (Decimal(0), Decimal("0.15")),
    "at_least": (Decimal(0), Decimal("0.15")),
    "under": (Decimal("-0.15"), Decimal(0)),
    "up_to": (Decimal("-0.15"), Decimal(0)),
}
# A conversion at another day's rate moves an amount by a few percent.
_CURRENCY_SLACK = Decimal("0.04")
# Significant digits that make an amount precise enough to identify a fact on its own.
_PRECISE_DIGITS = 3
# ... and to identify it within one news event (a week): "DKK 4.2 billion", "4.7%", not "€4bn"
# or "2%", which a giver names for two years, or as a goal beside its level.
EVENT_DIGITS = 2
# The widest reach of an interval: candidates further apart never agree.
WINDOW = Decimal("0.35")


def amounts_agree(
    a: Decimal | None,
    a_qualifier: str,
    a_unit: str,
    b: Decimal | None,
    b_qualifier: str,
    b_unit: str,
) -> bool:
    """Whether two amounts (in EUR, or percentage points) can state the same fact: the intervals
    their qualifiers give overlap ("over 50" and "about 50" do; "20" and "50" do not)."""
    if a is None or b is None or (a_unit == "percent") != (b_unit == "percent"):
        return False
    if a == b:
        return True
    if a_unit == b_unit == "percent" and a_qualifier == b_qualifier == "exact":
        # two shares given to the same digit are two figures when that digit differs ("4.7%"
        # this year, "4.8%" next year), while "4.81%" rounds to "4.8%"
        step = max(_digit(a), _digit(b))
        if a.quantize(step, ROUND_HALF_UP) != b.quantize(step, ROUND_HALF_UP):
            return False
    slack = _CURRENCY_SLACK if a_unit != b_unit else Decimal(0)
    a_low, a_high = _interval(a, a_qualifier, slack)
    b_low, b_high = _interval(b, b_qualifier, slack)
    return a_low <= b_high and b_low <= a_high


def _digit(amount: Decimal) -> Decimal:
    """The place of an amount's last significant digit: 0.1 for 4.8, 1 for 2, 10 for 60."""
    exponent = amount.normalize().as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)


def _interval(amount: Decimal, qualifier: str, slack: Decimal) -> tuple[Decimal, Decimal]:
    low, high = _SPANS.get(qualifier, _SPANS["approx"])
    return amount * (1 + low - slack), amount * (1 + high + slack)


class _Amount(Protocol):
    @property
    def value(self) -> Decimal: ...
    @property
    def unit(self) -> str: ...
    @property
    def qualifier(self) -> str: ...


def significant_digits(value: Decimal) -> int:
    """How precisely an amount is given: "47.2" has three significant digits, "100" one."""
    return len(value.normalize().as_tuple().digits)


def same_precise_amount(a: _Amount, b: _Amount, digits: int = _PRECISE_DIGITS) -> bool:
    """The very same exact amount with three (`digits`) or more significant digits ("€47.2
    billion", "PLN 186.6 billion"): two reports of one fact, whatever year the extractor read
    for each. A round amount ("€100 million") says too little: one giver sends it in two
    years."""
    if (a.value, a.unit) != (b.value, b.unit) or not a.qualifier == b.qualifier == "exact":
        return False
    return significant_digits(a.value) >= digits


def two_exact_sums(a: _Amount, b: _Amount) -> bool:
    """Whether two exact amounts in one currency are two sums, not one rounded: they differ,
    and the more precise, rounded to the other's significant digits, is not the other ("$571.3
    million" and "$567 million"; but "€7.14 billion" and "€7.1 billion" may be one). Said of
    two figures of one report, which gives a fact once precisely (2026.11.17)."""
    if a.unit != b.unit or not a.qualifier == b.qualifier == "exact" or a.value == b.value:
        return False
    digits = min(significant_digits(v) for v in (a.value, b.value))
    coarse, fine = sorted((a.value, b.value), key=significant_digits)
    return _round_to(fine, digits) != coarse


def _round_to(value: Decimal, digits: int) -> Decimal:
    """`value` rounded to `digits` significant digits."""
    exponent = value.adjusted() - digits + 1
    return value.quantize(Decimal(1).scaleb(exponent), rounding="ROUND_HALF_UP").normalize()
