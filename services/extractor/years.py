"""Year rules of extractor 2026.11.30 (issue 10): times a story fixes beyond a figure's sentence.

- A story about one budget (its headline or lead names it by a year that has not passed: "Poland's
  2026 budget draft", "Haushaltsentwurf 2027", "Budget 2027 :") dates the lines of that budget
  its later sentences tell without a year of their own ("Of the defence total, 124 billion
  zlotys ...", "Die Nettokreditaufnahme ist mit 89,3 Milliarden Euro veranschlagt"), after an
  aside on this year or an earlier one.
- A sum or share followed right away by the stretch it runs over ("€8 billion since the
  invasion", "63% of all military aid allocated since the start of the war", "6 milliards d'euros
  d'aide militaire depuis le début de l'invasion") is of no one year, whatever year its clause
  named before it ("spent 2.4% of GDP last year and had given ... €8 billion since the invasion").
- So does a budget named by its year for the relative clause after it ("approved the 2025 budget,
  which raises defence spending to HUF 1,612 billion"), though the comma starts a new clause.
- A sum for two years named together ("a loan for 2026 and 2027", "prêter 90 milliards d'euros
  à l'Ukraine en 2026 et 2027", "für die Jahre 2026 und 2027") is of neither year alone.
- A level told as the current one ("currently around 1% of GDP", "heute sind es rund 0,7
  Prozent", "von derzeit etwa 0,1 Prozent") is of no year: the present tense fixes none.
- A past year told in the pluperfect ("Congress had approved $113 billion in 2022", "Im
  vergangenen Jahr hatte das Ministerium 96 Millionen Euro aufgewendet") is an aside: the news
  after it stays in the story's own time.
- A change measured on a base year ("an increase of NOK 19 billion from 2024", "a rise of about
  EUR 2.6 billion on this year", "a rise of 13 percent from this year") is of the year after
  the base: the year of the level it leads to.
- A part of a standing instrument told as such ("Pillar I provides €38.27 billion", "The Facility
  combines €33 billion in loans with €17 billion in grants", "Die dritte Säule, rund 4,8
  Milliarden Euro") is, like the instrument's size, of no year the story has reached; a payout
  from it is ("disbursed", "a tranche", "ausgezahlt").
- So is the G7's loan scheme backed by Russian assets told as a whole or by its members' shares
  ("the ERA initiative ... will provide Ukraine with around USD 50 billion in loans", "des prêts
  dits ERA de 50 milliards de dollars"): lent over several years, of no one year, though the
  sentence names the year it was agreed; money paid out of it is of the year paid.
- "The first since 2022" ("a small nominal cut, the first since 2022", "der erste Besuch eines
  deutschen Finanzministers seit Beginn des Angriffskriegs") counts from a start, but no sum runs
  over it: the story's time is not left undated by it.
- A fiscal year named by the month it starts in ("the fiscal year starting in April", "l'exercice
  qui commence en avril") is the one that starts next after publication: a budget approved in
  December for "the fiscal year starting in April" is next year's.
"""

import datetime
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from services.extractor import dispatch, lexicon, numbers

if TYPE_CHECKING:
    from services.extractor.context import Sentence

# A budget named by its year: "the 2027 budget", "a draft 2026 budget", "2026 defense budget",
# "Haushaltsentwurf 2027", "Etatentwurf 2027", "Voranschlag 2025", "Budget des armées 2026",
# "budget for 2026".
_BUDGET_NAMED = re.compile(
    r"\b(?P<pre>(?:19|20)\d\d)\s+(?:(?:draft|proposed|revised|defen[cs]e|military|state|federal"
    r"|national)\s+){0,2}(?:budget|Haushalt)"
    # (a German compound too: "Beratungen über den Bundeshaushalt 2026")
    r"|\b(?:budget|\w*haushalt\w*|\w*etat\w*|Voranschlag|Doppelbudget|loi\s+de\s+finances"
    r"|PLF)"
    r"\s+(?:des\s+armées\s+|de\s+la\s+défense\s+)?(?:pour\s+|de\s+|für\s+|for\s+)?"
    # (not a budget for two years: "das Doppelbudget für 2025 und 2026")
    r"(?P<post>(?:19|20)\d\d)(?![\w-]|[–/-]\d|\s+(?:and|und|et)\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)

# A budget bill, which a lead's "next year" or "the fiscal year starting in April" dates.
_BUDGET_BILL = re.compile(
    r"\b(?:(?:draft|state|federal|national|defen[cs]e|military)\s+budget|budget\s+(?:request"
    r"|proposal|draft|bill)|Haushalt\w*|Voranschlag|\w*[eE]tat\w*|Bundesbudget"
    r"|loi\s+de\s+finances)\b",
    re.IGNORECASE,
)

# A budget named by its year, then a relative clause telling its sums: "approved the 2025
# budget, which raises defence spending to HUF 1,612 billion".
_BUDGET_WHICH = re.compile(
    r"(?:" + _BUDGET_NAMED.pattern + r")\s*,\s+(?:which|that|qui|der|die|das)\s*$", re.IGNORECASE
)


def budget_clause_year(text: str, start: int) -> int | None:
    """The year of the budget named right before the relative clause the figure at `start`
    stands in ("the 2026 budget, which lifts defence spending to EUR 5.1 billion"): the clause
    tells that budget's sums, though a comma parts it from its year."""
    lo = 0
    for brk in lexicon.CLAUSE_BREAK.finditer(text, 0, start):
        lo = brk.end()
    if lo == 0:
        return None
    named = _BUDGET_WHICH.search(text, max(0, lo - 80), lo)
    if named is None:
        return None
    return int(named.group("pre") or named.group("post"))


def budget_year(title: str | None, lead: str | None, published: datetime.date | None) -> int | None:
    """The year of the budget a story is about, when its headline (else its lead) names a
    budget by a year that has not passed at publication."""
    if published is None:
        return None
    for text in (title, lead):
        if not text:
            continue
        for match in _BUDGET_NAMED.finditer(text):
            year = int(match.group("pre") or match.group("post"))
            if year >= published.year:
                return year
        dated = _budget_ahead(text, published) if text is lead else None
        if dated is not None:
            return dated
    return None


def planned(text: str) -> bool:
    """True when a sentence tells its aid as a line of a budget or a plan ("sind 11,5 Milliarden
    Euro eingeplant", "Davon sollen 170 Millionen Euro in die Ukraine fließen"), not as aid
    given apart from it ("The cabinet separately approved HUF 1.5 billion of winter aid")."""
    return bool(lexicon.BUDGETING.search(text) or lexicon.FUTURE.search(text))


def _budget_ahead(lead: str, published: datetime.date) -> int | None:
    """The year of the budget bill a lead dates relatively: "the state budget for next year",
    "den Voranschlag für das kommende Jahr", "a record defence budget ... for the fiscal year
    starting in April"."""
    if not _BUDGET_BILL.search(lead):
        return None
    if any(lexicon.relative_offset(m) == 1 for m in lexicon.RELATIVE_TIME.finditer(lead)):
        return published.year + 1
    starts = fiscal_starts(lead, published.year + (published.month - 1) / 12)
    return starts[0][2] if starts else None


# "the fiscal year starting in April", "the financial year that begins in July", "l'exercice
# qui commence en avril" (not one with its year: "starting in April 2026" is dated as written).
_FISCAL_START = re.compile(
    r"(?:\b(?:fiscal|financial|budget)\s+year\s+(?:(?:that|which)\s+)?(?:starting|beginning"
    r"|starts|begins)\s+(?:in|on\s+1)\s+(?P<month>(?-i:[A-Z][a-z]+))"
    r"|\bexercice\s+(?:qui\s+(?:commence|débute)|commençant|débutant)\s+(?:en|le\s+1er)\s+"
    r"(?P<mois>[a-zéû]+))(?!\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)


def fiscal_starts(text: str, moment: float | None) -> list[tuple[int, int, int]]:
    """(start, end, year) of each fiscal year `text` names by the month it starts in, dated by
    the publication date (`moment`, a fractional year): the next such month to come."""
    if moment is None or ("year" not in text and "exercice" not in text):
        return []
    year = int(moment)
    month = round((moment - year) * 12) + 1
    found = []
    for match in _FISCAL_START.finditer(text):
        name = (match.group("month") or match.group("mois") or "").lower()
        number = lexicon.MONTH_NUMBER.get(name)
        if number is None:
            continue
        found.append((match.start(), match.end(), year + (number < month)))
    return found


# How far after a figure the stretch it runs over may start: its own words between ("€8 billion
# in military aid to Ukraine since", "63% of all military aid allocated since").
_SPAN_WITHIN = 70
_COMMA = re.compile(r",(?!\d)")
# A stretch told by its start or its two ends: "since", "seit", "depuis", "between", "entre".
_START = re.compile(r"(?:since|seit|depuis|between|zwischen|entre)\b", re.IGNORECASE)


def runs_over_years(text: str, end: int, hi: int, marks: Sequence[int]) -> bool:
    """True when the figure ending at `end` is followed, before `hi` (its clause's end) and
    within a few words, by a stretch of years or a start ("since the invasion", "so far",
    "between 2022 and 2024") with no year nor figure between (`marks`: where the sentence's
    years and other figures start): it is a total over that stretch. A recurring sum ("€1
    billion a year") is not."""
    limit = min(hi, end + _SPAN_WITHIN)
    marker = lexicon.NO_SINGLE_YEAR.search(text, end, limit)
    if marker is None:
        return False
    if lexicon.YEARLY.match(text, marker.start()):
        # a yearly average over a stretch told by its ends is of no one year: "an average of €21
        # billion a year from 2022 to 2024" (not "€5 billion a year from 2028")
        stretch = lexicon.TWO_ENDED.match(text, marker.end() + 1)
        return stretch is not None and stretch["first"] != stretch["last"]
    if lexicon.UNTIL.match(text, marker.start()):
        return False  # "bis 2035": a deadline or an end, which year_of reads
    # a year or figure between, or a year right after "so far" ("so far this year"): that
    # year's (a year inside a start, "since it was launched last year", is the start's)
    start = _START.match(text, marker.start()) is not None
    if any(end <= mark < marker.start() for mark in marks):
        return False
    if not start and any(marker.end() <= mark <= marker.end() + 1 for mark in marks):
        return False
    if _COMMA.search(text, end, marker.start()):
        return False  # "50,5 milliards d'euros, conformément à la loi ... 2024-2030"
    return lexicon.no_single_year(text, end, marker.end(), figure_end=end)


# Verbs of reaching or spending a level: "will reach 2% of GDP on defence this fiscal year", "a
# atteint l'an dernier l'objectif de 2 %", "consacrera cette année 2,07 % de son PIB".
_MET = re.compile(
    r"\b(?:reach\w*|meet\w*|met|hit|achiev\w*|spend\w*|spent|lift\w*|erreich\w*|ausgeb\w*"
    r"|ausgegeben|aufwend\w*|atteindre|atteint\w*|atteindr\w*|consacr\w*|porter|dépens\w*)\b",
    re.IGNORECASE,
)
# The year a target was set in, not met in: "agreed in Wales in 2014", "fixée par les alliés en
# 2014", "vereinbart 2014".
_SET_BEFORE = re.compile(
    r"\b(?:agreed|set|adopted|endorsed|fix\w*|décid\w*|convenu\w*|vereinbart\w*|beschlossen"
    r"|festgelegt)\b[^.;,]{0,30}$",
    re.IGNORECASE,
)


# A level measured against the target rather than reached: "above NATO's guideline of 2%", "loin de
# la cible de 2 %"; and another level between the verb and the figure ("spend 2.4% ..., well
# above NATO's target of 2%").
_AGAINST = re.compile(
    r"\b(?:above|below|short\s+of|beyond|under|compared|than|au-dessus|en\s+deçà|loin|über|unter)\b"
    r"|\d\s*(?:%|per\s*cent|Prozent|pour\s+cent)",
    re.IGNORECASE,
)

# The alliance's target named as what is to be met: "NATO's benchmark", "the alliance's target".
_ALLIANCE = re.compile(r"\b(?:NATO|OTAN|Nato|alliance|Alliance|allies|Bündnis\w*|Alliierten)\b")


def met_in(
    text: str, clause: tuple[int, int], span: tuple[int, int], year: tuple[int, int] | None
) -> bool:
    """True when the target level at `span` is told as reached or spent in the year its clause
    states after the verb (`year`, that year's span): "Canada will reach 2% of GDP on defence
    this fiscal year", "Luxembourg a atteint l'an dernier l'objectif de 2 %". Not the year the
    target was set in, nor a target a level is measured against."""
    if year is None:
        return False
    lo, hi = clause
    start, end = span
    verbs = list(_MET.finditer(text, lo, start))
    if not verbs or not lo <= year[0] < hi:
        return False
    verb = verbs[-1]
    if year[0] < verb.start() or _AGAINST.search(text, verb.end(), start):
        return False
    first = verbs[0]
    alliance = _ALLIANCE.search(text, first.end(), start)
    if alliance and not lexicon.REACHED.search(text, first.start(), start):
        return False  # "will meet NATO's benchmark of 2% this year": the alliance's target
    if year[0] >= end and "," in text[end : year[0]]:
        return False  # "2%, a guideline that two thirds of them met last year"
    return _SET_BEFORE.search(text, max(lo, year[0] - 40), year[0]) is None


# A target told as met, in the past: "met", "has reached", "hat ... erreicht", "a atteint".
_MET_PAST = re.compile(
    r"\b(?:met|reached|achieved|erreicht\w*|erfüllt\w*|atteint|rempli|respecté)\b", re.IGNORECASE
)
# The alliance holding the target, named right before the share: "NATO's 2% target", "das
# Nato-Ziel von 2 Prozent", "l'objectif de l'OTAN de 2 %", "the alliance's 2% guideline".
_ALLIANCE_BEFORE = re.compile(r"\b(?:NATO|OTAN|Nato|alliance|Alliance|Bündnis\w*)\b[^.;,\d]{0,30}$")
# ... or right after it: "l'objectif de 2 % de l'OTAN", "the 2% guideline set by NATO".
_ALLIANCE_AFTER = re.compile(
    r"[^.;,\d]{0,40}?\b(?:of|by|de|par|der|von)\s+(?:l['’]\s*|la\s+|les\s+|the\s+|der\s+)?"
    r"(?:NATO|OTAN|Nato|alliance|Alliance|allies|alliés|Bündnis\w*|Alliierten)\b"
)
# A deadline in the clause: "2% of GDP by 2024", "bis 2035", "d'ici 2030".
_DEADLINE_IN = re.compile(
    r"\b(?:by|bis|d['’]ici|until)\s+(?:(?:19|20)\d\d|next|this)", re.IGNORECASE
)


def met_alliance_target(text: str, clause: tuple[int, int], span: tuple[int, int]) -> bool:
    """True when the share at `span` is the alliance's target, named as the alliance's or counted
    against by the allies, told as met ("23 of 32 allies met NATO's 2 percent target in 2024",
    "Every ally met the 2% guideline last year", "Im Vorjahr erreichten 23 Verbündete das
    Nato-Ziel von 2 Prozent"): a year there is when allies met it, and the alliance's guideline
    has none (README, settled; one ally meeting it is that ally's spending, context.py). Not a
    deadline the target was to be met by ("2% of GDP by 2024")."""
    lo, hi = clause
    start, end = span
    if _MET_PAST.search(text, lo, hi) is None or _DEADLINE_IN.search(text, lo, hi):
        return False
    return bool(
        _ALLIANCE_BEFORE.search(text, max(lo, start - 40), start)
        or _ALLIANCE_AFTER.match(text, end, hi)
        or lexicon.ALLIES_COUNTED.search(text, lo, start)
    )


# "currently", "derzeit", "heute sind es", "actuellement" just before a level, with no other
# figure between: the level now, of no stated year.
_NOW_BEFORE = re.compile(
    r"\b(?:currently|at\s+present|presently|derzeit|zurzeit|gegenwärtig|heute|actuellement)\b"
    r"[^.;:\d]{0,40}$",
    re.IGNORECASE,
)


# The same word further before a figure of any kind, in its own stretch of the sentence (no
# comma, no other number between): "un franc vaut actuellement environ 1,06 euro", "sind derzeit
# Vermögenswerte sanktionierter Personen von 7,4 Milliarden Franken blockiert".
_NOW_IN_STRETCH = re.compile(
    r"\b(?:currently|at\s+present|presently|derzeit|zurzeit|gegenwärtig|actuellement"
    r"|à\s+l['’]heure\s+actuelle)\b[^.;:,\d]{0,100}$",
    re.IGNORECASE,
)


# A share of GDP told as today's right after it: "from around 1.2% of GDP today towards 2% by
# 2033", "von 1,1 Prozent des BIP heute", "de 1,3 % du PIB aujourd'hui".
_SHARE_NOW_AFTER = re.compile(
    r"[\d.,\s]*(?:%|per\s*cent|percent|Prozent|pour\s+cent)"
    + lexicon.OF_GDP.pattern
    + r"\s+(?:today|now|heute|aujourd['’]hui)\b",
    re.IGNORECASE,
)


def current_level(text: str, start: int, unit: str) -> bool:
    """True when the share at `start` is told as the level now ("Defence spending, currently
    around 1% of GDP, is to reach 2% by 2033", "heute sind es rund 0,7 Prozent", "from 1.2% of
    GDP today"), or a figure of any kind is in the stretch "currently" opens: the present tense
    fixes no year, whatever year the sentence gives its goal or the story has reached."""
    if unit == "percent" and (
        _NOW_BEFORE.search(text, max(0, start - 60), start) is not None
        or _SHARE_NOW_AFTER.match(text, start) is not None
    ):
        return True
    return _NOW_IN_STRETCH.search(text, max(0, start - 130), start) is not None


# Two years named together as one stretch: "in 2026 and 2027", "pour les années 2026 et 2027",
# "für die Jahre 2026 und 2027" (not two figures' years in turn: "..., respectively").
_TWO_YEARS = re.compile(
    r"\b(?:19|20)\d\d\s+(?:and|und|et)\s+(?:19|20)\d\d\b"
    r"(?!,?\s+(?:respectively|respectivement|jeweils|beziehungsweise))",
    re.IGNORECASE,
)


def two_years(text: str, lo: int, hi: int) -> bool:
    """True when the clause [lo, hi) names two years together as the stretch its sum covers."""
    return _TWO_YEARS.search(text, lo, hi) is not None


# The pluperfect, which tells what came before the story's own time: "had approved", "hatte ...
# aufgewendet", "avait débloqué".
_PLUPERFECT = re.compile(
    r"\b(?:had|hatte|hatten|avait|avaient)\s+(?:\w+\s+){0,6}?(?:\w+ed|\w+en|ge\w+t|\w+é|\w+és"
    r"|\w+ée|\w+ées|given|spent|sent|lent|paid|put|made)\b",
    re.IGNORECASE,
)


def aside_before(text: str, stated: int, published: datetime.date | None) -> bool:
    """True when a sentence tells, in the pluperfect, of a year (`stated`) before its
    publication's: what came before the news, after which the story's time stays as it was."""
    if published is None or stated >= published.year:
        return False
    return _PLUPERFECT.search(text) is not None


def set_in(text: str, year: tuple[int, int] | None) -> bool:
    """True when the year at `year` is when a target was set ("The previous target, agreed in
    Wales in 2014, was 2%", "the goal of two per cent, set in Wales in 2014"): no deadline."""
    if year is None or _BY.match(text, year[0]):
        return False  # "agreed to reach 3.5% by 2035": a deadline
    return _SET_BEFORE.search(text, max(0, year[0] - 40), year[0]) is not None


_BY = re.compile(r"(?:by|bis|d['’]ici|until|for|pour|für)\b", re.IGNORECASE)


# A change named before its sum: "an increase of", "a rise of about", "ein Plus von", "une hausse
# de".
_CHANGE_BEFORE = re.compile(
    r"\b(?:increase|rise|hike|boost|jump|growth|Plus|Anstieg|Erhöhung|Zuwachs|hausse|augmentation"
    r"|progression)\s+(?:of|von|um|de|d['’])\s*(?:about|around|roughly|some|nearly|almost|more"
    r"\s+than|over|rund|etwa|gut|knapp|environ|près\s+de|plus\s+de)?\s*$",
    re.IGNORECASE,
)
# The base of that change right after the sum, before its year: "from", "on", "over",
# "compared with", "gegenüber", "par rapport à".
_BASE_BEFORE_YEAR = re.compile(
    r"\s*(?:(?:from|on|over|compared\s+(?:with|to)|gegenüber|im\s+Vergleich\s+zu|par\s+rapport"
    r"\s+à|sur)\s+)?(?:the\s+|l['’]\s*|le\s+|la\s+|dem\s+)?$",
    re.IGNORECASE,
)
_BASE_WORD = re.compile(
    r"(?:from|on|over|compared|gegenüber|im\s+Vergleich|par\s+rapport|sur)\b", re.IGNORECASE
)


def change_on_base(text: str, start: int, end: int, year: tuple[int, int] | None) -> bool:
    """True when the sum at [start, end) is a change named before it whose year (`year`, the
    span found for it) is the base right after it ("an increase of NOK 19 billion from 2024"):
    the change is the next year's."""
    if year is None or not 0 <= year[0] - end <= 12:
        return False
    if _CHANGE_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    lead = text[end : year[0]]
    return _BASE_BEFORE_YEAR.fullmatch(lead) is not None and (
        _BASE_WORD.match(text, year[0]) is not None or _BASE_WORD.search(lead) is not None
    )


# A percentage change told against a base right after it: "3.8% higher than the ¥8.7 trillion
# allocated for the current fiscal year", "supérieure de 12 % à celle de la même période de
# 2025", "4,5 Prozent höher als der Etat für 2025".
_AGAINST_BASE = re.compile(
    r"\s*(?:(?:higher|lower|more|less|above|below|bigger|smaller|larger|greater|mehr|weniger"
    r"|höher|niedriger)\s+(?:than|als)\b|(?:compared\s+(?:with|to)|gegenüber|im\s+Vergleich\s+zu"
    r"|par\s+rapport\s+à|à\s+(?:celui|celle)s?\b))(?:[^.;!?]|\.\d)*$",
    re.IGNORECASE,
)
# French puts the comparative before the percentage: "supérieure de 5 % au budget de 2025".
_HIGHER_BY_BEFORE = re.compile(r"\b(?:supérieur|inférieur)\w*\s+de\s+$", re.IGNORECASE)
_TO_BASE_AFTER = re.compile(r"\s*(?:à|au|aux)\b(?:[^.;!?]|\.\d)*$", re.IGNORECASE)
_AGAINST_SPAN = 80  # from the percentage to the base's year: the base sum and its words


def change_against_base(text: str, span: tuple[int, int], year: tuple[int, int] | None) -> bool:
    """True when the percentage at `span` is a change against a base whose year (`year`, its
    span) comes right after it: the change is of the year after the base's."""
    start, end = span
    if year is None or not 0 <= year[0] - end <= _AGAINST_SPAN:
        return False
    lead = text[end : year[0]]
    if _AGAINST_BASE.match(lead):
        return True
    return bool(
        _HIGHER_BY_BEFORE.search(text, max(0, start - 30), start) and _TO_BASE_AFTER.match(lead)
    )


# A gift told as the news of the report, its verb before the sum: promised, approved, released
# or given now ("approved a $600 million loan", "earmarking $65 million", "a annoncé 50 millions
# d'euros", "KfW gewährt ... einen Kredit über", "genehmigte ... Verträge über").
_NEWS_GIFT = re.compile(
    r"\b(?:pledg(?:es|ed)|promis(?:es|ed)|approv(?:es|ed)|earmark(?:s|ed|ing)|allocat(?:es|ed)"
    r"|commit(?:s|ted)|will\s+(?:make\s+available|support|fund|finance|put|send|give|provide)"
    r"|would\s+(?:put|send|give|provide|fund)|gewährt\w*|genehmigt\w*|bewilligt\w*"
    r"|a\s+(?:annoncé|promis|débloqué|mobilisé|alloué|octroyé)"
    r"|ont\s+(?:annoncé|promis|débloqué|mobilisé|alloué|octroyé))",
    re.IGNORECASE,
)
# The German verb of giving after its sum: "hat ... 25 Millionen Euro zugesagt", "stellt ... 100
# Millionen Euro ... bereit", "gab 30 Millionen Euro ... frei", "stockt ... um 30 Millionen auf".
_NEWS_GIFT_AFTER = re.compile(r"\b(?:zugesagt|bereit|frei|auf)\b", re.IGNORECASE)
# One more sum of a package told as going somewhere now or soon: "A further $5 million will
# support", "Another 5.2 billion yen will pay for", "Weitere 40 Millionen Euro gehen an".
_FURTHER_BEFORE = re.compile(
    r"^\W*(?:A\s+further|Another|An\s+additional|Weitere|Un\s+autre|Une\s+autre)\s+$",
    re.IGNORECASE,
)
_GOES_AFTER = re.compile(
    r"\b(?:will|goes|go|gehen|geht|fließen|fließt|sollen|soll|ira|iront|sera|seront)\b",
    re.IGNORECASE,
)
_GIVE_NOW_DE = re.compile(r"\b(?:hat|haben|stellt|stellen|gab|gaben|stockt|stocken)\b")


def news_gift(text: str, lo: int, hi: int, span: tuple[int, int]) -> bool:
    """True when the clause [lo, hi) tells the sum at `span` as a gift that is the report's news:
    its verb before it, or a German verb around it ("stellt ... 100 Millionen Euro ... bereit")."""
    start, end = span
    if _NEWS_GIFT.search(text, lo, start):
        return True
    if _FURTHER_BEFORE.search(text, lo, start) and _GOES_AFTER.search(text, end, hi):
        return True  # "A further $5 million will support humanitarian demining."
    return bool(_GIVE_NOW_DE.search(text, lo, start) and _NEWS_GIFT_AFTER.search(text, end, hi))


# A standing instrument's part as such: its pillars, or the Facility as a sentence's subject.
_INSTRUMENT_PART = re.compile(
    r"\b(?i:pillars?|Säulen?|piliers?)\b"
    r"|^\W*(?:The|This|Its|Die|Diese|La|Cette)\s+(?:\w+\s+)?(?:Facility|Fazilität|facilité)\b"
)
# Money paid out of it, which is of the year paid.
_PAYOUT = re.compile(
    r"disburs|\bpaid\b|\bpays?\b|tranche|versé|\bverse\b|ausgezahlt|auszahl|Auszahlung"
    r"|transferr|payout|released|freigegeben|signed|unterzeichnet|signé",
    re.IGNORECASE,
)


# A programme named by its length, right before its size: "a five-year envelope of 75 billion
# crowns", "a five-year defence budget of 43 trillion yen", "ein fünfjähriges Programm über",
# "une enveloppe pluriannuelle de".
_PROGRAMME_SIZE = re.compile(
    rf"(?:\b{lexicon.PROGRAMME_BY_LENGTH.pattern}\s+(?:of|worth|totall?ing|valued\s+at)"
    r"|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|mehr)jährig\w*\s+(?:[\w-]+\s+)"
    r"{0,2}?(?:von|über|in\s+Höhe\s+von)"
    r"|\b(?:pluriannuel|triennal|quinquennal|décennal)\w*\s+(?:[\w-]+\s+){0,2}?(?:de|d['’]))"
    rf"\s*(?:(?:{lexicon.ROUGHLY}|up\s+to|bis\s+zu|jusqu['’]à)\s+)?$",
    re.IGNORECASE,
)


def programme_size(text: str, start: int) -> bool:
    """True when the sum at `start` is the size of a programme named by its length just before
    it: a sum over its years, of none of them, whatever year it was launched in."""
    return _PROGRAMME_SIZE.search(text, max(0, start - 90), start) is not None


# What a weapon or programme costs, a few words before its sum in the same clause: "will cost",
# "whose total development cost is put at", "dont le coût pourrait dépasser", "coûtera",
# "die Kosten ... auf".
_COST_BEFORE = re.compile(
    r"\b(?:cost(?:s|ing)?|price\s+tag|co[uû]t\w*|Kosten|kostet)\b[^.;:,\d]{0,50}$",
    re.IGNORECASE,
)
_DATED_AFTER = 15  # "will cost $2 billion in 2026": a year right after the sum dates it


def thing_cost(
    text: str, span: tuple[int, int], clause: tuple[int, int], marks: Sequence[int]
) -> bool:
    """True when the sum at `span` is what a weapon or programme costs, told with no year
    between its cost word and it nor right after it (`marks`: where the sentence's years
    start): a procurement's cost over its life, of no one year (README, settled)."""
    start, end = span
    cost = _COST_BEFORE.search(text, max(clause[0], start - 60), start)
    if cost is None:
        return False
    return not any(cost.start() <= mark < end + _DATED_AFTER for mark in marks)


def instrument_part(text: str) -> bool:
    """True when a sentence tells a part of a standing instrument (its pillars, or the Facility
    as its subject) and no payout from it: no year the story has reached is that part's."""
    return _INSTRUMENT_PART.search(text) is not None and _PAYOUT.search(text) is None


# The G7's loans by their programme's name: "ERA loans", "prêts dits ERA", "ERA-Krediten".
_ERA = re.compile(r"\bERA\b")
# Money moving under those loans: paid out, lent now, allocated, flowing.
_LOAN_PAID = re.compile(
    _PAYOUT.pattern + r"|\blend\w*|\blent\b|prêter\w*|prêtera\w*|zahlte\w*|flow\w*|allocat\w*"
    r"|channel\w*",
    re.IGNORECASE,
)


# The G7 told as agreeing the loan, with words between: "the G7 agreed in June to provide
# Ukraine with a loan of $50 billion", "Die G7 hatten sich im Juni auf einen Kredit von rund 50
# Milliarden Dollar verständigt".
_G7_AGREED_LOAN = re.compile(
    r"\bG7\b[^.;]{0,50}?\b(?:agreed|agree|verständigt|geeinigt|sich|convenu|accord\w*)\b[^.;]{0,40}?"
    r"\b(?:loans?|Kredit\w*|Darlehen|prêts?)\b",
    re.IGNORECASE,
)


def g7_loans_unpaid(text: str) -> bool:
    """True when a sentence names the G7's loans backed by Russian assets and no payout of
    them ("is also lending Kyiv $5 billion as its share of the G7 loans"): a share of a scheme
    over several years, not money paid in one."""
    return lexicon.G7_LOAN.search(text) is not None and _PAYOUT.search(text) is None


def g7_loans_told(text: str) -> bool:
    """True when a sentence tells the G7's loans backed by Russian assets, or a member's share
    of them, with no money paid or lent under them: a scheme over several years."""
    return g7_loans_named(text) and _LOAN_PAID.search(text) is None


# A member's share of the G7's loans named right before its sum, no other sum between: "the EU's
# share of EUR 18.1 billion", "dont la part européenne atteint 18,1 milliards", "der EU-Anteil
# von bis zu 18,1 Milliarden Euro".
_G7_SHARE_NAMED = re.compile(
    r"\b(?:share|part|quote-part|\w*[Aa]nteil\w*)\b[^.;:\d$€£¥]{0,40}$", re.IGNORECASE
)
# ... or named right after it, as what the sum is: "is lending Kyiv ¥471.9 billion ($3 billion) as
# its share of the G7's loans", "leiht Kiew 2 Milliarden Euro als seinen Anteil", "prête 3
# milliards d'euros au titre de sa quote-part".
# ... or a member's own loan under them, the word right after its sum: "the UK's £2.26bn loan",
# "its 2 billion euro loan".
_G7_OWN_LOAN = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:[A-Za-z-]+\s+)?(?:loans?|Kredit|Darlehen)\b", re.IGNORECASE
)
_G7_SHARE_AFTER = re.compile(
    # (or its conversion in brackets: "($3 billion) as its share")
    r"\s*(?:\([^)]*\)\s*|\)\s*)?"
    # (and its borrower: "£2 billion to Ukraine as its share", "à l'Ukraine au titre de")
    r"(?:(?:to|an|à)\s+(?:the\s+|die\s+|l['’])?[A-Z][\w-]+\s+)?"
    r"(?:as\s+(?:its|their|her|his)|als\s+(?:sein|ihr)\w*"
    r"|(?:comme|au\s+titre\s+de)\s+(?:sa|leur))\s+(?:share|part|contribution|quote-part"
    r"|\w*[Aa]nteil\w*|Beitrag)\b",
    re.IGNORECASE,
)
# A payout verb governing the sum: "has disbursed $20 billion of its share", "transferred ¥471
# billion as its share", "a versé 3 milliards".
_PAID = re.compile(_PAYOUT.pattern + r"|transferr\w*|flowed", re.IGNORECASE)
# Where the next sum starts, to keep what is told after a sum to that sum.
_NEXT_SUM = re.compile(
    r"[$€£¥]|\d+(?:[.,]\d+)?\s*(?:[bm]illion|Milliarde|Million|milliard|million)"
)


def g7_loans_share(text: str, span: tuple[int, int], *, whole: bool) -> bool:
    """True when the sum at `span` is the G7's loans backed by Russian assets (`whole`, as the
    donor reading found) or a member's share of them named before it, and no payout of that sum
    is told: the loans and the shares run over several years (the articles' README, "Settled
    cases"); only a part paid out is of the year paid."""
    start, end = span
    if not g7_loans_named(text):
        return False
    before = text[max(0, start - 40) : start]
    cut = max(before.rfind(","), before.rfind(";"))
    if _PAID.search(before, cut + 1):
        return False  # "Washington has disbursed $20 billion of its share": money paid
    after = text[end : end + 80]
    following = _NEXT_SUM.search(after)
    if following is not None:
        after = after[: following.start()]  # (another sum's payout is its own)
    if _PAID.search(after) and (_NUMERIC_YEAR.search(after) or lexicon.MONTH_ONLY.search(after)):
        return False  # "its share of $5 billion, paid out in December 2024": of the year paid
    return (
        whole
        or _G7_SHARE_NAMED.search(text, max(0, start - 60), start) is not None
        or _G7_SHARE_AFTER.match(text, end) is not None
        or _G7_OWN_LOAN.match(text, end) is not None
    )


def g7_loans_named(text: str) -> bool:
    """True when a sentence names the G7's loans backed by Russian assets."""
    return (
        lexicon.G7_LOAN.search(text) is not None
        or _ERA.search(text) is not None
        or _G7_AGREED_LOAN.search(text) is not None
        or _REPAID_FROM_PROFITS.search(text) is not None
    )


# A loan told as repaid from the profits of Russia's immobilised assets, the G7's loans without
# their name: "repaid from the profits on immobilised Russian assets", "remboursables grâce aux
# revenus des avoirs russes gelés", "die aus den Erträgen russischer Vermögen getilgt werden".
_REPAID_FROM_PROFITS = re.compile(
    r"\b(?:repa(?:id|y\w*)|serviced|rembours\w*|getilgt|zurückgezahlt|bedient)\b[^.;]{0,50}?"
    r"\b(?:profits?|proceeds|windfall|revenus|bénéfices|Erträg\w*|Zinserträg\w*|Gewinn\w*)\b"
    r"[^.;]{0,50}?\b(?:Russian|russes?|russisch\w*)\b"
    r"|\b(?:Erträg\w*|Zinserträg\w*|Gewinn\w*)\b[^.;]{0,50}?\brussisch\w*[^.;]{0,50}?"
    r"\b(?:getilgt|zurückgezahlt|bedient)\b",
    re.IGNORECASE,
)


# A first of its kind since a start: "the first since 2022", "der erste Besuch ... seit", "le
# premier ... depuis".
_FIRST_BEFORE = re.compile(
    r"\b(?:first|erste[nmrs]?|premier|première)\b[^.;,]{0,60}$", re.IGNORECASE
)


def first_since_only(text: str) -> bool:
    """True when every stretch of years a sentence names is a "since" after a "first" ("the
    first since 2022"): it tells a record, not a total, and leaves the story's time as it was."""
    markers = list(lexicon.NO_SINGLE_YEAR.finditer(text))
    return bool(markers) and all(
        _START.match(text, m.start()) is not None
        and _FIRST_BEFORE.search(text, max(0, m.start() - 70), m.start()) is not None
        for m in markers
    )


# The German present of giving with its particle after the sum: "stellt ... 120 Millionen Euro für
# die Reparatur von Kraftwerken und Wärmenetzen bereit", "stockt ... um 30 Millionen Euro auf".
_PRESENT_DE = re.compile(r"\b(?:stellt|stellen|stockt|stocken|gibt|geben)\b")


def given_now(text: str, lo: int, hi: int, span: tuple[int, int]) -> bool:
    """True when the sum at `span` is given in the German present, its verb's particle after it
    however long the words between: news of the report, not of the past year told before."""
    start, end = span
    return bool(_PRESENT_DE.search(text, lo, start) and _NEWS_GIFT_AFTER.search(text, end, hi))


# A budget named by its year after "own": "Seoul's own 2025 defence budget", "its own 2026 budget".
_OWN_BUDGET = re.compile(
    r"\b(?:\w+['’]s|its|their)\s+own\s+(?P<year>(?:19|20)\d\d)\s+(?:(?:defen[cs]e|military"
    r"|state|federal|national)\s+)?budget\b",
    re.IGNORECASE,
)


def own_budget_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of each budget a sentence names by its year after "own" ("Seoul's own
    2025 defence budget rose 3.6% to 61.2 trillion won"), which the year patterns miss."""
    if "own" not in text:
        return []
    return [
        (m.start("year"), m.end("year"), int(m.group("year"))) for m in _OWN_BUDGET.finditer(text)
    ]


# A fiscal rule's limit named before its share: "the EU-Grenze von 3 Prozent", "la limite
# européenne de 3 %", "bien en deçà du seuil de 3 %", "the deficit limit of 3%".
_LIMIT_BEFORE = re.compile(
    r"\b(?:limit|ceiling|threshold|Grenze|Obergrenze|Defizitgrenze|Schuldengrenze|limite"
    r"|plafond|seuil)\s+(?:de\s+(?:déficit|dette)\s+)?(?:européen(?:ne)?\s+|de\s+Maastricht\s+"
    r"|de\s+Bruxelles\s+|der\s+EU\s+)?(?:of|von|de|d['’])\s*$"
    r"|\bEU-(?:Grenze|Obergrenze|Defizitgrenze|Schuldengrenze|Schwelle|Vorgabe)\s+von\s*$",
    re.IGNORECASE,
)
# Its holder before the share and the limit after it: "the EU's 3% ceiling", "the bloc's 3%
# deficit limit", "the central bank's 2% target", "the Bank of Korea's 2% target", "Maastricht's
# 60% debt threshold".
_HOLDER_BEFORE = re.compile(
    r"\b(?:EU|bloc|Union|Commission|Maastricht|(?:central\s+)?bank|ECB|Fed"
    r"|Bank\s+of\s+(?:[A-Z]\w+\s+)?[A-Z]\w+)['’]s\s+$"
    r"|\b(?:the|a|an)\s+(?:EU|European|Maastricht|euro-?zone)\s+$",
    re.IGNORECASE,
)
# A rule's limit told by its own name, with no holder needed: "the 60% reference value", "the 3%
# ceiling set by the fiscal rule", "die Obergrenze".
_RULE_AFTER = re.compile(
    r"\s*(?:of\s+GDP\s+)?(?:(?:deficit|debt)\s+)?(?:ceiling|reference\s+value|limit)\b",
    re.IGNORECASE,
)
# The EU's escape clause before the share it allows: "la clause dérogatoire ..., qui autorise un
# écart de 1,5 % du PIB au maximum", "the national escape clause, which allows up to 1.5%".
_ESCAPE_CLAUSE = re.compile(
    r"\b(?:escape\s+clause|clause\s+(?:dérogatoire|d['’]exemption|de\s+sauvegarde)"
    r"|\w*Ausweichklausel|\w*Ausnahmeklausel)\b[^.;\d]{0,120}$",
    re.IGNORECASE,
)
_LIMIT_AFTER = re.compile(
    r"\s*(?:of\s+GDP\s+)?(?:(?:deficit|debt|budget|inflation|fiscal)\s+)?(?:limit|ceiling"
    r"|threshold|cap|target|rule|benchmark)\b",
    re.IGNORECASE,
)

# A limit told as reached in a year: "atteint l'an dernier", "met last year", "erreicht".
_REACHED_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:reached|met|hit|achieved|atteint|franchi|erreicht|überschritten)\b",
    re.IGNORECASE,
)


def standing_limit(text: str, span: tuple[int, int]) -> bool:
    """True when the share at `span` is a fiscal or monetary rule's limit ("well above the
    bloc's 3% ceiling", "deutlich über der EU-Grenze von 3 Prozent", "près de la limite
    européenne de 3 %", "above the central bank's 2% target"): a standing rule, of no year,
    whatever year the deficit measured against it is told for."""
    start, end = span
    if _REACHED_AFTER.match(text, end):
        return False  # "le seuil de 2 % atteint pour la première fois l'an dernier": a level met
    if _LIMIT_BEFORE.search(text, max(0, start - 50), start):
        return True
    if _RULE_AFTER.match(text, end) or _ESCAPE_CLAUSE.search(text, max(0, start - 160), start):
        return True
    return bool(
        _HOLDER_BEFORE.search(text, max(0, start - 30), start) and _LIMIT_AFTER.match(text, end)
    )


_NUMERIC_YEAR = re.compile(r"(?<!\w)(?:19|20)\d\d(?!\w)")  # "2024", "2022-2024"


def month_after_year(text: str, end: int, published: datetime.date | None) -> int | None:
    """The year of the month named right after the figure ending at `end` ("fell to 2.4% in
    November", "est retombée à 15,3 % en mai", "cut the rate to 3.75% in February"), counted
    from the publication: the last such month, or the coming one when the sentence looks ahead.
    None when the sentence writes a year out (the month may be that year's) or names no month.
    A relative year elsewhere in the sentence ("after peaking at the end of last year") is
    another clause's time, not the figure's."""
    if published is None or _NUMERIC_YEAR.search(text):
        return None
    after = lexicon.MONTH_AFTER.match(text, end)
    if after is None:
        return None
    month = lexicon.MONTH_ONLY.search(text, end, after.end())
    if month is None or month.group("month") is None:
        return None
    return month_counted(text, month, published)


def month_counted(text: str, month: "re.Match[str]", published: datetime.date) -> int:
    """The year of the `month` named without a year (its "month" group), counted from the
    publication: the last such month, or the coming one when the sentence looks ahead. A change
    still to come in a month before the publication's ("will be raised to 17% in January", "from
    next July", "wird im Januar angehoben", told in September) is next year's."""
    number = lexicon.MONTH_NUMBER[month.group("month").lower()]
    at = month.start("month")
    ahead = any(m.start("month") == at for m in lexicon.MONTH_AHEAD.finditer(text))
    if ahead and number < published.month:
        return published.year + 1
    future = lexicon.FUTURE.search(text) is not None
    return published.year - (number > published.month and not future)


# A sum's own month, told after it by the verb that made it: "the $500 million the prime minister
# announced during his visit in June", "a $2 billion envelope announced by the prime minister in
# June", "of which $1.3 billion was added in September and October", "les 300 millions d'euros
# annoncés en juin", "500 Millionen Euro, die im Juni zugesagt wurden".
_IN_WORDS = r"(?:[^.;,\d]|(?<=[A-Za-z])\d|\d(?=[A-Za-z]))"  # (a model's digits: "M1A1 tanks")
_MONTH_NAMED = r"\s+((?-i:" + lexicon._ANY_MONTH + r"))(?![\w-])(?!\s+(?:\d{1,2}\s+)?(?:19|20)\d\d)"
_MADE_IN_MONTH = re.compile(
    r"(?:\s*,\s*(?:which|that|das|die|der|den|que|qui)\b)?"
    + _IN_WORDS
    + r"{0,60}?(?:\b(?:announced|pledged|approved|agreed|added|committed|unveiled|signed|promised"
    r"|allocated|earmarked|annoncée?s?|promise?s?|débloquée?s?|approuvée?s?|accordée?s?"
    r"|ajoutée?s?)\b"
    + _IN_WORDS
    + r"{0,60}?\s(?:in|en)"
    + _MONTH_NAMED
    + r"|\s(?:im|in)"
    + _MONTH_NAMED
    + r"\s+(?:angekündigt|zugesagt|beschlossen|bewilligt|hinzugekommen)\w*)",
    re.IGNORECASE,
)


def made_in_month(text: str, end: int, published: datetime.date | None) -> int | None:
    """The year of the month a sum ending at `end` was announced, pledged or added in, told
    right after it (no comma nor other figure between), counted back from the publication: a
    package's own time, also in a sentence on a total since a start ("has committed $2.4 billion
    since February 2022, including the $500 million announced in June")."""
    if published is None:
        return None
    found = _MADE_IN_MONTH.match(text, end)
    if found is None:
        return None
    month = found.group(1) or found.group(2)
    number = lexicon.MONTH_NUMBER[month.lower()]
    return published.year - (number > published.month)


# The month a change takes effect from, right after its new level: "to 22% from January", "auf
# 17 Prozent ab Januar", "à 20 % à partir de janvier", "dès janvier" (no year after it).
_FROM_MONTH = re.compile(
    r"\s+(?:from|starting|ab|à\s+partir\s+de|dès)\s+(?P<month>(?-i:" + lexicon._ANY_MONTH + r"))"
    r"(?![\w-])(?!\s+(?:1[0-9]|2[0-9]|3[01])?\s*,?\s*(?:19|20)\d\d)"
)
# A change told as decided or proposed but not yet in force: "the budget raises ... from January",
# "proposes to raise", "le projet relève", "der Entwurf sieht vor".
_PLANNED_CHANGE = re.compile(
    r"\b(?:budget|draft|bill|propos\w*|plans?|projet|Entwurf|Haushalt\w*|will|shall|wird|werden"
    r"|soll|sollen|sera|seront|va|vont)\b",
    re.IGNORECASE,
)


def change_from_month(text: str, end: int, published: datetime.date | None) -> int | None:
    """The year of the month a change takes effect from, named right after the figure ending at
    `end` ("raises the rate from 16% to 17% from January"): a planned change (a budget, a
    proposal, a future tense) takes the next such month, else the last one. None when the
    figure's clause writes a year out ("In 2028 the rate rises to 25% from January"); a year in
    another clause is that clause's ("though it eased to 5.6% in 2025, forced Moscow to raise
    VAT to 22% from January")."""
    if published is None:
        return None
    found = _FROM_MONTH.match(text, end)
    if found is None:
        return None
    lo = max(text.rfind(",", 0, end), text.rfind(";", 0, end)) + 1
    hi = min((i for i in (text.find(",", end), text.find(";", end)) if i >= 0), default=len(text))
    if _NUMERIC_YEAR.search(text, lo, hi):
        return None
    number = lexicon.MONTH_NUMBER[found.group("month").lower()]
    if _PLANNED_CHANGE.search(text, 0, end):
        return published.year + (number < published.month)
    return published.year - (number > published.month)


# The end a change goes to, right after its base and the base's time: "from 4.7% of GDP last year
# to 4.5%", "von 4,7 Prozent im Vorjahr auf 4,5 Prozent", "de 4,7 % l'an dernier à 4,5 %".
_FROM_BASE_OPEN = re.compile(r"\b(?:from|von|de)\s+(?:" + lexicon.ROUGHLY + r"\s+)?\d", re.I)
_TO_END = re.compile(
    r"\s*,?\s*(?:to|auf|à)\s+(?:(?:" + lexicon.ROUGHLY + r"|more\s+than|über|plus\s+de)\s+)?$",
    re.IGNORECASE,
)
_BASE_SPAN = 45  # from "from" to the base's time: the base figure and "of GDP" at most


def change_end_year(text: str, start: int, published: datetime.date | None) -> int | None:
    """The year of the figure at `start` that a change goes to from a base dated by a time
    counted from the publication ("from 4.7% last year to 4.5%"): the year after the base's."""
    if published is None:
        return None
    for time in lexicon.RELATIVE_TIME.finditer(text, max(0, start - 40), start):
        if not _TO_END.fullmatch(text, time.end(), start):
            continue
        opening = _FROM_BASE_OPEN.search(text, max(0, time.start() - _BASE_SPAN), time.start())
        if opening is not None:
            return published.year + lexicon.relative_offset(time) + 1
    return None


# A month right before a level, in German or French order: "lag im Oktober bei 1,8 Prozent",
# "était en octobre de 1,8 %", "stood in October at 1.8%".
_MONTH_LEAD = re.compile(
    r"\b(?:in|im|en)\s+(?P<month>(?-i:" + lexicon._ANY_MONTH + r"))\s+(?:bei|à|de|at|on)\s+"
    r"(?:(?:" + lexicon.ROUGHLY + r")\s+)?$",
    re.IGNORECASE,
)


def month_before_year(text: str, start: int, published: datetime.date | None) -> int | None:
    """The year of the month named right before the level at `start` ("die Inflation lag im
    Oktober bei 1,8 Prozent"), counted from the publication like `month_after_year`."""
    if published is None or _NUMERIC_YEAR.search(text):
        return None
    found = _MONTH_LEAD.search(text, max(0, start - 40), start)
    if found is None:
        return None
    number = lexicon.MONTH_NUMBER[found.group("month").lower()]
    future = lexicon.FUTURE.search(text) is not None
    return published.year - (number > published.month and not future)


# A tax or tariff named with its rate: "l'impôt des sociétés, au taux de 25 %", "tariffs of up
# to 5%", "die US-Zölle von 39 Prozent".
_RATE_BEFORE = re.compile(
    r"\b(?:tax(?:es|ed|és?|ées?)?|VAT|TVA|tariffs?|levy|duty|duties|imp[ôo]ts?(?:\s+\w+){0,3}?|taxes?"
    r"|\w*[sS]teuer\w*|\w*Zöll\w*|\w*Zoll\w*)\s*,?\s+(?:au\s+taux\s+de|at\s+a\s+rate\s+of|at|of|de|von)"
    r"\s+(?:up\s+to\s+|jusqu['’]à\s+|bis\s+zu\s+)?$",
    re.IGNORECASE,
)
# A tax's rate told as it stands, in the present tense: "Le taux de cet impôt s'élève à", "the
# tax rate is", "the rate of the levy stands at", "Der Steuersatz beträgt", "Der Satz der Steuer
# liegt bei".
_RATE_STANDS = re.compile(
    r"\b(?:(?:tax|VAT|levy|surcharge)\s+rate|(?:rate|taux|Satz)\s+(?:of|de|des|der)\s+(?:the\s+|this"
    r"\s+|that\s+|its\s+|cet\s+|cette\s+|ce\s+|la\s+|l['’]\s*|dieser\s+|diese\s+)?(?:\w+\s+)?(?:tax"
    r"|levy|surcharge|impôt|taxe|prélèvement|\w*[sS]teuer|Abgabe)\w*|\w*Steuersatz|TVA|VAT)\s+(?:is|stands"
    r"\s+at|amounts\s+to|s['’]élève\s+à|est\s+de|est\s+fixé\s+à|beträgt|liegt\s+bei)\s+(?:about"
    r"\s+|around\s+|environ\s+|rund\s+|etwa\s+)?$",
    re.IGNORECASE,
)
# A rate before its tax: "a 35% tariff", "a 35 per cent levy on Canadian goods", "the 5 per cent
# general tariff".
_RATE_AFTER = re.compile(
    r"\s+(?:(?:general|flat|blanket|import|export|corporate|income)\s+)?(?:tariffs?|levy"
    r"|surcharge|duty)\b",
    re.IGNORECASE,
)
# A rate told as changed, which is of the year it changes in: "raise VAT to 22% from 20%",
# "the standard VAT rate rose to 24%", "passera de 6 % à 12 %".
_RATE_CHANGED = re.compile(
    r"\b(?:rais\w*|rose|ris\w*|increas\w*|hik\w*|cut\w*|lower\w*|reduc\w*|lift\w*|doubl\w*"
    r"|relèv\w*|augment\w*|pass\w*|baiss\w*|erhöh\w*|steig\w*|stieg|senk\w*)\b"
    r"|\b(?:to|from|auf|à)\s*$",
    re.IGNORECASE,
)


def standing_rate(text: str, span: tuple[int, int], lo: int) -> bool:
    """True when the share at `span` is a tax or tariff's rate told as it stands ("au taux de 25
    %", "taxés au taux de", "a 35% tariff on all imports from Russia", "US-Zölle von 39 Prozent",
    "Le taux de cet impôt s'élève à 25 %", "Der Steuersatz beträgt"), not as changed in
    its clause (from `lo`): a standing rate is of no year the story has reached."""
    start, end = span
    stands = _RATE_STANDS.search(text, max(lo, start - 80), start)
    if stands is not None:
        # (its verb ends in "à", which is no change: "s'élève à")
        return _RATE_CHANGED.search(text, lo, stands.start()) is None
    named = _RATE_BEFORE.search(text, max(0, start - 60), start) or _RATE_AFTER.match(text, end)
    return named is not None and _RATE_CHANGED.search(text, lo, start) is None


_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|2|3|4|5|6|7|8|9|10|11)"
# A stretch of months inside one year, the period a report covers: "in the two months", "over the
# two summer months", "in the first ten months", "the first half of the year", "the third
# quarter", "au premier semestre", "les deux premiers mois", "im ersten Halbjahr", "in den
# ersten fünf Monaten", "between March and June", "entre janvier et juin", "zwischen Januar und
# Juni" (not a running twelve months: "over the past twelve months").
_PERIOD = re.compile(
    r"\b(?:the\s+(?:first\s+|same\s+|two\s+summer\s+|"
    + _COUNT
    + r"\s+)?"
    + _COUNT
    + r"\s+months|the\s+(?:two|three)\s+(?:summer\s+|winter\s+)?months"
    r"|the\s+(?:first|second)\s+half|the\s+(?:first|second|third|fourth)\s+quarter"
    r"|(?:premier|second)\s+(?:semestre|trimestre)|(?:deux|trois|quatre|cinq|six|dix)\s+"
    r"(?:premiers\s+)?mois|(?:im\s+)?(?:ersten|zweiten)?\s*Halbjahr|(?:ersten\s+)?(?:zwei|drei"
    r"|vier|fünf|sechs|zehn)\s+Monaten"
    r"|(?:between|entre|zwischen)\s+(?P<from>" + lexicon._ANY_MONTH + r")\s+(?:and|et|und)\s+"
    r"(?P<to>" + lexicon._ANY_MONTH + r"))\b(?!\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# A later part of a year, which has not passed before its months: the publication's month from
# which it may be told as this year's.
_LATE_PART = re.compile(r"second|zweiten|third|fourth", re.IGNORECASE)
_LATE_PART_FROM = {"sec": 7, "zwe": 7, "thi": 8, "fou": 11}


def period_in_year(
    text: str, span: tuple[int, int], clause: tuple[int, int], published: datetime.date | None
) -> int | None:
    """The year of a sum or share told for a stretch of months inside one year ("EU institutions
    disbursed €12.5 billion in the first ten months", "im Halbjahr Lieferungen für rund 3,8
    Milliarden Euro", "Between March and June, European countries allocated €10.5 billion"):
    the publication's, when the sentence writes out no year nor counts one back; None when no
    such stretch is the figure's own (another figure between, a total since a start)."""
    if published is None or _NUMERIC_YEAR.search(text):
        return None
    start, end = span
    lo, hi = clause
    period = None
    after = _PERIOD.search(text, end, min(hi, end + 70))
    if after is not None and not _DIGIT.search(text, end, after.start()):
        period = after
    if period is None:
        for before in _PERIOD.finditer(text, lo, start):
            if not _DIGIT.search(text, before.end(), start):
                period = before
        opening = _PERIOD.match(text, len(text) - len(text.lstrip(" \"'“(")))
        if period is None and opening is not None and not _DIGIT.search(text, opening.end(), start):
            period = opening  # "Over the two months, donor countries allocated €6.4 billion"
    if period is None:
        return None
    a, b = sorted((period.start(), period.end(), start, end))[1:3]
    if lexicon.no_single_year(text, a, b):
        return None  # "..., bringing their total since the start of the war to €72 billion"
    for relative in lexicon.RELATIVE_TIME.finditer(text, 0, min(len(text), period.end() + 25)):
        if lexicon.relative_offset(relative) != 0:
            return None  # "in the first half of last year"
    late = _LATE_PART.search(period.group(0))
    if late is not None and published.month < _LATE_PART_FROM[late.group(0).lower()[:3]]:
        return None  # "in the second half of the year", told in April: last year's
    last = period.group("to")
    if last and lexicon.MONTH_NUMBER.get(last.lower(), 0) > published.month:
        return None  # "between October and December", told in January: last year's, maybe
    return published.year


# A draft budget as what tells the sum: "The draft budget ... allocates", "Insgesamt sieht der
# Haushaltsentwurf Ausgaben von ... vor", "umfasst im Entwurf", "the draft assumes a deficit of",
# "le projet de loi de finances prévoit".
_DRAFT = re.compile(
    r"\b(?:draft\s+(?:\w+\s+)?budget|budget\s+(?:draft|bill|proposal)|\w*(?:Haushalts|Budget"
    r"|Etat)entwurf\w*|(?:im|der|dem)\s+Entwurf|the\s+draft|projet\s+de\s+(?:loi\s+de\s+finances"
    r"|budget)|PLF)\b",
    re.IGNORECASE,
)
_BUDGET_WORD = re.compile(r"budget|haushalt|etat|finances", re.IGNORECASE)


def draft_budget_year(
    text: str, span: tuple[int, int], clause: tuple[int, int], published: datetime.date | None
) -> int | None:
    """The year of a sum a draft budget tells, the draft named before it in its clause ("The
    draft budget the Cabinet sent to parliament in September allocates 2.8 trillion hryvnias",
    "Der Gesamthaushalt des Bundes umfasst im Entwurf 520,5 Milliarden Euro"): a budget drafted
    in the second half of a year is the next year's. None when the sentence gives a year of its
    own ("2026", "this year", "next year"), which year_of reads."""
    if published is None or published.month < 7:
        return None
    if _NUMERIC_YEAR.search(text) or lexicon.RELATIVE_TIME.search(text):
        return None
    if not _BUDGET_WORD.search(text) or _DRAFT.search(text, clause[0], span[0]) is None:
        return None
    return published.year + 1


# A gift announced as the report's news, its verb before the sum in its clause: "announced a new
# package worth", "will contribute", "kündigten an, sich mit ... zu beteiligen", "a annoncé".
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announc(?:es|ed)|unveil(?:s|ed)|kündigt\w*\s+an|kündigte\w*\s+an|(?:a|ont)\s+annoncé"
    r"|annonce)\b",
    re.IGNORECASE,
)
# The future of giving, which after a paragraph on a coming year may be that year's plan.
_WILL_GIVE_BEFORE = re.compile(
    r"\b(?:will\s+(?:also\s+)?(?:contribute|provide|send|give|put))\b", re.IGNORECASE
)


# The time the story told before, named again: "in the same month", "im selben Monat", "la même
# année", "that year".
_SAME_TIME = re.compile(
    r"\b(?:(?:the\s+)?same\s+(?:month|year|week|day)|that\s+(?:month|year|week)"
    r"|im\s+(?:selben|gleichen)\s+(?:Monat|Jahr)|(?:le|la)\s+même\s+(?:mois|année|semaine)"
    r"|cette\s+année-là|ce\s+mois-là)\b",
    re.IGNORECASE,
)
# A German announcement in the past tense, its particle after the sum: "Dort sagte er der
# Republik Moldau 15 Millionen Euro ... zu, die ...", "kündigte das Auswärtige Amt weitere 170
# Millionen Euro für die Winterhilfe an, unter anderem ...".
_ANNOUNCED_DE = re.compile(r"\b(?:kündigte|kündigten|sagte|sagten)\b")
_PARTICLE_AFTER = re.compile(r"\s(?:an|zu)\s*(?:[,;.]|$)")


def announced_now(text: str, lo: int, hi: int, span: tuple[int, int], *, ahead: bool) -> bool:
    """True when the clause [lo, hi) announces the sum at `span` ("Germany announced a new
    package worth 500 million euros", "Auch die Niederlande kündigten an, sich mit 200 Millionen
    Euro zu beteiligen", "kündigte ... 170 Millionen Euro für die Winterhilfe an", and after a
    paragraph on a past year "Oslo will also put 1.5 billion crowns into"): news of the report's
    year, unless it names the time told before ("in the same month"). `ahead`: the paragraph
    before was on a coming year, whose plan a sum to be given may be."""
    if _SAME_TIME.search(text, lo, hi) is not None:
        return False
    if _ANNOUNCED_BEFORE.search(text, lo, span[0]) is not None:
        return True
    if _ANNOUNCED_DE.search(text, lo, span[0]) is not None:
        after = _PARTICLE_AFTER.search(text, span[1], hi + 1)
        if after is not None and not _NEXT_SUM.search(text, span[1], after.start()):
            return True
    return not ahead and _WILL_GIVE_BEFORE.search(text, lo, span[0]) is not None


# A change told with its base last, no time of its own: "up from", "fell to ... from", "von ...
# auf" is not this shape.
_CHANGE_FROM = re.compile(
    r"\b(?:up|down|rose|fell|falls|rises|climb\w*|grew|grows|increas\w*|decreas\w*|drop\w*"
    r"|declin\w*|jump\w*)\b[^.;:]{0,50}?\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    re.IGNORECASE,
)
# Nothing dates the base after it: the sentence or its clause ends.
_BASE_ENDS = re.compile(r"\s*(?:[.;!?]|,\s|$)")
_OF_ECONOMY = re.compile(r"\b(?:GDP|gross\s+domestic|economic\s+output)\b", re.IGNORECASE)


# A level told as changed to, its base after it with "from" alone: "fell to €35.2 billion from
# €41.9 billion", "the budget falls to 5.1% of GDP from 6.3%".
_CHANGED_TO = re.compile(
    r"\b(?:rose|rises|rise|risen|fell|falls|fall|fallen|grew|grows|climb\w*|increas\w*"
    r"|decreas\w*|drop\w*|declin\w*|jump\w*|shr[ai]nks?|slip\w*)\s+(?:\w+\s+){0,2}?to\s+(?:"
    + lexicon.ROUGHLY
    + r"\s+)?$",
    re.IGNORECASE,
)
_FROM_ALONE = re.compile(
    r"\s*(?:of\s+(?:\w+\s+){0,2}?)?(?:(?:in\s+(?:19|20)\d\d|(?:this|last)\s+year),?\s+)?from\s+(?:"
    + lexicon.ROUGHLY
    + r"\s+)?",
    re.IGNORECASE,
)


def base_of_change_to(text: str, before: tuple[int, int], span: tuple[int, int]) -> bool:
    """True when the figure at `span` is the base, told with "from" alone and no time of its
    own, of the level just told as changed to at `before` ("fell to €35.2 billion from €41.9
    billion.", "falls to 5.1% of GDP from 6.3%, according to"): the year before that level's."""
    return (
        _CHANGED_TO.search(text, max(0, before[0] - 40), before[0]) is not None
        and _FROM_ALONE.fullmatch(text, before[1], span[0]) is not None
        and _BASE_ENDS.match(text, span[1]) is not None
    )


# A sum changed from a base to a new level, the year of the change told before both: "wird 2026
# von 80 Millionen Euro auf 60 Millionen Euro gekürzt", "will be cut in 2026 from €80 million
# to €60 million", "sera réduit en 2026 de 80 millions d'euros à 60 millions".
_CHANGED_FROM = re.compile(r"\b(?:from|von|de|d['’])\s+$", re.IGNORECASE)
_TO_NEXT = re.compile(r"\s*(?:to|auf|à)\s+(?:" + lexicon.ROUGHLY + r"\s+)?$", re.IGNORECASE)
_CHANGED = re.compile(
    r"\b(?:cut|slash|trim|rais|increas|lift|boost|doubl|reduc|kürz|gekürzt|erhöh|angehoben|anheb"
    r"|aufgestockt|verdoppel|gesenkt|senk|réduit|réduire|relev|augment|porté|abaiss)\w*",
    re.IGNORECASE,
)


def base_of_change_in(
    text: str, span: tuple[int, int], year_end: int, others: Sequence[tuple[int, int]]
) -> bool:
    """True when the sum at `span` is the base a change starts from, changed to the next sum in
    the year stated before both (ending at `year_end`): the level of the year before."""
    start, end = span
    if year_end > start or not _CHANGED_FROM.search(text, max(0, start - 8), start):
        return False
    following = [o for o in others if o[0] >= end]
    if not following or not _TO_NEXT.fullmatch(text, end, min(following)[0]):
        return False
    return _CHANGED.search(text) is not None


def last_years_base(text: str, between: str, end: int, unit: str) -> bool:
    """True when the figure ending at `end` is the base of a change from the figure before it,
    told last with no time of its own ("Its defence budget for this year is EUR 6.5 billion, up
    from EUR 6.2 billion.", "the defence budget falls to 5.1% of GDP from 6.3%, according to"):
    a yearly level's base is the year before's. Shares other than of the economy (a poll's, a
    party's) are left alone."""
    if unit == "percent" and not _OF_ECONOMY.search(between):
        return False
    return _CHANGE_FROM.search(between) is not None and _BASE_ENDS.match(text, end) is not None


# Assets frozen abroad, told as a stock: "The immobilised assets are worth roughly €260bn", "the
# £25 billion of frozen Russian central bank assets", "russische Vermögen von rund 7,4 Milliarden
# Franken gesperrt" (not what they earn, nor money paid from them).
_FROZEN = re.compile(
    r"\b(?:frozen|immobili[sz]ed|gel[ée]e?s?|immobilis[ée]e?s?|eingefroren\w*|gesperrt\w*)\b",
    re.IGNORECASE,
)
_ASSETS = re.compile(r"\b(?:assets|avoirs|actifs|Vermögen\w*|Guthaben|réserves|reserves)\b", re.I)


def frozen_stock(text: str) -> bool:
    """True when a sentence tells assets frozen abroad and nothing they earn or pay out: a
    stock held since the sanctions, of no year the story has reached."""
    return (
        _FROZEN.search(text) is not None
        and _ASSETS.search(text) is not None
        and lexicon.ASSETS_EARN.search(text) is None
        and _LOAN_PAID.search(text) is None
    )


# A market's yield named right before its level: "The yield on the 10-year leu bond stood at
# 7.1%", "Its ten-year bond yield, at around 3.5%", "le rendement des dépôts est passé d'environ
# 4 % à 2 %", "die Rendite zehnjähriger Anleihen stieg auf 2,8 Prozent".
_YIELD = re.compile(r"\b(?:yields?|rendements?|Renditen?)\b", re.IGNORECASE)


def market_yield(text: str, start: int) -> bool:
    """True when the share at `start` is a yield a market quotes, named in the 70 characters
    before it: a quote of the day, which a year the story has reached does not date (a year
    its own sentence names does)."""
    return _YIELD.search(text, max(0, start - 70), start) is not None


def polled(sentence: "Sentence", span: tuple[int, int], unit: str) -> bool:
    """True when the share at `span` is an opinion poll's ("In Umfragen befürworten mehr als 70
    Prozent der Polen ...", "selon un sondage, 54 % des Belges"), not a share of GDP its
    sentence also names."""
    return unit == "percent" and sentence.poll and not lexicon.OF_GDP.match(sentence.text, span[1])


# A sum not (yet) given: held up, stalled, blocked by a veto or awaiting approval, or asked of a
# legislature ("the White House request of $61.4 billion has stalled in Congress", "reste
# bloquée au Congrès", "Budapest bloque le déblocage de 6,6 milliards d'euros", "frozen by a
# Hungarian veto", "awaits approval", "blockiert", "festgefahren", "reste en attente").
_PENDING = dispatch.guarded(
    r"\b(?:stall(?:s|ed|ing)?|stuck|held\s+up|hold(?:s|ing)?\s+up|block(?:s|ed|ing)?"
    r"|(?:White\s+House|administration|government)['’]?s?\s+request|requests?\s+(?:of|for)"
    r"|bloqu\w*|enlisé\w*|en\s+suspens|demandée?s?\s+par|blockier\w*|festgefahren|auf\s+Eis"
    r"|vetoe?[sd]?|veto\s+by|awaits?|awaiting|pending|en\s+attente|steht\s+noch\s+aus)\b",
    re.IGNORECASE,
)


def pending(text: str, span: tuple[int, int]) -> bool:
    """True when the part of the sentence the sum at `span` stands in (between semicolons) tells
    it as held up, blocked or requested: money not given, of no year the story has reached."""
    lo = text.rfind(";", 0, span[0]) + 1
    hi = text.find(";", span[1])
    return _PENDING.search(text, lo, len(text) if hi < 0 else hi) is not None


# The old rate of a tax changed in the sentence: "raise value-added tax to 22% from 20%", "from
# 20% to 22% from January", "le relèvement de la TVA de 6 % à 12 %", "die Mehrwertsteuer von 19
# auf 21 Prozent".
_TAX = re.compile(
    r"\b(?:tax\w*|VAT|TVA|levy|levies|dut(?:y|ies)|tariffs?|surcharge|imp[ôo]ts?|taxes?"
    r"|\w*[sS]teuer\w*|\w*[aA]bgabe\w*|cotisations?)\b"
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
_FROM_TO_BEFORE = re.compile(r"\b(?:de|von)\s+$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s*(?:à|auf)\s+\d", re.IGNORECASE)


def old_rate(text: str, span: tuple[int, int]) -> bool:
    """True when the share at `span` is the rate a tax had before the change its sentence tells
    ("to 22% from 20%", "de 6 % à 12 %"): the rate as it stood, of no year."""
    start, end = span
    if _TAX.search(text, 0, start) is None or _RATE_CHANGED.search(text, 0, start) is None:
        return False
    if _FROM_BEFORE.search(text, max(0, start - 16), start):
        return True
    return bool(
        _FROM_TO_BEFORE.search(text, max(0, start - 6), start) and _TO_AFTER.match(text, end)
    )


# A change of a tax still planned or proposed: "plans to raise the levy to", "proposes to cut
# VAT to", "prévoit de relever la TVA à", "plant, die Mehrwertsteuer auf 21 Prozent anzuheben".
_INTENDED = (
    r"\b(?:plans?|planned|planning|propos(?:es?|ed|ing)|intends?|seeks?|wants?|prévoi(?:t|ent)"
    r"|envisag\w+|propos\w+|veu(?:t|lent)|souhait\w+|plan(?:t|en)|beabsichtig\w+|schläg\w*)\b"
)
_CHANGE_INTENDED = re.compile(
    _INTENDED + r"[^.;\d]{0,30}?\b(?:raise|increase|lift|hike|cut|lower|reduce|relever|augmenter"
    r"|porter|baisser|réduire)\b",
    re.IGNORECASE,
)
_INTENDED_BEFORE = re.compile(_INTENDED + r"[^.;\d]{0,60}$", re.IGNORECASE)
# The German verb after its level: "auf 21 Prozent anzuheben", "auf 5 Prozent zu senken".
_CHANGE_AFTER = re.compile(
    r"[^.;,\d]{0,40}?\b(?:anzuheben|zu\s+erhöhen|zu\s+senken|zu\s+steigern|abzusenken)\b",
    re.IGNORECASE,
)


def planned_rate(text: str, span: tuple[int, int]) -> bool:
    """True when the share at `span` is a tax's rate a change still planned or proposed leads to
    or from ("plans to raise the levy to 5% from 1.5%", "prévoit de relever la TVA à 22 %",
    "plant, die Mehrwertsteuer auf 21 Prozent anzuheben"): with no time of its own in the
    sentence, of no year (README, settled)."""
    start, end = span
    found = _CHANGE_INTENDED.search(text, 0, start)
    if found is None:
        found = _INTENDED_BEFORE.search(text, 0, start)
        if found is None or not _CHANGE_AFTER.match(text, end):
            return False
    return _TAX.search(text, found.start(), start) is not None


_LEVEL = re.compile(r"\d+(?:[.,]\d+)?")


def levels(text: str) -> list[str]:
    """Every level `text` names in digits, written alike in every language ("3,5" -> "3.5")."""
    return [found.group(0).replace(",", ".") for found in _LEVEL.finditer(text)]


def target_level(text: str, span: tuple[int, int]) -> str | None:
    """The level a target share at `span` names, written alike in every language ("3,5 %",
    "3.5%" -> "3.5"); None when written in words."""
    found = _LEVEL.search(text, *span)
    return found.group(0).replace(",", ".") if found else None


# A target still proposed or expected, not agreed: "is expected to agree a new target of 5%".
_PROPOSED = re.compile(
    r"\b(?:expected|propos\w*|would|could|draft|consider\w*|discuss\w*|debat\w*|erwartet"
    r"|vorgeschlagen|beraten|diskutiert|attendu\w*|proposé\w*|envisag\w*|pourrait)\b",
    re.IGNORECASE,
)


# The levels NATO's leaders agreed at The Hague on 25 June 2025, and their deadline.
_HAGUE_LEVELS = frozenset({"5", "3.5", "1.5"})
_HAGUE_AGREED = datetime.date(2025, 6, 25)
HAGUE_DEADLINE = 2035


def hague_level(level: str, published: datetime.date | None) -> bool:
    """True when a target `level` is one the alliance agreed at The Hague with 2035 as its
    deadline, in a story published once it was agreed."""
    return level in _HAGUE_LEVELS and published is not None and published >= _HAGUE_AGREED


def proposed(text: str) -> bool:
    """True when a sentence tells a target as proposed, expected or discussed."""
    return _PROPOSED.search(text) is not None


def names_alliance(text: str) -> bool:
    """True when a sentence names the alliance or its members."""
    return _ALLIANCE.search(text) is not None


# The Hague named as where the levels were agreed: "in Den Haag verpflichtet", "au sommet de La
# Haye", "the Hague declaration", "Under the Hague commitment".
_HAGUE = re.compile(r"(?-i:\b(?:The\s+|the\s+)?Hague\b|\bDen\s+Haag\b|\bLa\s+Haye\b)")
_PERCENT_UNIT = r"(?:%|per\s*cent|percent|Prozent|pour\s*cent)"
_PERCENT_WORD = re.compile(r"\s*" + _PERCENT_UNIT + r"\s*$", re.IGNORECASE)


def _level_of(text: str, span: tuple[int, int]) -> str | None:
    """The level a share at `span` names, in digits or in words ("fünf Prozent" -> "5")."""
    level = target_level(text, span)
    if level is not None:
        return level
    words = _PERCENT_WORD.sub("", text[span[0] : span[1]])
    value = numbers.parse_words(words)
    return format(value.normalize(), "f") if value else None


def hague_named(text: str, span: tuple[int, int], published: datetime.date | None) -> bool:
    """True when the target share at `span` is one of the levels agreed at The Hague (5%, of
    which 3.5% core defence and 1.5% related security) and its sentence names The Hague as where
    it was agreed: the level has its deadline, 2035, where the sentence gives none (README,
    settled: "Die Nato-Staaten haben sich in Den Haag verpflichtet, künftig fünf Prozent ...").
    Not before the summit, nor a level still proposed or discussed there."""
    if published is not None and published < _HAGUE_AGREED:
        return False
    return (
        _level_of(text, span) in _HAGUE_LEVELS
        and _HAGUE.search(text) is not None
        and not proposed(text)
    )


# A level asked for at once: "should commit to 3% now", "sofort", "dès maintenant".
_AT_ONCE = re.compile(r"\b(?:now|immediately|sofort|jetzt|dès\s+maintenant|immédiatement)\b", re.I)


def asked_now(text: str) -> bool:
    """True when a sentence asks for a level at once, not by a deadline."""
    return _AT_ONCE.search(text) is not None


# The alliance as the owner of the share right after it: "NATO's 2% target", "the alliance's 2%
# benchmark", "NATO's new 5% goal".
_ALLIANCE_OWNS = re.compile(
    r"\b(?:NATO|Nato|OTAN|alliance|Alliance)['’]s\s+(?:(?:new|old|previous|current|own)\s+)?$"
)


def alliance_level(text: str, span: tuple[int, int]) -> bool:
    """True when the share at `span` is named as the alliance's own level ("NATO's 2%
    benchmark")."""
    return _ALLIANCE_OWNS.search(text, max(0, span[0] - 30), span[0]) is not None


# Words of a budget's lines: "Insgesamt umfasst der Entwurf Ausgaben von", "Die Mittel für die
# Entwicklungszusammenarbeit sinken", "dont l'enveloppe recule de 8 %", "appropriations"; a German
# budget by its compound too: "Für den Kernhaushalt plant die Regierung eine Nettokreditaufnahme".
_BUDGET_LINE = re.compile(
    r"\b(?:budget\w*|\w*haushalt\w*|\w*etat\w*|Entwurf\w*|draft|Mittel|crédits?|enveloppe"
    r"|appropriation\w*|Ausgaben|dépenses|spending|outlays?|finances)\b",
    re.IGNORECASE,
)


def budget_line(text: str) -> bool:
    """True when a sentence speaks of a budget, its draft or its lines."""
    return _BUDGET_LINE.search(text) is not None


# The budget itself or its draft named as the one telling a sum: "The budget also sets aside",
# "the draft assumes", "Der Haushaltsentwurf sieht ... vor", "le projet de loi de finances
# prévoit" (not its committee, spending, or means in general: "Der Haushaltsausschuss billigte").
_BUDGET_ITSELF = re.compile(
    r"\b(?:budget|draft|(?:Bundes)?haushalt(?:sentwurf)?|etat(?:entwurf)?|Entwurf"
    r"|projet\s+de\s+loi\s+de\s+finances|PLF)\b",
    re.IGNORECASE,
)


def budget_itself(text: str) -> bool:
    """True when a sentence names the budget or its draft as such."""
    return _BUDGET_ITSELF.search(text) is not None


# An economy's level named as what it is now, its verb of state right before it: "public debt
# stands at about 135%", "inflation is still running near 8%", "die Inflation liegt bei 7,4
# Prozent", "la dette dépasse 105 %", "la dette frôle les 105 %", "le taux d'emprunt à dix ans
# évolue autour de 3,5 %".
_ECONOMY = (
    r"(?:(?:public\s+)?debt|dette(?:\s+publique)?|\w*[sS]chulden\w*|inflation|Inflation\w*"
    r"|(?:key|policy|interest|base)\s+(?:policy\s+|interest\s+)?rate|Leitzins|taux\s+directeur"
    r"|deficit|déficit(?:\s+public)?|\w*[dD]efizit|yields?|taux\s+d['’]emprunt|Rendite\w*)"
)
_ABOUT = (
    r"(?:(?:about|around|roughly|nearly|almost|some|near|close\s+to|above|below|over|more\s+than"
    r"|près\s+de|plus\s+de|environ|les|rund|fast|knapp|etwa|über|mehr\s+als)\s+){0,2}"
)
_STATE_VERB = (
    r"(?:(?:stands?|is|are|remains?|hovers?)(?:\s+still)?(?:\s+running)?"
    r"(?:\s+(?:at|near|around|above|below))?|exceeds?|still\s+(?:at|above)"
    r"|liegt(?:\s+[^\s\d.;,]+){0,4}?\s+bei|beträgt|steht\s+bei"
    r"|dépasse|frôle|s['’]établit(?:\s+déjà)?\s+à|avoisine|est\s+de|évolue\s+autour\s+de"
    r"|reste\s+à|proche\s+de)"
)
_LEVEL_NOW = re.compile(
    r"\b" + _ECONOMY + r"(?:\s+[^\s\d.;:]+){0,5}?\s+" + _STATE_VERB + r"\s+" + _ABOUT + r"$",
    re.IGNORECASE,
)
# The level held or had, the subject after the verb: "the central bank still holds its key rate
# above 15%", "die Nationalbank hält den Leitzins bei 15,5 Prozent", "maintient son taux
# directeur à 21 %", "with public debt at about 137% of GDP", "avec une dette publique de près
# de 105 %".
_HELD_NOW = re.compile(
    r"\b(?:hält|holds?|maintient|(?P<with>with|avec\s+une?))\s+(?:[^\s\d.;:]+\s+){0,3}?"
    + _ECONOMY
    + r"\s+(?:(?:still|unverändert|encore)\s+)?(?:bei|at|above|à|de)\s+"
    + _ABOUT
    + r"$",
    re.IGNORECASE,
)
# Where the phrase of the level ends: a comma, a semicolon, an "and" before the next subject.
_PHRASE_END = re.compile(r"[,;:]|\s(?:and|und|et|while|whereas|während|tandis\s+que)\s")
# A forecast, which is of a year to come though the sentence names none.
_FORECAST = re.compile(
    r"\b(?:expected|forecast|projected|predicted|seen|devrait|attendu\w*|prévu\w*|dürfte"
    r"|erwartet|prognostiziert)\b",
    re.IGNORECASE,
)


def economy_now(text: str, span: tuple[int, int], lo: int) -> bool:
    """True when the share at `span` is an economy's level told in the present tense as where it
    stands, no time of its own beside it ("la dette dépasse 105 % du PIB", "Moldaus Inflation
    liegt bei 7,4 Prozent", "the central bank's key rate stands at 16.5%"): of no year, also
    after another clause of the sentence dated ("Le déficit devrait atteindre 5,4 % cette année
    et la dette dépasse 105 %"). `lo`: where the figure's clause starts."""
    start, end = span
    window = max(lo, start - 100)
    found = _LEVEL_NOW.search(text, window, start) or _HELD_NOW.search(text, window, start)
    if found is None:
        return False
    stop = _PHRASE_END.search(text, end)
    phrase_end = stop.start() if stop is not None else len(text)
    # "with" hangs the level on a clause that may date it: "La France a terminé 2024 avec un
    # déficit public de 5,8 %"
    phrase_start = lo if found.groupdict().get("with") else found.start()
    return not _timed(text, phrase_start, phrase_end, lexicon.NOW)


def _timed(text: str, lo: int, hi: int, *more: re.Pattern[str]) -> bool:
    """True when [lo, hi) tells a time of its own: a year, a relative time, a month, the future
    or a forecast, or one of `more`."""
    patterns = (
        lexicon.YEAR_DIGITS,
        lexicon.RELATIVE_TIME,
        lexicon.MONTH_ONLY,
        lexicon.FUTURE,
        _FORECAST,
        *more,
    )
    return any(pattern.search(text, lo, hi) for pattern in patterns)


# A market's or an economy's move or reading told as news, its verb right before the figure:
# "shares rose 6% on the news", "gained 3.4% in Milan", "yields were flat at 3.1%", "the yield
# stood at 7.1%", "inflation has fallen to 0.8%", "grimpait à près de 2,8 %", "lag zuletzt bei
# knapp 14 Prozent" (not a level now: "stands at", "liegt bei").
_MOVED = re.compile(
    r"\b(?:rose|fell|gained|lost|climbed|dropped|slipped|jumped|surged|slumped|tumbled|rallied"
    r"|(?:was|were)\s+(?:flat|unchanged|steady)\s+at|stood\s+at|closed\s+at|traded\s+at"
    r"|(?:has|have)\s+(?:now\s+|also\s+)?(?:fallen|risen|climbed|dropped|eased|slowed|gained|lost)"
    r"|(?:is|are)\s+(?:up|down)|grimp\w*|gagn\w*|a\s+(?:chuté|bondi|grimpé|reculé|progressé)"
    r"|stieg|fiel|sank|verlor|gewann|lag\s+zuletzt\s+bei|ist\s+zuletzt\s+auf)\b"
    r"(?:\s+[^\s\d.;:]+){0,4}?\s*$",
    re.IGNORECASE,
)
# What makes a move no news of the day: a stretch it runs over ("since the invasion", "over the
# past twelve months"), a base it moved from ("est passé de 4 % à 2 %"), a share of the economy
# ("fell to about 2.5% of GDP"), a year-on-year rate.
_NOT_NEWS_MOVE = re.compile(
    r"\b(?:since(?!\s+the\s+(?:start|beginning)\s+of\s+the\s+year)"
    r"|seit(?!\s+Jahres(?:beginn|anfang))|depuis(?!\s+le\s+début\s+de\s+l['’]année)|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)|year\s+on\s+year"
    r"|of\s+(?:GDP|output|gross)|du\s+PIB|des\s+BIP)\b",
    re.IGNORECASE,
)
_FROM_TO_AFTER = re.compile(r"\s*(?:to|à|auf)\s+(?:\w+\s+){0,2}\d", re.IGNORECASE)


def market_move(text: str, span: tuple[int, int], lo: int) -> bool:
    """True when the figure at `span` is a move or reading of a market or an economy told as
    news ("Shares of its parent rose 6% on the news", "Spanish ten-year bond yields were flat at
    3.1%", "Inflation has fallen to 0.8%"), with no time of its own in its phrase: of the
    report's present, the publication's year (README: a reported move or latest reading with no
    date takes the published year). `lo`: where the figure's clause starts."""
    start, end = span
    found = _MOVED.search(text, max(lo, start - 70), start)
    if found is None:
        return False
    stop = _PHRASE_END.search(text, end)
    phrase_end = stop.start() if stop is not None else len(text)
    if _FROM_TO_AFTER.match(text, end):
        return False  # "est passé d'environ 4 % à 2 %": the level it moved from
    return not _timed(text, found.start(), phrase_end, _NOT_NEWS_MOVE)


# A country's defence share told in the present tense, its verb before it and the economy right
# after it: "Italy spends about 1.5% of its GDP on defence", "la Russie consacre plus de 6 % de
# son PIB à son armée", "Polen gibt bereits mehr als 4 Prozent seines BIP für Verteidigung aus".
_SPENDS_NOW = re.compile(
    r"\b(?:spends|devotes|(?:is|are)\s+(?:now\s+)?devoting|dépensen?t?|consacren?t?|gibt|geben|gebe)\b"
    r"(?:\s+[^\s\d.;:]+){0,8}?\s*$",
    re.IGNORECASE,
)
_OF_ECONOMY_AFTER = re.compile(
    r"\s*(?:of\s+(?:its\s+|their\s+)?(?:GDP|gross\s+domestic\s+product|economic\s+output|economy"
    r"|national\s+income)|de\s+(?:son|leur)\s+(?:PIB|produit\s+intérieur)"
    r"|de\s+(?:sa|leur)\s+richesse\s+nationale|(?:seines|ihres|des)\s+(?:BIP"
    r"|Bruttoinlandsprodukts)|(?:seiner|ihrer|der)\s+Wirtschaftsleistung)",
    re.IGNORECASE,
)
# The level left bare, its phrase ending with it: "Australia spends about 2 per cent.", "Les
# États-Unis y consacrent environ 3,4 %, et", "Österreich gibt rund 1 Prozent aus".
_BARE_LEVEL_AFTER = re.compile(r"\s*(?:[.,;:!?]|$|\s(?:and|et|und)\s|aus\b)")
_PERCENT_FIGURE = re.compile(r"\d\s*" + _PERCENT_UNIT, re.IGNORECASE)
# "now" dates a level to the latest year reported ("Poland, which now spends 4.5% of GDP").
_NOW_WORD = re.compile(r"\bnow\b", re.IGNORECASE)


def spending_now(text: str, span: tuple[int, int], clause: tuple[int, int]) -> bool:
    """True when the defence share at `span` is a country's told in the present tense, with no
    time, plan or forecast in its phrase ("The host, Italy, spends about 1.5% of its GDP on
    defence"; "En face, la Russie consacre plus de 6 % de son PIB à son armée"): the level it
    has, of no year the story has reached (README: present tense alone fixes no year)."""
    start, end = span
    lo, hi = clause
    verb = _SPENDS_NOW.search(text, max(lo, start - 100), start)
    if verb is None:
        return False
    if not (_OF_ECONOMY_AFTER.match(text, end) or _BARE_LEVEL_AFTER.match(text, end)):
        return False
    # Only the level's own phrase, from the phrase its subject opens to the end of its own:
    # "spends about 2.4% of GDP on defence and the government has said it will raise spending to
    # 3% by 2029", "revenues fell by 24% last year, the Kremlin is devoting around 7% of GDP"
    # tell the other figure its time, not this one.
    # (a phrase before it only when it tells a figure of its own, not a time put first: "En 2024,
    # la Pologne consacre")
    # (a figure before an earlier phrase end is before the last one too: only the last is tried)
    ends = list(_PHRASE_END.finditer(text, lo, verb.start()))
    opened = ends[-1].end() if ends and _PERCENT_FIGURE.search(text, lo, ends[-1].start()) else lo
    stop = _PHRASE_END.search(text, end, hi)
    phrase = (opened, stop.start() if stop else hi)
    return not _timed(text, *phrase, lexicon.NOW, _NOW_WORD)


# The European Peace Facility, the EU's fund members pay into by a key.
_PEACE_FACILITY = re.compile(
    r"\b(?:(?-i:European\s+)?Peace\s+Facility|Facilité\s+européenne\s+pour\s+la\s+paix"
    r"|\w*Friedensfazilität|(?-i:EPF|FEP))\b",
    re.IGNORECASE,
)
# A member's part of it named before the share: "Ireland pays about", "Ireland's share of the
# Peace Facility budget is about", "contribue ... à hauteur de", "der österreichische Anteil".
_KEY_BEFORE = re.compile(
    r"\b(?:pays|share|contribut\w*|contribue\w*|part|quote-part|\w*[Aa]nteil\w*|trägt|beteiligt)"
    r"\b[^\d.;]{0,80}$",
    re.IGNORECASE,
)


def peace_facility_key(text: str, span: tuple[int, int]) -> bool:
    """True when the share at `span` is a member's key in the European Peace Facility ("Ireland
    pays about 2.1% of the cost of each Ukraine measure under the European Peace Facility",
    "La Belgique contribue à la Facilité européenne pour la paix à hauteur de 3,6 %"), no time
    of its own beside it: a standing key, of no year (README, settled: "a Peace Facility key is
    the country's military_aid, recipient null, year null")."""
    start, end = span
    if _PEACE_FACILITY.search(text) is None:
        return False
    found = _KEY_BEFORE.search(text, max(0, start - 100), start)
    if found is None:
        return False
    stop = re.search(r"[,;:]", text[end:])
    phrase_end = end + stop.start() if stop is not None else len(text)
    for pattern in (lexicon.YEAR_DIGITS, lexicon.RELATIVE_TIME, lexicon.MONTH_ONLY):
        if pattern.search(text, found.start(), phrase_end):
            return False
    return True


def key_for_ukraine(text: str, span: tuple[int, int]) -> bool:
    """True when the member's key at `span` is of the Facility's Ukraine part, named in the key's
    phrase ("Ireland pays about 2.1% of the cost of each Ukraine measure"), not of the whole
    Facility ("à hauteur de 3,6 % de son enveloppe totale, soit 180 millions au titre du Fonds
    d'assistance à l'Ukraine": the Ukraine part is the next sum's)."""
    start, end = span
    found = _KEY_BEFORE.search(text, max(0, start - 100), start)
    lo = found.start() if found is not None else start
    stop = re.search(r"[,;:]", text[end:])
    hi = end + stop.start() if stop is not None else len(text)
    return _UKRAINE_NAMED.search(text, lo, hi) is not None


_UKRAINE_NAMED = re.compile(r"\b(?:Ukrain\w*|Kyiv|Kiev|Kiew)\b", re.IGNORECASE)


# A share of a whole summed since a start, or of a total: "92% of all military aid allocated
# since", "Europe's share of all military aid allocated since the start of the war", "65% of
# the total", "la part de l'ensemble de l'aide ... depuis", "am Gesamtvolumen seit".
_CUMULATIVE_SHARE = re.compile(
    r"\b(?:of\s+all\s+(?:[\w-]+\s+){0,3}(?:aid|assistance|support|allocations|commitments)\b"
    r"[^.;]{0,60}?\bsince|share\s+of\s+all\b[^.;]{0,60}?\bsince"
    r"|of\s+the\s+total\b(?!\s+(?:\w+\s+)?(?:budget|spending))"
    r"|(?:de\s+l['’]ensemble|du\s+total)\b[^.;]{0,60}?\bdepuis"
    r"|(?:am\s+Gesamt\w*|aller\s+\w+)[^.;]{0,60}?\bseit)",
    re.IGNORECASE,
)


def cumulative_share(text: str, unit: str) -> bool:
    """True when a share's sentence measures it against a whole summed since a start or a
    total ("Europe's share of all military aid allocated since the start of the war has risen
    to 58%, from 45% at the end of last year"): a cumulative share, of no year, and so is the
    share it rose from (README: cumulative shares have year null)."""
    return unit == "percent" and _CUMULATIVE_SHARE.search(text) is not None


# A fund told by its size: "a €100 billion special fund", "from a £325 million fund", "a fund
# of DKK 60 billion", "das Sondervermögen Bundeswehr von 100 Milliarden Euro", "ein
# Beschleunigungsfonds über 50 Milliarden Kronen", "un fonds spécial de 200 millions d'euros",
# "das 2022 mit 100 Milliarden Euro ausgestattet worden war" (not a sum paid into a fund, "au
# Fonds de soutien", nor one that "will fund" an item).
_FUND_AFTER = re.compile(
    r"\s*(?:(?:special|acceleration|defen[cs]e|dedicated|support|reconstruction|schwer\w*)\s+)?"
    r"(?:fund|Fonds|Sondervermögen)\b"
)
_FUND_WORD = re.compile(r"(?:fund|fonds|Sondervermögen)", re.IGNORECASE)
_FUND_BEFORE = re.compile(
    r"\b\w*(?:fund|fonds|Fonds|Sondervermögen)(?:\s+(?:spécial|Bundeswehr))?\s+(?:of|worth|von"
    r"|über|in\s+Höhe\s+von|de)\s+(?:(?:about|some|roughly|rund|etwa|environ|quelque)\s+)?$"
)
_ENDOWED = re.compile(r"\b(?:mit|with)\s+(?:(?:rund|etwa|about)\s+)?$")
_ENDOWED_AFTER = re.compile(r"\s+(?:ausgestattet|dotiert|endowed)\b")


def fund_size(text: str, span: tuple[int, int], *, dated: bool) -> bool:
    """True when the sum at `span` is the size of a fund, named right before or after it: a
    standing instrument's size, of no year the story has reached (the docs' year policy).
    `dated`: the figure's own sentence gave its year; a fund endowed for a year named ("ist
    heuer mit 80 Millionen Euro dotiert") is that year's allotment."""
    if _FUND_WORD.search(text) is None:
        return False
    start, end = span
    if _FUND_AFTER.match(text, end) or _FUND_BEFORE.search(text, max(0, start - 60), start):
        return True
    return bool(
        not dated
        and _ENDOWED.search(text, max(0, start - 20), start)
        and _ENDOWED_AFTER.match(text, end)
    )
