"""Word lists the context rules read: actors and their normalized names, category keywords, years.

Every pattern is matched once per sentence, never across the whole text per figure.
"""

import functools
import re
from collections.abc import Iterator

from services.extractor import dispatch, officeholders

# Words of approximation between a cue and its figure ("compared with about", "rund", "près de").
ROUGHLY = r"(?:about|around|some|roughly|nearly|almost|rund|etwa|knapp|environ|près\s+de)"

# Ukraine by its name or its capital's, in English, German and French.
UKRAINE_NAMES = r"(?:Ukraine|Kyiv|Kiev|Kiew)"

# Normalized actor names, in match order: longer or more specific names first, since regex
# alternation takes the first alternative that matches at a position.
# The EU's bank, whose loans to Ukraine are the Union's financial aid.
EIB_NAMES = (
    r"European\s+Investment\s+Bank|(?-i:EIB|BEI)|Europäische[nr]?\s+Investitionsbank"
    r"|Banque\s+européenne\s+d['’]investissement"
)
_ACTORS: list[tuple[str, str]] = [
    (
        "NATO European members",
        r"(?:NATO\s+European|European\s+NATO)(?:\s+member)?\s+(?:states|members|countries|allies)"
        r"|European\s+(?:allies|members|member\s+states)|(?:the\s+)?(?:Alliance|NATO|Nato)['’]s\s+European\s+(?:members"
        r"|allies|member\s+states)|europäische[n]?\s+(?:Nato|NATO)-\w+"
        # the alliance's European members named as such: "die europäischen Mitglieder und Kanada"
        r"|europäische[n]?\s+(?:Mitglieder|Verbündeten|Alliierten)"
        r"|alliés\s+européens|(?:membres|pays|États)\s+européens\s+de\s+l['’](?:Alliance|OTAN|Otan)",
    ),
    (
        "NATO allies",
        r"(?:NATO|Nato|OTAN|Otan)\s+(?:allies|members|member\s+states|member\s+countries|countries"
        r"|partners|nations|leaders|heads\s+of\s+(?:state|government))"
        # the members named by the alliance: "Die Mitglieder des Bündnisses", "les dirigeants de
        # l'OTAN", "members of the alliance"
        r"|(?:members|leaders)\s+of\s+(?:the\s+)?(?:alliance|NATO)|Mitglieder\s+des\s+Bündnisses"
        r"|(?:membres|dirigeants)\s+de\s+l['’](?:Alliance|OTAN|Otan)|(?:the\s+)?Alliance(?:['’]s)?\s+(?:\d+\s+)?(?:member\s+states|members"
        r"|countries|allies)|allied\s+(?:countries|nations|governments)|(?:NATO|Nato)-(?:Staaten"
        r"|Verbündeten|Partner|Mitglieder|Länder)|Verbündeten|alliés(?:\s+de\s+l['’]Otan)?"
        r"|pays\s+de\s+l['’]Otan|allies",
    ),
    (
        "Western partners",
        r"Western\s+(?:allies|partners|countries|nations)|the\s+West\b|westliche[n]?\s+"
        r"(?:Partner|Verbündeten|Staaten)|partenaires\s+occidentaux|Occidentaux",
    ),
    (
        "Ramstein group",
        r"Ukraine\s+Defen[cs]e\s+Contact\s+Group|(?-i:Contact\s+Group)|groupe\s+de\s+contact"
        r"|Kontaktgruppe|Ramstein[\s-](?:group|format|Gruppe|coalition"
        r"|partners|allies)|(?:the\s+)?Ramstein(?=\s+(?:meeting|pledges|countries))",
    ),
    (
        "artillery coalition",
        r"artillery\s+coalition|coalition\s+(?:pour\s+l['’])?artillerie|Artillerie-?[Kk]oalition",
    ),
    (
        "drone coalition",
        r"drone\s+coalition|coalition\s+(?:pour\s+les\s+|des\s+)?(?:«\s*)?drones(?:\s*»)?"
        r"|Drohnen-?[Kk]oalition",
    ),
    (
        "coalition of the willing",
        r"coalition\s+of\s+the\s+willing|coalition\s+des\s+volontaires|Koalition\s+der\s+Willigen",
    ),
    (
        # both regions together, named as one group: "the Nordic and Baltic countries as a group",
        # "the eight Nordic and Baltic states", "NB8"
        "Nordic and Baltic countries",
        r"Nordic\s+and\s+Baltic\s+(?:countries|states|nations|governments|allies|donors)"
        r"|Nordic[\s-]Baltic\s+Eight|(?-i:NB8)|nordische[n]?\s+und\s+baltische[n]?\s+(?:Länder|Staaten)"
        r"|pays\s+nordiques\s+et\s+baltes",
    ),
    (
        "Nordic countries",
        r"Nordic\s+(?:countries|states|nations|governments|allies|donors)|(?:the\s+)?Nordics"
        r"|nordische[n]?\s+(?:Länder|Staaten)|pays\s+nordiques",
    ),
    (
        "Baltic states",
        r"Baltic\s+(?:states|countries|nations|governments)|(?:the\s+)?Baltics"
        r"|baltische[n]?\s+(?:Staaten|Länder)|pays\s+baltes|États\s+baltes",
    ),
    (
        # givers named only as partners, in the text's words: "financed by partner countries",
        # "support from international partners"
        "partner countries",
        r"partner\s+(?:countries|nations|states|governments)|Partnerländer\w*|Partnerstaaten"
        r"|pays\s+partenaires",
    ),
    (
        "international partners",
        r"international\s+partners|internationale[n]?\s+Partner\w*|partenaires\s+internationaux",
    ),
    (
        # a region's givers, named as such: "the five Asia-Pacific donors"
        "Asia-Pacific donors",
        r"Asia[\s-]Pacific\s+(?:donors|countries|governments)|donateurs\s+d['’]Asie[\s-]Pacifique"
        r"|asiatisch-pazifische[n]?\s+(?:Geber\w*|Länder|Staaten)",
    ),
    (
        "donor countries",
        r"donor\s+(?:countries|nations|governments|states)|(?:the\s+)?donors|(?:aller\s+)?Geber\b"
        r"|Gebern\b|Geberländer\w*|Geberstaaten|pays\s+donateurs|bailleurs"
        # a tracker's bare governments beside the EU's institutions: "governments and EU
        # institutions have committed", "Regierungen und EU-Institutionen", "les gouvernements
        # et les institutions de l'UE" (all its donors; "European governments" stay Europe's)
        r"|(?<!European\s)(?<!europäischen\s)(?:governments|Regierungen|gouvernements)"
        r"(?=\s+(?:and|und|et)\s+(?:the\s+|die\s+|les\s+)?"
        r"(?:(?-i:EU)[\s-](?:institutions|Institutionen)|institutions\s+(?:de\s+l['’]UE|of\s+the\s+EU)))"
        # the French plural alone, as the English "donors" (not Europe's or a region's own)
        r"|(?:les\s+)?donateurs(?!\s+(?:européens|d['’]Asie))"
        # contributors the text only counts, roughly: "Financée par une vingtaine de pays",
        # "rund 20 Staaten haben sich beteiligt", "some 20 countries have paid in"
        r"|(?:une\s+)?(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine)"
        r"\s+de\s+pays|(?:some|about|around|roughly|rund|etwa)\s+(?:\d+|a\s+dozen)"
        r"\s+(?:countries|nations|states|Länder|Staaten)",
    ),
    (
        "G7",
        r"(?:G7|G-7)\s+(?:countries|nations|partners|members|governments|allies)"
        r"|G7-(?:Staaten|Länder)|pays\s+du\s+G7",
    ),
    (
        "NATO",
        # "the alliance" in news on defence and Ukraine is NATO
        r"(?-i:NATO|Nato|OTAN|Otan)|the\s+(?:Atlantic\s+|transatlantic\s+)?alliance(?![\w'’-])"
        r"|(?:das|des|dem)\s+(?:transatlantischen\s+)?Bündnis(?:ses)?\b"
        r"|l['’]Alliance(?:\s+atlantique)?\b",
    ),
    (
        # the Union and its members counted together (the articles' README)
        "EU and EU member states",
        r"Team\s+Europe",
    ),
    (
        "EU member states",
        r"(?-i:EU)\s+(?:member\s+states|countries|members|governments)|(?:its|their)\s+Member\s+States"
        r"|EU-(?:Staaten|Länder"
        r"|Mitgliedstaaten|Mitgliedsstaaten)|États\s+membres(?:\s+de\s+l['’]UE)?"
        # the Union's own members after it: "die EU und ihre Mitgliedstaaten"
        r"|ihre[n]?\s+(?:Mitgliedstaaten|Mitgliedsstaaten|Mitgliedsländer[n]?)",
    ),
    (
        "EU",
        r"European\s+(?:Union|Commission|Peace\s+Facility|Council)|(?-i:EU)\s+Commission"
        r"|EU-Kommission|Europäische[nr]?\s+(?:Union|Kommission)|Union\s+européenne"
        # the Union's executive and its instrument for Ukraine, named without "European"
        r"|(?:the|la|die|der)\s+(?-i:Commission|Kommission)(?!\s+(?:on|for|of|de|für)\b)"
        r"|Ukraine\s+Facility|Facilité\s+pour\s+l['’]Ukraine|Ukraine-Fazilität"
        r"|Facilité\s+européenne\s+pour\s+la\s+paix"
        # the member governments deciding together in the Council: "les Vingt-Sept ont décidé"
        r"|(?-i:Vingt-Sept|Twenty-Seven)"
        r"|Commission\s+européenne|(?-i:E\.U\.|EU|UE)(?![\w-]|\.\w)|(?-i:EU)(?=-)|l['’](?-i:UE)"
        r"|(?-i:Brussels)(?=\s+(?:has|have|will|would|pledged|approved|agreed|hopes|wants|plans"
        r"|proposed|says|said|is\s+(?:contributing|providing|lending|paying|giving)|contribut\w*"
        r"|provides|provided|lends|lent|disburs\w*|pays|paid|gives|gave))",
    ),
    (
        "IMF",
        r"(?-i:IMF|IWF|FMI)|International\s+Monetary\s+Fund|Internationale[nr]?\s+Währungsfonds?"
        r"|Fonds\s+monétaire\s+international",
    ),
    ("EU", EIB_NAMES),
    # The Union named by another of its bodies, or as "the bloc" / "the Union" / "l'Union" (not
    # the Soviet or African one, nor Germany's CDU/CSU, "die Union").
    (
        "EU",
        r"European\s+Parliament|Parlement\s+européen|Europäische[ns]?\s+Parlament\w*"
        r"|Conseil\s+européen|Europäische[nr]?\s+Rat(?:e?s)?|Council\s+of\s+the\s+(?-i:EU)"
        r"|Council\s+of\s+the\s+European\s+Union|Conseil\s+de\s+l['’](?-i:UE)"
        r"|the\s+(?:27-(?:nation|member)\s+|(?-i:EU)\s+)?bloc(?![\w-])"
        r"|(?<!State\sof\s)the\s+(?-i:Union)(?!\s+(?:of|for)\b)"
        # ("l'Union européenne" is matched from "Union"; "institutions de l'Union comprises" is
        # an aside of what a total includes)
        r"|l['’](?-i:Union)(?!\s+(?:européenne|soviétique|africaine|des|de|du|pour|comprise?s?)\b)",
    ),
    ("World Bank", r"World\s+Bank|Weltbank|Banque\s+mondiale"),
    # Multilateral lenders give in their own name, like the World Bank (the EIB is the EU's).
    (
        "EBRD",
        r"European\s+Bank\s+for\s+Reconstruction\s+and\s+Development|(?-i:EBRD|BERD)"
        r"|Osteuropabank|Europäische[nr]?\s+Bank\s+für\s+Wiederaufbau\s+und\s+Entwicklung"
        r"|Banque\s+européenne\s+pour\s+la\s+reconstruction\s+et\s+le\s+développement",
    ),
    (
        "Council of Europe Development Bank",
        r"Council\s+of\s+Europe\s+Development\s+Bank|(?-i:CEB)(?![\w-])"
        r"|Entwicklungsbank\s+des\s+Europarate?s|Banque\s+de\s+développement\s+du\s+Conseil\s+de"
        r"\s+l['’]Europe",
    ),
    (
        "Nordic Investment Bank",
        r"Nordic\s+Investment\s+Bank|(?-i:NIB)(?![\w-])|Nordische\s+Investitionsbank"
        r"|Banque\s+nordique\s+d['’]investissement",
    ),
    (
        "G7",
        r"(?-i:G7|G-7)|Group\s+of\s+Seven|Gruppe\s+der\s+Sieben|groupe\s+des\s+Sept",
    ),
]
# (normalized name, names and metonyms, adjective). The adjective counts only before "government",
# "aid", "package" and the like ("the German government", "a Swedish package").
# A capital stands for its country unless a capitalised word follows ("Oslo Accords"); the
# lookahead is case-sensitive inside the case-insensitive actor pattern.
_NOT_NAME = r"(?!\s+(?-i:[A-Z]))"
_COUNTRIES: list[tuple[str, str, str]] = [
    (
        "United States",
        r"United\s+States(?:\s+of\s+America)?|U\.S\.A\.|U\.S\.(?!\$)|(?-i:USA|US)(?![\w$-])"
        r"|America(?!n)|Pentagon|White\s+House|(?-i:Congress)|(?:Biden|Trump)\s+administration"
        r"|Vereinigten\s+Staaten|US-Regierung|[ÉE]tats-Unis|Amérique|(?-i:Washington)"
        # the French press's name for the American side: "les 115 milliards d'euros des
        # Américains" (as "les Européens" is Europe's)
        r"|(?-i:Américains)",
        r"American|US|U\.S\.",
    ),
    (
        "Germany",
        r"Germany|Deutschland|Allemagne|Bundesrepublik|Bundesregierung|Bundestag|Bundeshaushalt\w*|(?-i:Berlin)"
        # institutions no other country has: its armed forces and its foreign office
        r"|Bundeswehr\w*|Auswärtige[ns]?\s+Amt\w*"
        # the French press's name for Germany: "Outre-Rhin, le gouvernement a inscrit ..."
        r"|Outre-Rhin"
        # the Federation's ministries by their compound names: "im Auftrag des
        # Bundesentwicklungsministeriums" (Austria's and Switzerland's too, below; not the bare
        # "Bundesministerium", which names Austria's ministries as well)
        r"|(?-i:Bundes)\w+ministeri(?:um|ums)"
        # the Federation by its short name: "Der Bund hat 7,5 Milliarden Euro eingeplant", "die
        # Zinsausgaben des Bundes" (Austria's and Switzerland's too, below)
        r"|(?-i:(?<=[Dd]er\s|[Dd]es\s|[Dd]em\s|[Dd]en\s)Bund(?:es)?)\b",
        r"German|deutsche[nmrs]?",
    ),
    (
        "France",
        r"France|Frankreich|(?-i:Paris)|(?-i:française|françaises)(?=\s+(?:à|en|pour|de|a|est))"
        # the ministry, the presidency and the foreign ministry by their French names
        r"|minist[eè]re\s+des\s+Armées|(?-i:Élysée|Elysée|Matignon)|Quai\s+d['’]Orsay",
        r"French|französische[n]?",
    ),
    (
        "United Kingdom",
        r"United\s+Kingdom|U\.K\.|(?-i:UK)(?![\w-])|Great\s+Britain|Britain|Großbritannien"
        r"|Royaume-Uni|(?-i:London|Londres)|Downing\s+Street|Outre-Manche",
        r"British|UK|britische[nmrs]?",
    ),
    ("Canada", r"Canada|Kanada|(?-i:Ottawa)", r"Canadian|kanadische[n]?"),
    ("Sweden", rf"Sweden|Schweden|Suède|(?-i:Stockholm){_NOT_NAME}", r"Swedish|schwedische[n]?"),
    ("Norway", rf"Norway|Norwegen|Norvège|(?-i:Oslo){_NOT_NAME}", r"Norwegian|norwegische[n]?"),
    (
        "Denmark",
        rf"Denmark|Dänemark|Danemark|(?-i:Copenhagen|Kopenhagen|Copenhague){_NOT_NAME}",
        r"Danish|dänische[n]?",
    ),
    (
        "Netherlands",
        r"(?:the\s+)?Netherlands|Niederlande|Pays-Bas"
        r"|(?-i:The\s+Hague|Den\s+Haag|La\s+Haye)(?!\s+(?:summit|Gipfel|declaration))",
        r"Dutch|niederländische[n]?",
    ),
    ("Poland", r"Poland|Polen|Pologne|(?-i:Warsaw|Varsovie|Warschau)", r"Polish|polnische[n]?"),
    ("Italy", rf"Italy|Italien|Italie|(?-i:Rome){_NOT_NAME}", r"Italian|italienische[nmrs]?"),
    ("Spain", rf"Spain|Spanien|Espagne|(?-i:Madrid){_NOT_NAME}", r"Spanish|spanische[nmrs]?"),
    (
        "Finland",
        rf"Finland|Finnland|Finlande|(?-i:Helsinki){_NOT_NAME}",
        r"Finnish|finnische[nmrs]?",
    ),
    ("Estonia", r"Estonia|Estland|Estonie|(?-i:Tallinn)", r"Estonian"),
    ("Latvia", r"Latvia|Lettland|Lettonie|(?-i:Riga)", r"Latvian"),
    ("Lithuania", r"Lithuania|Litauen|Lituanie|(?-i:Vilnius)", r"Lithuanian"),
    ("Belgium", r"Belgium|Belgien|Belgique", r"Belgian|belgische[nmrs]?"),
    (
        "Czech Republic",
        r"Czech\s+Republic|Czechia|Tschechien|République\s+tchèque|(?-i:Prague|Prag)",
        r"Czech",
    ),
    ("Portugal", rf"Portugal|(?-i:Lisbon|Lissabon|Lisbonne){_NOT_NAME}", r"Portuguese"),
    ("Romania", r"Romania|Rumänien|Roumanie|(?-i:Bucharest|Bukarest|Bucarest)", r"Romanian"),
    ("Turkey", r"Türkiye|Turkey|Türkei|Turquie|(?-i:Ankara)", r"Turkish"),
    ("Greece", r"Greece|Griechenland|Grèce|(?-i:Athens|Athen|Athènes)", r"Greek"),
    ("Ireland", r"Ireland|Irland|Irlande|(?-i:Dublin)", r"Irish"),
    ("Iceland", r"Iceland|Islande|(?-i:Reykjavik)", r"Icelandic"),
    ("Luxembourg", r"Luxembourg|Luxemburg|Grand-Duché|Großherzogtum", r"Luxembourgish"),
    ("Slovakia", r"Slovakia|Slowakei|Slovaquie|(?-i:Bratislava)", r"Slovak"),
    ("Slovenia", r"Slovenia|Slowenien|Slovénie|(?-i:Ljubljana)", r"Slovenian"),
    ("Croatia", r"Croatia|Kroatien|Croatie|(?-i:Zagreb)", r"Croatian"),
    (
        "Bulgaria",
        r"Bulgaria|Bulgarien|Bulgarie|(?-i:Sofia)(?=\s+(?:has|will|said|pledged))",
        r"Bulgarian",
    ),
    ("Hungary", r"Hungary|Ungarn|Hongrie|(?-i:Budapest)", r"Hungarian"),
    ("New Zealand", r"New\s+Zealand|Neuseeland|Nouvelle-Zélande", r"New\s+Zealand"),
    (
        "Austria",
        # "das Bundesheer": Austria's armed forces (Germany's are the Bundeswehr)
        r"Austria|Österreich|Autriche|Bundesheer\w*|(?-i:Vienna|Wien|Vienne)",
        r"Austrian|österreichische[nmrs]?",
    ),
    (
        "Switzerland",
        # "le Conseil fédéral", "la Confédération" are the Swiss government in French
        r"Switzerland|Schweiz|Suisse|(?-i:Bern|Berne)|Conseil\s+fédéral|Eidgenossenschaft"
        r"|(?-i:Confédération)(?!\s+(?:canadienne|syndicale|européenne))",
        r"Swiss|schweizerische[nmrs]?",
    ),
    ("Japan", rf"Japan|Japon|(?-i:Tokyo|Tokio){_NOT_NAME}", r"Japanese|japanische[nmrs]?"),
    ("Australia", r"Australia|Australien|Australie|(?-i:Canberra)", r"Australian"),
    (
        "South Korea",
        r"South\s+Korea|Südkorea|Corée\s+du\s+Sud|(?-i:Seoul|Séoul)",
        r"South\s+Korean",
    ),
    (
        "Russia",
        r"Russia|Russland|Russie|Kremlin|Kreml|(?-i:Moscow|Moscou|Moskau)",
        r"Russian|russische[n]?",
    ),
    ("China", r"China|Chine|(?-i:Beijing|Pékin|Peking)", r"Chinese"),
    # Taiwan gives aid in its own name (not a place aid goes to in these stories).
    ("Taiwan", r"Ta[iï]wan", r"Taiwanese|taiwanische[nmrs]?|taïwanais\w*"),
    # The Western Balkans' members and candidates, which give and spend in their own name.
    ("Albania", r"Albania|Albanien|Albanie|(?-i:Tirana)", r"Albanian|albanische[nmrs]?"),
    (
        "North Macedonia",
        r"North\s+Macedonia|Nordmazedonien|Macédoine\s+du\s+Nord|(?-i:Skopje)",
        r"(?:North\s+)?Macedonian|nordmazedonische[nmrs]?",
    ),
    ("Montenegro", r"Montenegro|Monténégro|(?-i:Podgorica)", r"Montenegrin"),
    # Germany's Länder give in their own name, through partnerships with Ukrainian regions
    # ("Niedersachsen stellt Mykolajiw 5 Millionen Euro bereit"): the Land, not the Federation.
    # (not the city-states, whose names are their cities')
    ("Baden-Württemberg", r"Baden-Württemberg", r"baden-württembergische[nmrs]?"),
    ("Bavaria", r"Bavaria|Bayern(?!\s+München)|Bavière", r"Bavarian|bayerische[nmrs]?"),
    ("Brandenburg", r"Brandenburg(?!\s+Gate|er\s+Tor)", r"brandenburgische[nmrs]?"),
    ("Hesse", r"Hesse|Hessen", r"Hessian|hessische[nmrs]?"),
    ("Lower Saxony", r"Lower\s+Saxony|Niedersachsen|Basse-Saxe", r"niedersächsische[nmrs]?"),
    (
        "Mecklenburg-Western Pomerania",
        r"Mecklenburg-(?:Western\s+Pomerania|Vorpommern)|Mecklembourg-Poméranie",
        r"mecklenburg-vorpommersche[nmrs]?",
    ),
    (
        "North Rhine-Westphalia",
        r"North\s+Rhine-Westphalia|Nordrhein-Westfalen|Rhénanie-du-Nord-Westphalie",
        r"nordrhein-westfälische[nmrs]?",
    ),
    (
        "Rhineland-Palatinate",
        r"Rhineland-Palatinate|Rheinland-Pfalz|Rhénanie-Palatinat",
        r"rheinland-pfälzische[nmrs]?",
    ),
    ("Saarland", r"Saarland|Sarre", r"saarländische[nmrs]?"),
    ("Saxony-Anhalt", r"Saxony-Anhalt|Sachsen-Anhalt|Saxe-Anhalt", r"sachsen-anhaltische[nmrs]?"),
    ("Saxony", r"Saxony|Sachsen(?!-)|Saxe(?!-)", r"Saxon|sächsische[nmrs]?"),
    ("Schleswig-Holstein", r"Schleswig-Holstein", r"schleswig-holsteinische[nmrs]?"),
    ("Thuringia", r"Thuringia|Thüringen|Thuringe", r"Thuringian|thüringische[nmrs]?"),
    (
        "European countries",
        r"Europe|Europa|Europeans|European\s+(?:countries|donors|governments|nations|states)"
        # Europe as a whole, adverbially: "1,1 Milliarden Euro europaweit", "Europe-wide"
        r"|europaweit|Europe-wide|(?<=across\s)the\s+continent"
        r"|Europäer|europäische[nr]?\s+(?:Geber\w*|Länder|Staaten|Regierungen)|Européens"
        r"|(?:pays|donateurs|gouvernements)\s+européens",
        r"European",
    ),
]
# Groups of givers: an apposition ("Among large donors, the United Kingdom") is not a list.
AGGREGATES = frozenset(
    {
        "NATO European members",
        "NATO allies",
        "Western partners",
        "Ramstein group",
        "Nordic countries",
        "Baltic states",
        "donor countries",
        "Asia-Pacific donors",
        "Nordic and Baltic countries",
        "partner countries",
        "international partners",
        "EU member states",
        "European countries",
        "artillery coalition",
        "drone coalition",
        "coalition of the willing",
    }
)
# Countries, which have economies that a distractor figure (inflation, debt) can describe.
COUNTRIES = frozenset(name for name, _, _ in _COUNTRIES if name != "European countries")
ADVERSARIES = frozenset({"Russia", "China", "Iran", "North Korea", "Belarus"})
# Offices several countries have under one name, read by default as one country's: the
# Bundesregierung is Austria's in a story on Austria that names Germany no other way ("Die
# Bundesregierung stellt der Ukraine weitere 15 Millionen Euro zur Verfügung" in Vienna).
# (default giver, the office's names, the countries it can be: None for any)
SHARED_OFFICES: tuple[tuple[str, re.Pattern[str], frozenset[str] | None], ...] = (
    ("Germany", re.compile(r"Bundesregierung", re.IGNORECASE), frozenset({"Austria"})),
    (
        "Germany",
        re.compile(r"Bundes\w+ministeri(?:um|ums)"),
        frozenset({"Austria", "Switzerland"}),
    ),
    ("Germany", re.compile(r"Bund(?:es)?"), frozenset({"Austria", "Switzerland"})),
    ("United Kingdom", re.compile(r"House\s+of\s+Commons"), frozenset({"Canada"})),
)
# City metonyms are places, not donors, after "in"/"at" ("the NATO summit in Washington").
CITY_NAMES = frozenset(
    [
        "washington",
        "berlin",
        "paris",
        "london",
        "ottawa",
        "warsaw",
        "moscow",
        "beijing",
        "brussels",
        "stockholm",
        "oslo",
        "copenhagen",
        "helsinki",
        "tokyo",
        "rome",
        "the hague",
        "den haag",
        "la haye",
        "prague",
        "prag",
        "vilnius",
        "riga",
        "tallinn",
        "madrid",
        "lisbon",
        "vienna",
        "wien",
        "bern",
        "canberra",
        "seoul",
        "ankara",
        "bucharest",
        "dublin",
        "budapest",
        "bratislava",
        "zagreb",
        "ljubljana",
        "reykjavik",
        "sofia",
        "moscou",
        "moskau",
        "londres",
        "varsovie",
        "warschau",
        "kopenhagen",
        "copenhague",
        "tokio",
        "pékin",
        "peking",
        "athens",
        "athen",
        "athènes",
    ]
)
_ADJECTIVE_CONTEXT = (
    r"(?=\s+(?:government|cabinet|parliament|(?:defen[cs]e\s+)?ministry|taxpayers"
    # the people and offices who speak and decide for it: "Polish officials", "the Lithuanian
    # defence minister", "das deutsche Verteidigungsministerium", "der polnische Außenminister"
    r"|officials|authorities|(?:(?:defen[cs]e|foreign|finance|prime)\s+)?minister"
    r"|(?:foreign|finance)\s+ministry|president|Behörden|Ministerium|(?:Verteidigungs|Außen"
    r"|Finanz)(?:ministerium|minister(?:in)?)|Regierungschef(?:in)?|Streitkräfte|(?:military\s+"
    r"|financial\s+|humanitarian\s+|security\s+)?(?:aid|assistance|support|package|contribution|model"
    r"|Regierung|Hilfe|Anteil|Beitrag|Unterstützung|Militärhilfe|Paket)s?\b)"
    # a giver's part of a tally: "Of the European total, EUR 46 billion is military aid"
    r"|\s+(?:total|tally|share)\b(?!\s+of\b)"
    # a country's economy: "Latvian inflation rose to 3.9%", "South Korean arms makers"
    r"|\s+(?:(?:consumer\s+)?inflation|economy|(?:public\s+|government\s+)?(?:debt|deficit)"
    r"|(?:government\s+)?bond|arms\s+(?:makers|industry|exports)|GDP|growth)\b"
    # a country's own spending: "the Czech budget for 2026 foresees 2.0%", "Polish defence outlays",
    # "American spending was flat", "die deutschen Ausgaben"
    r"|\s+(?:(?:state\s+|defen[cs]e\s+|military\s+)?budget|(?:(?:defen[cs]e|military)\s+)?(?:spending"
    r"|outlays|expenditure)|armed\s+forces|Verteidigungs(?:etat|haushalt|ausgaben)|Wehretat"
    r"|(?:Militär|Rüstungs)?[aA]usgaben)\b)"
)
# Recipients: Ukraine in all its forms first; then the places other aid in the news goes to.
_RECIPIENTS: list[tuple[str, str]] = [
    (
        "Ukraine",
        r"Ukrain(?:e|ian|ians|ische[nmrs]?|ien(?:ne)?s?)(?!\s+Defen[cs]e\s+Contact)|Kyiv|Kiev|Kiew|Kyjiw|Zelens\w*|Selenskyj\w*"
        r"|(?-i:Shmyhal|Svyrydenko|Umerov|Kuleba|Sybiha|Verkhovna\s+Rada|Naftogaz)"
        # the German and French spellings of the same officials
        r"|(?-i:Schmyhal|Chmyhal|Marchenko|Martschenko|Swyrydenko|Umjerow|Oumerov)"
        # its cities and regions, where aid is delivered: "a visit to Odessa", "in Charkiw"
        r"|(?-i:Odesa|Odessa|Kharkiv|Charkiw|Kharkov|Lviv|Lwiw|Kherson|Cherson|Zaporizhzhia"
        r"|Saporischschja|Zaporijjia|Mykolaiv|Mykolajiw|Dnipro|Zhytomyr|Schytomyr|Jytomyr"
        r"|Chernihiv|Tschernihiw|Donbas|Donbass)",
    ),
    # and by the adjective of its army or people: "the Moldovan army", "die moldauische Armee"
    # (and by its capital, as Ukraine by Kyiv: "in Chișinău zugesagt")
    (
        "Moldova",
        r"Moldova|Moldovan|Moldau|moldauische[nmrs]?|Moldavie|moldave"
        r"|(?-i:Chișinău|Chişinău|Chisinau|Kischinau|Kischinjow)",
    ),
    ("Gaza", r"Gaza"),
    ("Israel", r"Isra[eë]l"),
    ("Armenia", r"Armenian?|Armenien|armenische[nmrs]?|Arménie|arménien(?:ne)?s?"),
    ("Lebanon", r"Lebanon|Lebanese|Libanon|libanesische[nmrs]?|Liban|libanais(?:es?)?"),
    # not the US state: "Georgia Republican Marjorie Taylor Greene", "Atlanta, Georgia"
    (
        "Georgia",
        r"Georgien|georgische[nmrs]?|Géorgie|géorgien(?:ne)?s?|(?<!,\s)Georgia(?!\s+(?:(?-i:[A-Z])|Rep\.|Sen\.|Gov\.|lawmakers?"
        r"|state\b|congress\w*|senators?|voters))",
    ),
]
# Every country an economic aside can describe: givers, adversaries and the receiving countries.
ECONOMIES = COUNTRIES | {name for name, _ in _RECIPIENTS if name != "Gaza"}


def _named(prefix: str, index: int) -> str:
    return f"{prefix}{index}"


ACTOR_NAMES: dict[str, str] = {}
# (group name, pattern, what must follow), in match order.
_GROUPS: list[tuple[str, str, str]] = []
for _i, (_name, _pattern) in enumerate(_RECIPIENTS):
    ACTOR_NAMES[_named("r", _i)] = _name
    _GROUPS.append((_named("r", _i), _pattern, ""))
for _i, (_name, _pattern) in enumerate(_ACTORS):
    ACTOR_NAMES[_named("a", _i)] = _name
    _GROUPS.append((_named("a", _i), _pattern, ""))
# Offices and people are capitalized, and matched case-sensitively.
# A lookahead ("Austin(?=\s+said)") checks the text after a name; `actor_name` sees the name
# alone, so it matches without them.
_LOOKAHEAD = re.compile(r"\(\?=[^()]*(?:\([^()]*\)[^()]*)*\)")


def _name_only(pattern: str) -> re.Pattern[str]:
    return re.compile(_LOOKAHEAD.sub("", pattern))


_OFFICES = [(_name_only(p), name) for p, name in officeholders.INSTITUTIONS]
_PEOPLE = [(_name_only(p), terms) for p, terms in officeholders.PEOPLE]
_GROUPS.append(
    (
        "office",
        "|".join(f"(?-i:{p})" for p, _ in [*officeholders.INSTITUTIONS, *officeholders.PEOPLE]),
        "",
    )
)
# A German genitive: "Deutschlands Hilfe", "Österreichs Budget", "Polens Wehretat".
_GENITIVE = r"(?:(?:(?<=land)|(?<=eich)|(?<=en)|(?<=mark))s)?"
for _i, (_name, _pattern, _adjective) in enumerate(_COUNTRIES):
    ACTOR_NAMES[_named("c", _i)] = _name
    ACTOR_NAMES[_named("j", _i)] = _name
    _GROUPS.append((_named("j", _i), _adjective, _ADJECTIVE_CONTEXT))
    _GROUPS.append((_named("c", _i), f"(?:{_pattern}){_GENITIVE}", ""))
# Matched word by word, dispatched on the word's first letter (see dispatch.py).
ENTITY = dispatch.WordPattern(_GROUPS, end=r"(?![\w])")
_ENTITY_GROUPS = ENTITY.names


def is_office(group: str) -> bool:
    """True when a matched ENTITY group is an office, institution or office-holder."""
    return _ENTITY_GROUPS[group] == "office"


@functools.lru_cache(maxsize=1024)
def actor_name(group: str, matched: str, when: float | None) -> str | None:
    """The giver a matched ENTITY group names; for a person, the one they stood for in `when`."""
    group = _ENTITY_GROUPS[group]
    if group != "office":
        return ACTOR_NAMES[group]
    for pattern, name in _OFFICES:
        if pattern.fullmatch(matched):
            return name
    for pattern, terms in _PEOPLE:
        if pattern.fullmatch(matched):
            return officeholders.giver_in_office(terms, when)
    return None


# Speaker and venue, not giver: "NATO Secretary-General", "an EU summit", "NATO spokesperson".
NOT_A_GIVER_AFTER = re.compile(
    r"(?:['’]s)?\s*(?:Secretary|spokes\w*|summit|official|headquarters|(?:foreign|defen[cs]e)"
    r"\s+ministers|ministers['’]?|chief|envoy|ambassador|command|Generalsekretär|Gipfel|sommet"
    r"|secrétaire|porte-parole|allies"
    # a yardstick a country's own figure is measured by: "NATO criteria", "the EU's fiscal
    # rules", "der EU-Grenze von 3 Prozent", "die deutsche NATO-Quote", "le seuil exigé par"
    r"|-?(?:criteria|Kriterien|critères|standards?|definition|Regeln|methodology"
    r"|(?:fiscal\s+)?(?:rules|limit|ceiling|threshold|reference\s+value)|Grenze|Quote"
    r"|Defizitgrenze|Obergrenze|seuil|plafond))",
    re.IGNORECASE,
)
# A group's summit is a venue, not the group giving: "announced at the G7 summit in Kananaskis",
# "beim G7-Gipfel", "au sommet du G7".
SUMMIT_AFTER = re.compile(r"(?:['’]s)?\s*-?(?:summit|Gipfel\w*|sommet)\b", re.IGNORECASE)
SUMMIT_BEFORE = re.compile(
    r"\b(?:summit\s+of\s+the|sommet\s+du|Gipfel\w*\s+der)\s+$", re.IGNORECASE
)
# A city named by the text a summit adopted there is the venue, not its country giving: "the
# Ankara communique", "the Madrid declaration", "die Washingtoner Erklärung".
VENUE_AFTER = re.compile(
    r"(?:['’]s)?\s*-?(?:communiqu[ée]|declaration|Gipfelerklärung|Erklärung)\b", re.IGNORECASE
)
# A channel the allies pay through, not a giver (the alliance gives nothing of its own): "the
# NATO-Initiative PURL", "NATO's purchasing list", "the NATO Comprehensive Assistance Package
# Trust Fund", "le fonds de l'OTAN".
NATO_CHANNEL_AFTER = re.compile(
    r"(?:['’]s)?\s*-?(?:Initiative|initiative|PURL|purchas\w*|procurement|Comprehensive\s+Assistance"
    r"|(?:\w+\s+){0,3}?Trust\s+Fund|fund)\b",
    re.IGNORECASE,
)
# ... or the channel named before it as the alliance's: "le mécanisme PURL de l'OTAN", "die
# PURL-Initiative der Nato", "the trust fund of NATO", "la liste PURL de l'Alliance".
NATO_CHANNEL_BEFORE = re.compile(
    r"\b(?:PURL|[\w-]*Initiative|initiative|mécanisme|fonds(?:\s+fiduciaire)?|(?:trust\s+)?fund"
    r"|list[e]?|purchasing\s+list)\s+(?:de\s+l['’]|der\s+|of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# The words that name a channel the money goes through, not its giver: "through a World Bank
# trust fund", "via le mécanisme PURL de l'Otan", "par le biais de l'UE", "under NATO's list".
_CHANNEL = (
    r"\b(?:through|via|über|under|par\s+l['’]intermédiaire\s+de|par\s+le\s+biais\s+de"
    r"|à\s+travers|dans\s+le\s+cadre\s+d[eu]|au\s+titre\s+d[eu]"
    # what a giver pays into: "Ireland's contribution to the European Peace Facility", "der
    # Anteil an den Maßnahmen der Fazilität", "versera 200 millions $ US dans le mécanisme"
    r"|contributions?\s+(?:to|à)|Beitr(?:ag|äge)\s+(?:zu[rm]?|an)|Anteil\s+an|into|dans"
    # the verb: "La Belgique contribue en outre à la Facilité européenne pour la paix", "Ireland
    # also contributes to the Peace Facility"
    r"|contribu(?:e|es|ent|ed|tes?|ting)\s+(?:(?:also|further|en\s+outre|aussi|également"
    r"|par\s+ailleurs)\s+)?(?:to|à|au|aux)"
    # (or to the fund's budget: "contribue par ailleurs au budget de la FEP")
    r"(?:\s+(?:the\s+)?budget\s+(?:of|de|du|des))?"
    # a giver's own share of what it pays into: "sa quote-part de la Facilité européenne pour la
    # paix", "its share of the Peace Facility", "seinen Anteil an der Fazilität"
    r"|(?:sa|son|leur|its|their)\s+(?:quote-part|share|part)\s+(?:de|du|des|of|in))\s+"
)
# A coalition a giver's money goes through is its channel, not its giver: "$40 million, to be
# delivered through the international Drone Coalition", "via la coalition drones".
CHANNEL_BEFORE = re.compile(_CHANNEL + r"(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)
# A coalition named as where a giver's money goes or what it takes part in, not as who gives:
# "20 millions d'euros iront à la coalition des drones", "€5 million will go to the drone
# coalition", "Le pays participe aussi à la coalition drones", "beteiligt sich an der
# Drohnenkoalition", "fließen in die Drohnenkoalition".
COALITION_JOINED_BEFORE = re.compile(
    r"\b(?:(?:iront|ira|vont|va|seront\s+versés?|sera\s+versée?|go(?:es)?|going|will\s+go"
    r"|gehen|geht|fließen|fließt)\s+(?:à|au|to|an|in)|particip\w*\s+(?:(?:also|aussi"
    r"|également|auch|ebenfalls)\s+)?(?:à|au|in|an)|takes?\s+part\s+in|joined|member\s+of"
    r"|membre\s+de|beteilig\w*\s+sich\s+(?:(?:auch|ebenfalls)\s+)?an"
    # a German sum that goes "in die Drohnenkoalition" or "an die Koalition"
    r"|(?<=Euro\s)(?:in|an)\s+die|(?<=Dollar\s)(?:in|an)\s+die)\s+(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# A coalition's own size told right after it: "la coalition drones, dotée de plus de 2,5
# milliards d'euros", "the drone coalition, worth €2.5 billion", "mit einem Budget von".
COALITION_SIZED_AFTER = re.compile(
    r",?\s*(?:dotée?s?|worth|valued\s+at|with\s+(?:a\s+)?(?:budget|funding)|ausgestattet"
    r"|mit\s+einem\s+(?:Budget|Volumen))\b",
    re.IGNORECASE,
)
# Who holds the money up, named as the subject: "Budapest blocks", "la Hongrie bloque depuis des
# mois", "Ungarn blockiert".
BLOCKING_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|is|was|continues\s+to|a|hat)\s+)?(?:\w+\s+)?"
    r"(?:block(?:s|ed|ing)?|veto(?:es|ed|ing)?|bloqu\w*|blockier\w*)\b",
    re.IGNORECASE,
)
# An institution that estimates a sum, named as its subject, is its source, not its giver: "Die
# Weltbank schätzt die Kosten", "Le FMI estime ses besoins à". (A giver estimating its own
# package, "The Pentagon estimates the package at", is still its giver.)
ESTIMATORS = frozenset({"IMF", "World Bank"})
ESTIMATING_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|now|also|a|hat|now)\s+)?"
    r"(?:estimates?|estimated|schätzt\w*|beziffert\w*|estime\w*|évalu\w*)\b",
    re.IGNORECASE,
)
# A country or city named as the home of an institute, the source of a figure rather than its
# giver: "Germany's Kiel Institute", "the Bank of Finland's institute", "a Stockholm research
# institute", "das schwedische Friedensforschungsinstitut", "l'Institut ... de Stockholm (Sipri)".
INSTITUTE_HOME_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:\w*institut(?:e|es|s)?|think[- ]tank|Denkfabrik)\b"
    r"|\s+\((?:SIPRI|IISS)\)",
    re.IGNORECASE,
)
_NOT_A_GIVER_BEFORE = (
    r"(?:according\s+to|\bselon(?:\s+(?:[\w'’-]+\s+){0,4}?(?:de|du|des))?"
    # who estimates a sum, not who pays it: "estimated by the IMF at $40 billion"
    r"|\bestimated\s+by|\bestimée?s?\s+par|\bgeschätzt\s+(?:von|durch)"
    r"|\blaut(?:\s+(?:[\w'’-]+\s+){0,3}?(?:der|des|dem))?|excluding|except(?:\s+for)?|other\s+than|apart\s+from|without|besides|ohne|außer|hors"
    r"|sauf|à\s+l['’]exception\s+de|\bjoin(?:ed|s|ing)?|accession\s+to|beigetreten|rejoint"
    r"|(?:co-?)?chaired\s+by|(?:co-?)?led\s+by|coprésidée?s?\s+par|présidée?s?\s+par|dirigée?s?\s+par|menée?s?\s+par"
    r"|angeführt\s+von|unter\s+Führung\s+von|geleitet\s+von|administered\s+by|managed\s+by"
    r"|verwaltet\s+von|gérée?s?\s+par|administrée?s?\s+par"
    # a forum chaired or met in is a venue: "chairing the Ukraine Defense Contact Group"
    r"|\bchair(?:ing|ed|s)?|\bchair\s+of|meeting\s+of|Treffen\s+der|réunion\s+du"
    r"|adhésion\s+à"
    # who holds the money up, not who gives it: "blocked by Hungary", "bloqués par la Hongrie"
    r"|\b(?:blocked|vetoed|held\s+up|stalled|bloquée?s?|blockiert|gesperrt)\s+(?:by|par|von|durch)"
    # a partner, not the giver: "a joint initiative with the United States", "gemeinsam mit"
    r"|\bjoint\s+(?:[\w-]+\s+)?with|\bjointly\s+with|\bin\s+(?:partnership"
    r"|cooperation|co-operation)\s+with|\bgemeinsam\s+mit|\ben\s+partenariat\s+avec"
    # a guarantor of someone else's loan: "a loan backed by guarantees from Japan"
    r"|\b(?:guarantees?|Garantien|garanties)\s+(?:from|von|de)"
    # whose model or idea it is, not who pays: "following the model pioneered by Denmark"
    r"|\b(?:pioneered|modell?ed\s+on|inspired|championed|proposed|vorgeschlagen|proposée?)"
    r"(?:\s+(?:by|von|par))?"
    # who criticises or presses, not who pays: "criticised by some allies for spending only 1.3%"
    r"|\b(?:critici[sz]ed|pressed|pressured|praised|urged|blamed|kritisiert|gedrängt|gelobt"
    r"|critiquée?s?|pressée?s?)\s+(?:by|von|par)(?:\s+(?:some|several|many|other|einigen|mehreren"
    r"|certains|plusieurs))?|\bpressure\s+from(?:\s+(?:some|several|many|other))?"
    # a yardstick, not a giver: "Nach den Kriterien der NATO", "by the definition of the EU",
    # "selon les critères de l'OTAN"
    r"|\b(?:criteria|Kriterien|critères|definition|rules|Regeln|règles)\s+(?:of|der|des"
    r"|de|du)"
    # a class compared with, not a giver: "more than any other NATO member", "one of the
    # lowest ratios in NATO", "jeder andere Nato-Staat"
    r"|\b(?:any|every|each)\s+other|\bfellow|\bjede[rs]?\s+andere[nr]?|\btout\s+autre"
    r"|\b(?:lowest|highest|largest|smallest|biggest|weakest|strongest)\s+(?:[\w'’-]+\s+){0,3}?(?:in|of)"
    # what is left out: "hors contribution au budget de l'Union européenne"
    r"|\b(?:excluding|hors|ohne|außer)\s+(?:[\w'’-]+\s+){1,5}?(?:de|du|des|der|of)"
    # the seller of what is bought, not who pays: "a NASAMS system purchased from the United
    # States", "bestellte Polen in Südkorea", "achetés aux États-Unis"
    r"|\b(?:purchas\w*|bought|buy\w*|order\w*|procur\w*|acquir\w*)\s+(?:[\w'’-]+\s+){0,4}?from"
    r"|\b(?:bestellt\w*|kauf(?:t|en)\w*|gekauft|ordert\w*|beschafft\w*)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:bei|in)(?:\s+den)?"
    r"|\b(?:ach[eè]t\w*|commandé\w*|acqui[st]\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:auprès\s+de|aux|à)"
    # the other side of an arms deal: "a second contract with South Korea's Hyundai Rotem", "ein
    # Rüstungsvertrag mit Südkorea", "un contrat avec la Corée du Sud"
    r"|\b(?:contracts?|deals?)\s+with|\b(?:Rüstungs|Liefer|Kauf)?[Vv]ertr(?:ag|äge)\s+mit"
    r"|\bcontrats?\s+avec"
    # where a leader travels, and whom he travels to meet: "before he travels to Washington to
    # meet Donald Trump", "vor seiner Reise nach Washington", "avant de se rendre à Washington"
    r"|\b(?:travel\w*|trip|fl(?:y|ies|ew|ying)|heads?|heading|headed|journey\w*)\s+to"
    r"|\b(?:Reise|reist\w*|gereist|fliegt|flog|Flug)\s+nach|\b(?:se\s+)?rend\w*\s+(?:à|aux?)"
    r"|\b(?:voyage|déplacement)\s+(?:à|aux?)"
    r")\s+(?:the\s+|die\s+|der\s+|les?\s+|la\s+|l['’])?$"
)
NOT_A_GIVER_BEFORE = dispatch.by_letter(_NOT_A_GIVER_BEFORE, re.IGNORECASE)
# A leader met, not the giver told of: "before he travels to Washington to meet Donald Trump",
# "nach einem Treffen mit Präsident Macron", "avant de rencontrer le président Trump".
MET_BEFORE = re.compile(
    r"\b(?:meet(?:s|ing)?(?:\s+with)?|talks\s+with|Treffen\s+mit|treffen"
    r"|rencontrer|rencontre\s+avec|s['’]entretenir\s+avec)\s+(?:(?:the\s+)?(?:U\.?S\.?|US"
    r"|American|French|German|British|Canadian)\s+)?(?:(?:President|Prime\s+Minister|Chancellor"
    r"|Präsident(?:en)?|Kanzler|Bundeskanzler|Premierminister|(?:le\s+)?président|(?:le\s+)?Premier"
    r"\s+ministre|(?:la\s+)?chancelière?)\s+)?(?:[A-Z][\w-]+\s+)?$"
)
# "U.S.-made weapons", "a Danish-led scheme", "Denmark-style arrangements": a maker or a model,
# not a giver.
COMPOUND_AFTER = re.compile(
    r"-(?:made|built|produced|manufactured|style|led|based|designed|developed|origin|coordinated"
    r"|run|organi[sz]ed)\b",
    re.IGNORECASE,
)
EUROPE_PLACE = re.compile(r"Europe|Europa", re.IGNORECASE)
IN_PLACE_BEFORE = re.compile(
    r"(?:\bin|\bat|\bof|\bWestern|\bEastern|\bCentral|\bNorthern"
    r"|\bSouthern|\bde|\bdu|\bd['’]|\ben|\bin|\bvon|\baus"
    # (the article alone is no place: "l'Europe a engagé 138 milliards" is Europe giving; "le
    # sud de l'Europe", "fabriqués en dehors de l'Europe" are places)
    r"|\b(?:de|à|dans|vers|hors\s+de|sur)\s+l['’])\s*(?:and\s+\w+\s+)?$",
    re.IGNORECASE,
)
# The spending of the place just named: "The sharpest increase was in Europe, where spending
# jumped 14%", "en Europe, où les dépenses", "in Europa, wo die Ausgaben".
SPENDING_WHERE_AFTER = re.compile(
    r",?\s+(?:where|où|wo)\s+(?:\w+\s+){0,2}?(?:spending|expenditure|budgets?|outlays|dépenses"
    r"|Ausgaben|Militärausgaben|Verteidigungsausgaben)\b",
    re.IGNORECASE,
)
SPENDING_IN_BEFORE = re.compile(
    r"(?:spending|expenditure|budgets?|Ausgaben|dépenses)\s+(?:in|en|de\s+l['’])\s*$", re.I
)
# A seat of government before the capital: "the government in Vienna", "der Bundesrat in Bern".
SEAT_BEFORE = re.compile(
    r"\b(?:government|cabinet|Regierung|Bundesrat|gouvernement|ministry|Ministerium|ministère)"
    r"\s+(?:in|à)\s+$",
    re.IGNORECASE,
)
# Troops, bases, factories and meetings in a country: the country is a place there.
STATIONED_IN_BEFORE = dispatch.guarded(
    r"\b(?:brigades?|Brigade|troops|Truppen|soldiers|Soldaten|troupes|bases?|Stützpunkt\w*"
    r"|stationed|stationiert\w*|stationnée?s?|deployed|produced|built|made|manufactured"
    r"|hergestellt\w*|gefertigt\w*|produziert\w*|fabriquée?s?|produite?s?|plants?|factory|factories"
    r"|Werk\w*|usines?|summit|Gipfel\w*|sommet|meeting|Treffen|réunion|conference|Konferenz)"
    r"\s+(?:\w+\s+)?(?:in|im|en|au|à)\s+(?:the\s+|der\s+|den\s+)?$"
    # the summit named by its city: "au sommet de La Haye", "the summit of Vilnius"
    r"|\b(?:summit|Gipfel\w*|sommet|conference|Konferenz|conférence)\s+(?:de|von|of)\s+$",
    re.IGNORECASE,
)
PLACE_BEFORE = re.compile(r"(?:\bin|\bat|\bà|\ben|\bnear)\s+$", re.IGNORECASE)
# The capital named as where the government that acts sits: "À Moscou, le gouvernement a
# transmis", "In Warsaw, the government approved", "In Berlin hat die Regierung".
SEAT_AFTER = re.compile(
    r",?\s+(?:(?:hat|a|has)\s+)?(?:the|le|la|die|der|l['’])\s*(?:government|gouvernement|Regierung"
    r"|cabinet|Kabinett|ministry|ministère|Ministerium|finance\s+ministry|Finanzministerium"
    r"|defen[cs]e\s+ministry|Verteidigungsministerium)\b",
    re.IGNORECASE,
)
AGENT_BEFORE = dispatch.guarded(
    # not the next in a ranking: "followed by", "gefolgt von", "suivi par"
    r"(?:(?<!followed\s)(?<!led\s)(?<!chaired\s)\bby|\bfrom|(?<!gefolgt\s)\bvon"
    r"|(?<!suivi\s)(?<!suivie\s)\bpar|de\s+la\s+part\s+de)\s+"
    # a quantifier before a group: "from all donors combined", "from eleven donor countries",
    # "von allen Gebern"
    r"(?:(?:all|allen|tous|toutes|several|many|other|\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve)\s+)?"
    # (French masculine too: "les prêts de 50 milliards de dollars accordés par le G7")
    r"(?:the\s+|den\s+|der\s+|les?\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)
_AND = r"and|und|et|&|as\s+well\s+as|along\s+with|together\s+with"
# A word that joins two names (not a comma alone): "la France et les États-Unis".
AND_WORD = re.compile(rf"(?<!\w)(?:{_AND})(?!\w)", re.IGNORECASE)
# After an alliance's name set off by a comma, the noun that makes it an apposition to the
# member named before it: "Poland, the NATO member spending the most", "Sweden, NATO's newest
# ally".
MEMBER_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:\w+[\s-]+){0,2}?)(?:member|ally|Mitglied|membre|allié)\b"
    # one member, not "the Alliance's 32 member states"
    r"(?!\s+(?:states?|countries|nations|Staaten|[ÉE]tats|pays))",
    re.IGNORECASE,
)
CONJUNCTION = re.compile(
    rf"\s*(?:,\s*(?:along\s+with|together\s+with|as\s+well\s+as|and)\s+|,\s+|\s+(?:{_AND})\s+)"
    r"(?:the\s+|die\s+|les?\s+|la\s+|l['’]"
    # the Union and its own members: "l'UE et ses États membres"
    r"|ses\s+|leurs\s+|ihre[n]?\s+)?",
    re.IGNORECASE,
)

# Category keywords. Order matters at a shared start: the mixed-kind phrase before single kinds.
_KINDS = r"(?:military|humanitarian|financial|economic|security)"
_DE_KINDS = (
    r"(?:Finanz-|Militär-|Wirtschafts-|militärische[nr]?|finanzielle[nr]?|humanitäre[nr]?"
    r"|wirtschaftliche[nr]?)"
)
_DE_BARE_KINDS = r"(?:militärisch|finanziell|humanitär|wirtschaftlich)"
_FR_KINDS = r"(?:militaires?|financières?|financiers?|humanitaires?|économiques?)"
# Other adjectives a list of aid's kinds may hold beside the main ones: "military, humanitarian and
# legal assistance", "financial, humanitarian and reconstruction support".
_EXTRA_KINDS = r"(?:legal|reconstruction|development|budgetary|technical|energy|civil(?:ian)?)"
_DE_EXTRA_KINDS = r"(?:rechtliche[nr]?|technische[nr]?|zivile[nr]?|Wiederaufbau-|Entwicklungs-)"
_FR_EXTRA_KINDS = r"(?:juridiques?|techniques?|civiles?|de\s+reconstruction|budgétaires?)"


def _kind_list(kinds: str, extras: str, conjunction: str) -> str:
    """A list of aid's kinds naming two main kinds, other adjectives anywhere after the first:
    "military, humanitarian and legal", "financial, humanitarian and reconstruction" (one main
    kind with others, "humanitarian and reconstruction", stays that kind)."""
    item = rf"(?:{kinds}|{extras})"
    return (
        rf"{kinds}(?:\s*,\s*{item})*?(?:\s*,\s*{kinds}(?:\s*,\s*{item})*?,?\s+{conjunction}\s+{item}"
        rf"|,?\s+{conjunction}\s+{kinds})"
    )


# Aid of every kind at once: "across all forms of support", "toutes aides confondues".
_ALL_KINDS = (
    r"all\s+(?:forms|kinds|types)\s+of\s+(?:aid|assistance|support)|toutes\s+aides\s+confondues"
    r"|alle\s+(?:Arten\s+von\s+)?Hilfen\s+zusammen\w*"
)
_CATEGORIES: list[tuple[str, str]] = [
    (
        "aid_total",
        rf"{_ALL_KINDS}"
        rf"|{_kind_list(_KINDS, _EXTRA_KINDS, '(?:and|&)')}(?:\s+(?:aid|assistance|support))?\b"
        # "military and civilian support": civilian aid is every kind but the military one
        r"|(?:military\s+(?:and|&)\s+civil(?:ian)?|civil(?:ian)?\s+(?:and|&)\s+military)\s+"
        r"(?:aid|assistance|support)\b"
        r"|(?:militärische[nr]?\s+und\s+zivile[nr]?|zivile[nr]?\s+und\s+militärische[nr]?)\s+"
        r"(?:Hilfe|Unterstützung)"
        # civil aid joined with humanitarian aid is more than relief (README, settled: civil and
        # humanitarian together are aid_total): "2 billion kronor in civil and humanitarian
        # support", "zivile und humanitäre Hilfe", "aide civile et humanitaire"
        r"|civil(?:ian)?\s+and\s+humanitarian\s+(?:aid|support|assistance)\b"
        r"|zivile[nr]?\s+und\s+humanitäre[nr]?\s+(?:Hilfe|Unterstützung)"
        r"|(?:aide|soutien)\s+civile?\s+et\s+humanitaire\b"
        # a US supplemental appropriation, which funds every kind of aid and often several
        # recipients (README, settled: aid_total): the act by name ("Ukraine Security
        # Supplemental Appropriations Act"), or the noun before what it does ("the $61 billion
        # supplemental approved by Congress", "a $106 billion supplemental that also covers")
        r"|(?-i:S)upplemental(?:\s+(?:Appropriations?|request|bill|package|funding))?\b"
        r"(?!\s+(?:defen[cs]e|military|budget))|supplemental(?=\s+(?:for|that|approved|passed))"
        # Norway's multi-year programme of military and civil aid (README, settled: aid_total)
        r"|Nansen(?:\s+[Ss]upport)?\s+[Pp]rogram\w*|Nansen-(?:Unterstützungs)?[Pp]rogramm\w*"
        r"|programme\s+Nansen"
        r"|total\s+(?:aid|assistance|support)|overall\s+(?:aid|assistance|support)"
        r"|(?:aid|assistance|support)\s+in\s+total|Gesamthilfe|aide\s+totale"
        # "Finanz- und humanitäre Hilfe", "militärische, finanzielle und humanitäre Hilfe",
        # "aide militaire, financière et humanitaire": kinds together are all aid
        rf"|{_kind_list(_DE_KINDS, _DE_EXTRA_KINDS, '(?:und|sowie)')}\s+(?:Hilfe|Unterstützung)"
        # "– militärisch, finanziell und humanitär –"
        rf"|{_DE_BARE_KINDS}(?:\s*,\s*{_DE_BARE_KINDS})*\s+(?:und|sowie)\s+{_DE_BARE_KINDS}\b"
        rf"|(?:aide|soutien)\s+{_kind_list(_FR_KINDS, _FR_EXTRA_KINDS, 'et')}"
        # "Toutes aides confondues - militaire, financière et humanitaire -"
        rf"|{_FR_KINDS}\s*,\s*{_FR_KINDS}(?:\s*,\s*{_FR_KINDS})*\s+et\s+{_FR_KINDS}",
    ),
    (
        "defense_spending",
        r"(?:defen[cs]e|military)\s+(?:spending|expenditures?|budgets?|outlays?|allocation\b)"
        r"|defen[cs]e\s+allocations|(?:spen[dt]\w*|invest\w*)\s+(?:\S+\s+){0,6}?on\s+(?:(?:national|core|its|their)\s+)?"
        r"(?:defen[cs]e|(?:the|their|its)\s+militar\w+"
        r"|armed\s+forces)|Verteidigungs(?:ausgaben|haushalt|etat|budget)|Wehretat|Militärausgaben"
        # the same said with a genitive: "Das Budget der Verteidigung steigt auf"
        r"|(?:Budget|Haushalt|Etat|Ausgaben)\s+der\s+(?:Landes)?verteidigung\b"
        r"|Pentagon['’]s\s+budget|defen[cs]e\s+(?:bill|appropriations?|authori[sz]ation)|NDAA"
        r"|Rüstungsausgaben|dépenses\s+(?:militaires|de\s+défense)"
        # "le budget annuel de la défense", "budget de la défense"
        r"|budget\s+(?:(?:annuel|global|total)\s+)?(?:de\s+la\s+défense"
        r"|militaire|de\s+défense|des\s+armées)|effort\s+de\s+défense|crédits\s+(?:militaires"
        r"|de\s+(?:la\s+)?(?:mission\s+«?\s*)?défense|des\s+armées)|Armee(?:ausgaben|budget|etat)"
        r"|programmation\s+militaire|military\s+programming\s+law"
        # a ranking of spenders: "the biggest spender at $997 billion", "the largest military
        # spender in Europe"
        r"|(?:biggest|largest|top|leading|highest|second-largest|third-largest)\s+(?:(?:military"
        r"|defen[cs]e)\s+)?spenders?\b"
        # "€800 billion for defence", "Hr 412 billion for the military": money for one's own forces.
        r"|(?:for|on|into|(?<!according\s)to)\s+(?:the\s+)?(?:\W?national\s+)?(?:defen[cs]e|military|armed\s+forces)(?![\w-]"
        r"|\s+(?:of|aid|assistance|support|industry|package|equipment|minist\w+|officials?|sources?"
        r"|spokes\w+|and\s+civil(?:ian)?)\b)|für\s+(?:seine|ihre)\s+Armee\b|für\s+(?:die\s+|das\s+|sein\s+|ihr\s+)?(?:Verteidigung|Landesverteidigung"
        r"|Bundeswehr|Bundesheer|Armee|Streitkräfte|Militär|Verteidigungsministerium)\b"
        r"|pour\s+(?:la\s+défense|les\s+armées)(?!\s+(?:d|aérienne|anti-?aérienne|sol-air))"
        # "12,8 milliards d'euros pour l'armée cette année": the country's own army (not
        # "pour l'armée ukrainienne", "pour l'armée du Liban")
        r"|pour\s+l['’]armée(?![\w-]|\s+(?:d\w*|\w+(?:ienne|aise|ane|ise|ve)s?)\b)"
        # a budget line named in quotation marks: "pour la « défense nationale »", "für die
        # „nationale Verteidigung“"
        r"|pour\s+la\s+[«\"“]\s*défense\s+nationale|für\s+die\s+[„\"“«»]\s*nationale\s+Verteidigung"
        # the defence ministry receiving a sum: "the defence ministry would receive 47 billion lei",
        # "das Verteidigungsministerium erhält", "le ministère des Armées recevra"
        r"|(?:defen[cs]e\s+ministry|Ministry\s+of\s+Defen[cs]e|Verteidigungsministerium"
        r"|ministère\s+des\s+Armées)\s+(?:would\s+|will\s+|is\s+to\s+|soll\s+)?(?:receive[sd]?|get|gets"
        r"|erhält|erhalten|bekommt|bekommen|recevra|reçoit|obtient|obtiendra)\b"
        # "National defence funding is planned at €4.79 billion" (not "defence funding for Kyiv")
        r"|defen[cs]e\s+funding(?!\s+(?:for|to)\b)"
        # the army's budget where the army is the defence force (Switzerland, Austria, New
        # Zealand): "Zahlungsrahmen der Armee", "Das Bundesheer verfügt über ein Budget von",
        # "the Defence Force's operating appropriation"
        r"|Zahlungsrahmen\s+der\s+Armee|Bundesheer\b[^.;]{0,40}?\bBudget"
        # a fund or budget of the country's own forces, and the forces receiving a sum: "aus dem
        # Fonds zur Unterstützung der Streitkräfte", "the Armed Forces Support Fund", "Die
        # Bundeswehr erhält ... 86 Milliarden Euro", "le budget de l'armée"
        r"|(?:Fonds|Sondervermögen)\s+(?:zur\s+Unterstützung\s+)?(?:der\s+)?(?:Streitkräfte|Bundeswehr"
        r"|Armee)\b|Armed\s+Forces\s+(?:Support\s+)?Fund|(?:Bundeswehr|Bundesheer|Armee|Streitkräfte)"
        r"\s+(?:erhält|erhalten|bekommt|bekommen)\b|budget\s+de\s+l['’]armée"
        # ... and with the sum between: "Das Bundesheer soll im kommenden Jahr 3 Milliarden Euro
        # erhalten", "Die Armee des Landes soll rund 1 Milliarde Franken bekommen"
        r"|(?-i:Bundeswehr|Bundesheer|Armee|Streitkräfte)(?:\s+de[sr]\s+\w+)?\s+(?:soll|sollen|wird"
        r"|werden)\b[^.;]{0,80}?\b(?:erhalten|bekommen)\b"
        # the German defence ministry's budget chapter, and spending counted by NATO's rules
        r"|Einzelplan\s+14\b|(?:NATO|Nato)-(?:Quote|Kriterien)"
        r"|Einzelplan\s+des\s+(?:Bundes)?(?:ministeriums|Ministeriums)\s+der\s+Verteidigung"
        r"|Etat\s+(?:des|von)\s+Verteidigungsminister\w*"
        # money put to one's own forces: "consacrer 413 milliards d'euros à ses armées"
        r"|(?:à|a)\s+(?:ses|leurs|nos)\s+armées\b"
        r"|Defen[cs]e\s+Force['’]s\s+(?:\w+\s+)?(?:appropriation|budget|funding)"
        r"|(?:à|a)\s+(?:la|sa|leur)\s+défense(?!\s+(?:de\s+l['’]Ukraine|ukrainienne|aérienne"
        r"|anti-?aérienne|sol-air)\b)"
        # (not the source: "according to the defence ministry")
        r"|(?:for|(?<!according\s)to)\s+the\s+(?:defen[cs]e\s+ministry|Ministry\s+of\s+Defen[cs]e)"
        # a budget line named as such: "the defence chapter", "au titre de la défense nationale",
        # "pour sa défense"
        r"|defen[cs]e\s+chapter|(?:au\s+titre\s+de\s+la|pour\s+(?:sa|leur))\s+défense(?!\s+d)"
        # a sum put into one's own defence: "investira 10 milliards d'euros dans sa défense",
        # "invests in its defence", "investiert in seine Verteidigung"
        r"|(?:dans|en)\s+(?:sa|leur)\s+défense(?!\s+(?:d|aérienne|anti-?aérienne|sol-air)\b)"
        r"|\bin\s+(?:its|their)\s+(?:own\s+)?defen[cs]e\b|in\s+(?:seine|ihre)\s+(?:eigene\s+)?"
        r"Verteidigung\b",
    ),
    (
        "security_aid",
        r"security\s+(?:aid|assistance|support|package|funding)|Sicherheitshilfe|(?-i:USAI)"
        r"|aide\s+(?:à\s+la\s+sécurité|sécuritaire)|soutien\s+(?:sécuritaire|en\s+matière\s+de"
        r"\s+sécurité)|assistance\s+(?:de|en\s+matière\s+de)\s+sécurité"
        # US drawdowns from its stocks, even when called military aid (README, "US PDA/USAI")
        r"|drawdown|(?-i:PDA)\b",
    ),
    (
        "military_aid",
        # a tracker's "military allocations" and "commitments" are what donors gave
        r"military\s+(?:aid|assistance|support|help|package|equipment|donations?|deliveries"
        r"|supplies|materi[ae]l|allocations|commitments)|(?:arms|weapons?|ammunition|munitions)\b|air[\s-]defen[cs]e|artillery"
        r"|Luftverteidigung\w*|Luftabwehr\w*|défense\s+(?:aérienne|sol-air)"
        r"|Militärhilfe|militärische[nrs]?\s+(?:Hilfe\w*|Unterstützung|Zusagen|Ausrüstung)"
        # German compounds of a military package: "ein weiteres Militärpaket", "Militärhilfspaket"
        r"|Militär(?:hilfs)?pakete?\w*"
        # a German arms package or delivery (not arms as goods, whose prices rise), and
        # "Ertüchtigung" (equipping a partner's forces)
        r"|Rüstungs(?:paket|pakete[ns]?|lieferung\w*)\b|Ertüchtigung\w*|Flugabwehr\w*"
        # NATO's list of US weapons that allies buy for Ukraine
        r"|(?-i:PURL)"
        # the EU's fund that pays back members' arms for Ukraine: what a member pays into it is
        # military aid, even when it asks for non-lethal kit only
        r"|(?:European\s+)?Peace\s+Facility|Friedensfazilität|Facilité\s+européenne\s+pour\s+la\s+paix"
        r"|(?-i:EPF|FEP)\b"
        r"|militärische[n]?(?=\s*,|\s+(?:und|sowie)\b)|Waffen\w*|Munition"
        r"|Rüstungshilfe|aide\s+militaire|soutien\s+militaire|armes|armements?|missiles?|interceptors?"
        r"|shells|materiel|defen[cs]e\s+(?:package|aid|assistance)|tanks|howitzers|Patriot|HIMARS|F-16s?|fighter\s+jets|armou?red\s+vehicles|drones?"
        r"|équipements?\s+militaires|(?:du|des|de)\s+matériels?(?!\s+(?:de\s+)?(?:médical|humanitaire"
        r"|civil|de\s+déminage))"
        # France's fund through which Kyiv buys from French industry (not the energy fund)
        r"|fonds\s+(?:spécial\s+)?de\s+soutien(?!\s+(?:à\s+l['’]énergie|énergétique|au\s+déminage"
        r"|humanitaire))"
        # training Ukraine's soldiers, and the donor's forces deployed to train them (README,
        # settled: military_aid): "training Ukrainian recruits", "the Defence Force's training
        # deployment", "Ausbildung ukrainischer Soldaten", "la formation de soldats ukrainiens"
        r"|train(?:ing|s|ed)?\s+(?:of\s+)?(?:(?:Ukrainian|Ukraine['’]s)\s+)?(?:soldiers|troops"
        r"|recruits|servicemen|service\s+members)\b|training\s+(?:and\s+\w+\s+)?deployments?\b"
        r"|(?:Defen[cs]e\s+Forces?|armed\s+forces)(?:['’]s?)?\s+(?:\w+\s+)?(?:personnel|deployments?)\b"
        r"|Ausbildung\s+(?:von\s+)?(?:ukrainische[rn]\s+)?(?:Soldat\w*|Truppen|Rekrut\w*)"
        r"|Ausbildungsmission\w*|formation\s+(?:de|des)\s+(?:soldats|militaires|recrues|troupes)"
        # the Peace Facility's fund for Ukraine (README: Peace Facility money is military_aid)
        r"|Ukraine\s+Assistance\s+Fund|Ukraine-Unterstützungsfonds"
        # non-lethal kit for the armed forces, and NATO's trust fund that buys it (README,
        # settled: military_aid): "for non-lethal equipment", "nicht-letale Ausrüstung",
        # "du matériel non létal", "the Comprehensive Assistance Package Trust Fund", "the NATO
        # trust fund", "Treuhandfonds der NATO", "fonds fiduciaire de l'OTAN"
        r"|non-?\s?lethal|nicht-?\s?letale?\w*|non[\s-]létal\w*"
        r"|Comprehensive\s+Assistance\s+Package|(?-i:CAP)\s+[Tt]rust\s+[Ff]und"
        r"|NATO(?:['’]s)?\s+trust\s+fund|NATO-Treuhandfonds|Treuhandfonds\s+der\s+NATO"
        r"|fonds\s+fiduciaire\s+de\s+l['’]OTAN"
        # donors paying Ukraine's own arms makers ("the so-called Danish model", "zum dänischen
        # Modell", "le « modèle danois »"), and drones in German ("ein Drohnenprogramm"; not the
        # enemy's "Drohnenangriffe")
        r"|Danish\s+model|dänische[nms]?\s+Modell\w*|modèle\s+danois"
        r"|Drohne(?!n?(?:angriff|attacke|schl[aä]g))\w*"
        # the demining coalition of the Ramstein group's capability coalitions (clearing mines
        # for Ukraine's forces, not humanitarian demining): "the demining coalition led by
        # Lithuania", "la coalition de déminage", "die Minenräum-Koalition"
        r"|(?:demining|mine[\s-]clearance)\s+coalition|coalition\s+(?:de|pour\s+le)\s+déminage"
        r"|(?:Minenräum|Entminungs)-?[Kk]oalition\w*"
        r"|Koalition\s+für\s+(?:die\s+)?(?:Minenräumung|Entminung)",
    ),
    (
        "financial_aid",
        # "financial and budgetary aid": two words for one kind, not a list of kinds
        r"(?:financial|budget(?:ary)?)\s+(?:and|&)\s+(?:financial|budget(?:ary)?)\s+(?:aid"
        r"|assistance|support)"
        r"|(?:financial|budget(?:ary)?|macro-?financial|economic|fiscal)\s+(?:aid|assistance"
        r"|support|help)|budget\s+support|loans?\b|grants?\b|lend\w*|lent\b|Ukraine\s+Facility"
        # the EU's Ukraine Facility in every language (README: the EU's financial aid)
        r"|Ukraine-Fazilität|Facilité\s+pour\s+l['’]Ukraine|(?:support\s+)?facility\s+for\s+Ukraine"
        # (not a numbered batch of aircraft, "Eurofighter der Tranche 5", nor a step of the French
        # pay scale, "une tranche indiciaire")
        r"|(?:Extended\s+)?Fund\s+Facility|tranches?\b(?!\s+\d|\s+indiciaire)|Finanzhilfe\w*"
        r"|finanzielle[n]?\s+(?:Hilfe|Unterstützung)|finanzielle[n]?(?=\s*,|\s+(?:und|sowie)\b)|Budgethilfe|Haushaltshilfe|Darlehen"
        # (not the state's own borrowing: "Kredite aus den Sondervermögen", "Kreditaufnahme")
        r"|Kredit(?!aufnahme)\w*(?!\w)(?!\s+aus\s+(?:den|dem)\s+Sondervermögen)"
        # a loan named by its lender or scheme: "der G7-Kredit", "den ERA-Krediten", "KfW-Kredit"
        # (an acronym: not "Corona-Krediten")
        r"|(?-i:[A-Z][A-Za-z0-9]{1,3})-(?:Kredit\w*|Darlehen)"
        r"|aide\s+(?:financière|budgétaire|macrofinancière|économique)|soutien\s+(?:financier"
        r"|budgétaire)|prêts?\b|(?:loan\s+|credit\s+)?guarantees?\b|garanties?\b|Garantien"
        r"|Bürgschaft\w*"
        # money for the Ukrainian state's own budget is budget support: "the World Bank's fund
        # for Ukraine's budget", "a fund that supports Ukraine's government services", "in den
        # ukrainischen Staatshaushalt", "au budget de l'État ukrainien"
        r"|(?:for|to|into)\s+Ukraine['’]s\s+(?:state\s+|national\s+)?budget\b(?!\s+(?:deficit|gap))"
        r"|Ukraine['’]s\s+government\s+services|(?:in\s+den|für\s+den)\s+ukrainischen"
        r"\s+(?:Staats)?[Hh]aushalt\b|au\s+budget\s+(?:de\s+l['’]État\s+)?ukrainien",
    ),
    (
        "humanitarian_aid",
        r"humanitarian|humanitär\w*|humanitaire\w*|emergency\s+(?:aid|relief)|relief\s+aid"
        r"|Nothilfe|aide\s+d['’]urgence"
        # energy repairs, demining, winter relief and civil rebuilding count as humanitarian
        r"|(?:Ukraine\s+)?Energy\s+Support\s+Fund|Fonds\s+de\s+soutien\s+(?:à\s+l['’]énergie"
        r"|énergétique)"
        # repairs to the energy system, its fund, and the Red Cross: "for the repair of
        # substations", "die Reparatur von Kraftwerken", "la réparation du réseau électrique", "über
        # den Energiefonds" (not the system named alone: "to Ukraine's energy sector", nor its
        # damage: "die Schäden am Energiesystem")
        r"|(?:repair\w*|restor\w*|Reparatur\w*|Wiederherstellung|réparation|remise\s+en\s+état"
        r"|rétablissement)\s+(?:[\w'’]+\s+){0,4}?"
        r"(?:energy|power|electricity|heating|substations?|transformers?|Energie\w*|Kraftwerk\w*"
        r"|Heizkraftwerk\w*|Umspannwerk\w*|Stromnetz\w*|réseaux?\s+(?:électriques?|d['’]énergie)"
        r"|centrales?)|Energie(?:-?[uU]nterstützungs)?fonds\b|Red\s+Cross|Rote[nms]?\s+Kreuz\w*"
        r"|Croix-Rouge"
        r"|Energieversorgung|(?:energy|power)\s+(?:repairs?"
        r"|equipment|grid)|generators|Generatoren|groupes\s+électrogènes|demining(?!\s+coalition)"
        r"|(?<!Koalition\sfür\s)(?<!Koalition\sfür\sdie\s)Minenräumung"
        r"|Räumung\s+von\s+Minen|(?<!coalition\sde\s)(?<!coalition\spour\sle\s)déminage|Winterhilfe|winter\s+(?:aid|relief)|Notunterkünfte"
        r"|shelters?\b|reconstruction\s+of\s+(?:schools|hospitals|homes|housing)|Wiederaufbau\s+von"
        # money put to rebuilding: "€200m for reconstruction projects", "für den Wiederaufbau der
        # Ukraine", "finance la reconstruction d'une école" (not a cost estimate of it)
        r"|reconstruction\s+projects?|Wiederaufbauprojekt\w*|projets?\s+de\s+reconstruction"
        # "CHF 5 billion for reconstruction", "a reconstruction programme" (not the EBRD's name)
        r"|(?<=for\s)(?<!Bank\sfor\s)reconstruction\b|reconstruction\s+(?:programmes?|programs?"
        r"|envelopes?|aid|assistance|support)"
        r"|(?:(?<=für\sden\s)|(?<=pour\sla\s)|(?<=finance\sla\s)|(?<=für\s)|(?<=pour\s)"
        r"|(?<=\sà\sla\s))"
        r"(?<!Kreditanstalt\sfür\s)(?:Wiederaufbau|reconstruction)\b"
        # civil aid confined to rebuilding (README, settled): "SEK 1.2 billion for civil support
        # and reconstruction", "für zivile Hilfe und Wiederaufbau", "aide civile et
        # reconstruction", "Unterstützung beim Wiederaufbau"
        r"|civil(?:ian)?\s+(?:aid|support|assistance)\s+and\s+reconstruction"
        r"|zivile[nr]?\s+(?:Hilfe|Unterstützung)\s+und\s+(?:den\s+)?Wiederaufbau"
        r"|(?:aide|soutien)\s+civile?\s+et\s+(?:(?:à\s+la|de\s+la|de|la)\s+)?reconstruction"
        r"|(?<=beim\s)Wiederaufbau",
    ),
    (
        "development",  # official development aid, read as category other
        r"(?:overseas|development|international\s+development)\s+(?:aid|assistance|budget|spending"
        r"|cooperation)|coopération\s+au\s+développement"
        r"|official\s+development\s+assistance|Entwicklungs(?:hilfe|zusammenarbeit|etat)\w*"
        # the whole budget of a development ministry or of international cooperation: "Der Etat
        # des Entwicklungsministeriums", "le crédit-cadre 2025-2028 de la coopération
        # internationale", "das Budget der internationalen Zusammenarbeit"
        r"|(?:Etat|Budget|Haushalt)\s+des\s+(?:Bundes)?(?:Entwicklungsministeriums|BMZ)\b"
        r"|(?:Budget\w*|Mittel|Rahmenkredit\w*|Zahlungsrahmen\w*)\s+der\s+internationalen"
        r"\s+Zusammenarbeit|(?:crédit-cadre|budget|enveloppe)\s+(?:[\d\s–-]+\s+)?de\s+la"
        r"\s+coopération\s+internationale|international\s+(?:development|cooperation)\s+budget"
        # a disaster fund's own endowment: "Der Auslandskatastrophenfonds (AKF) ... ist heuer mit
        # 80 Millionen Euro dotiert", "Die Dotierung des AKF wird ... gekürzt"
        r"|(?:Auslandskatastrophenfonds|AKF)\b(?=[^.;]{0,120}?\b(?:dotiert|aufgestockt|gekürzt))"
        r"|Dotierung\s+des\s+(?:AKF|Auslandskatastrophenfonds)"
        # humanitarian aid for the whole world, not aimed at Ukraine: "die weltweite humanitäre
        # Hilfe des Auswärtigen Amts", "its global humanitarian budget"
        r"|weltweite[nr]?\s+humanitäre[nr]?\s+Hilfe|(?:worldwide|global)\s+humanitarian\s+(?:aid"
        r"|budget|spending)|aide\s+humanitaire\s+mondiale"
        r"|aide\s+(?:publique\s+)?au\s+développement"
        # a state's aid budget of no kind and for no one named, its overseas aid: "cut the aid
        # budget from 0.5% to 0.3% of gross national income" (not "the military aid budget", "the
        # aid budget for Ukraine")
        r"|(?<=the\s)aid\s+budget\b(?!\s+(?:for|to)\s+(?:Ukraine|Kyiv|Kiev))",
    ),
    (
        "pledge_target",
        r"targets?\b|goals?\b|benchmark|guideline|threshold|Zielmarke|Ziel\b|Ziels\b|Vorgabe"
        r"|objectifs?\b|cible\b|seuil\b",
    ),
    (
        "aid",
        r"aid\b|assistance|help\b|support\s+(?:\w+\s+)?(?:for|to)\b|support\s+(?:programme|program"
        r"|plan|scheme|fund)s?\b|(?<!sanctions\s)(?<!stimulus\s)package"
        # a giver's support: "Total EU support through the facility", "Germany's support"
        r"|(?-i:EU|US)\s+support\b"
        # a tracker's words for what donors gave: "total allocations", "new commitments"
        # (not an ally's defence commitments: "its capability commitments")
        r"|allocations|(?<!capability\s)(?<!defen[cs]e\s)commitments"
        r"|Hilfe\w*|Unterstützung|aide\b|soutien"
        # a German compound ending in Hilfe ("Ukraine-Hilfe", "Ukrainehilfe", "Soforthilfe"; the
        # development aid of "Entwicklungshilfe" is matched above)
        r"|[^\W\d_][\w-]*?-?hilfe[n]?\b|Hilfspaket\w*|Unterstützungspaket\w*",
    ),
]
# Matched word by word like ENTITY; a match's category is CATEGORY_KEYWORD.names[lastgroup].
CATEGORY_KEYWORD = dispatch.WordPattern([(name, p, "") for name, p in _CATEGORIES])
AID_CATEGORIES = frozenset(
    {"military_aid", "security_aid", "financial_aid", "humanitarian_aid", "aid_total"}
)

# Giving verbs: a sum given to a named recipient is aid even when the sentence names no kind.
GIVING = re.compile(
    r"\b(?:pledg|provid|grant|donat|allocat|giv|gave|contribut|commit|deliver|send|sent|supplie"
    r"|earmark|disburs|appropriat|budgeted|zugesagt|bereitgestellt|bereitstell|stellt|geliefert"
    r"|unterstütz|übergeb|übergab|versproch|versprach|zusag"
    r"|accord(?!ing)|débloqu|fourni|versé|verser|(?<!s['’]est\s)(?<!se\ssont\s)(?<!s['’])engagé|allou|octroy|promis|geleistet|überwies"
    # the receiving side: "Ukraine will get €50bn from the EU"
    r"|receiv|gets?\b|got\b|erh[äa]lt|erhielt|reçoi|reçu)\w*",
    re.IGNORECASE,
)
# A sentence opening on a pronoun for the last of those named before: "Ceux-ci ont dépensé",
# "The latter has sent", "Letztere hat".
LATTER = re.compile(
    r"\s*(?:(?:Ceux|Celui|Celles?)-ci|The\s+latter|Letzter(?:e[rs]?)?)\b", re.IGNORECASE
)
# A country named by the common noun alone, standing for the one spoken of just before: "The
# country spends 26% of GDP", "the country's arms exports", "Für Verteidigung gibt das Land ...
# aus", "der Stromerzeugung des Landes", "Le pays consacre 26 % de son PIB", "du pays". (Not a
# German state named after it: "das Land Niedersachsen".)
COUNTRY_ANAPHOR = re.compile(
    r"\b(?:[Tt]he\s+country(?:['’]s)?|[Dd]as\s+Land|des\s+Landes)\b(?!\s+[A-ZÄÖÜ])"
    r"|\b(?:[Ll]e|du)\s+pays\b"
)
# A relative clause whose object is the figure names its giver right after it: "the €28 billion
# in military aid that Germany alone has provided", "the EUR 17 billion Berlin has spent", "les
# 6 milliards d'euros que la France a versés". Between the figure and the giver: what the sum is
# of, a relative pronoun (English may leave it out), an article; no comma (a list or a new clause).
RELATIVE_BEFORE = re.compile(
    r"(?:\s+(?:in|of|de|d['’]|an)\s*[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+(?:(?:that|which|que|qu['’]|den|die|das)\s*)?(?:the\s+|la\s+|le\s+|les\s+|l['’]|die\s+)?",
    re.IGNORECASE,
)
RELATIVE_VERB_AFTER = re.compile(
    r"\s+(?:(?:alone|itself|herself|seule?s?|allein|selbst)\s+)?"
    r"(?:(?:has|have|had|a|ont|avait|avaient|hat|hatte|haben)\s+)?"
    r"(?:(?:already|so\s+far|now|déjà|bereits|bisher)\s+)?"
    r"(?:provided|given|gave|spent|sent|pledged|committed|allocated|contributed|delivered"
    r"|disbursed|paid|promised|fourni\w*|versé\w*|dépensé\w*|alloué\w*|promis\w*|engagé\w*"
    r"|accordé\w*|envoyé\w*)\b",
    re.IGNORECASE,
)
# Sums put at someone's disposal, which take the story's kind of aid when the sentence names none:
# "Für 2026 stehen nun 11,5 Milliarden Euro zur Verfügung", "The new money, worth ...".
MADE_AVAILABLE = re.compile(
    r"\b(?:approv\w*|worth|made\s+available|set\s+aside|channel\w*|financ\w*|fund\w*|mobili[sz]\w*"
    r"|paid|pay\w*|zur\s+Verfügung|vorgesehen|bewillig\w*|billigt\w*|freigegeben|freigeben"
    r"|aufgestockt|finanzier\w*|sagt\w*|kündigt\w*|angekündigt|überwies\w*|zahlt\w*|Zusage\w*"
    r"|folgt\w*|mobilisé\w*|consacr\w*|allou\w*|engag\w*|prévu\w*"
    # money ready to be drawn: "stehen nun sieben Milliarden Euro bereit", "bereitstehende Mittel"
    r"|bereitsteh\w*|(?:steh|stand|lieg|lag)\w*\s+(?:[^\s.,;]+\s+){0,6}bereit\b)",
    re.IGNORECASE,
)
# A share put to something: "a consacré 0,2 % de son PIB à l'Ukraine", "devotes 0.3% of GDP".
DEVOTED = re.compile(r"\b(?:consacr\w*|devot\w*|aufwend\w*|aufgewendet)", re.IGNORECASE)
# A sum set aside for a programme or fund, which in a story on aid is aid of all kinds.
FUNDING_WORD = re.compile(
    r"\b(?:programm?e?s?|framework|fund|funds|allocations?|envelope|Programm\w*|Rahmen\w*|Fonds"
    r"|Mittel|programme|enveloppe|fonds|allocation)\b",
    re.IGNORECASE,
)
# Budget words: a sum with no kind of its own in a story on defence budgets is one of them.
BUDGETING = re.compile(
    r"\b(?:increase\w*|rise|rises|rising|rose|budget\w*|plans?|planned|Aufwuchs|Anstieg|Erhöhung"
    r"|eingeplant|geplant|Haushalt\w*|Etat|Finanzplanung|hausse|augmentation|prévoit|prévu\w*)",
    re.IGNORECASE,
)
# The EU's loan instrument for its members' arms purchases, by its name ("the EU's SAFE
# instrument", "Kreditprogramm SAFE", "l'instrument SAFE", "Security Action for Europe"): the
# lender of its loans is the EU, whoever the sentence names as borrowing.
EU_LOAN_SCHEME = dispatch.guarded(
    r"\b(?-i:SAFE)\b(?!-)|\bSecurity\s+Action\s+for\s+Europe\b"
    # written as a word after the programme it names: "dem neuen EU-Rüstungsprogramm Safe"
    r"|\b(?-i:Safe)\b(?:(?<=rogramm\sSafe)|(?<=rogramme\sSafe)|(?<=nstrument\sSafe))"
)


# The instrument's whole size, told as its attribute before the sum ("the SAFE instrument of
# €150 billion", "l'instrument européen de 150 milliards", "SAFE, doté de 150 milliards", "sur une
# enveloppe de 150 milliards", "the scheme's €150 billion", "das Kreditprogramm über 150
# Milliarden") or after it with the instrument's name ("the €150 billion SAFE instrument", "the
# EUR 150 billion SAFE loans"): lent to the member states as a whole (README, settled).
SCHEME_SIZE_BEFORE = re.compile(
    r"(?:\b(?:instrument|scheme|programme|program|Programm|Kreditprogramm|Kreditinstrument"
    r"|enveloppe|mécanisme|facility)\w*(?:\s+(?:européen|européenne|de\s+l['’]UE|der\s+EU"
    r"|of\s+the\s+EU|SAFE))?(?:\s*,)?\s+(?:of|de|d['’]|worth|über|von|in\s+Höhe\s+von"
    r"|totall?ing|doté\w*\s+de|dotiert\s+mit)"
    r"|\b(?:scheme|instrument|programme)['’]s|\bSAFE\s*,\s+doté\w*\s+de)\s+"
    r"(?:" + ROUGHLY + r"\s+|up\s+to\s+|jusqu['’]à\s+|bis\s+zu\s+)?$",
    re.IGNORECASE,
)
SCHEME_SIZE_AFTER = re.compile(
    r"\s+(?-i:SAFE)\b(?!-)|\s+(?:\w+\s+){0,2}?(?:instrument|scheme|programme|Kreditprogramm)\b",
    re.IGNORECASE,
)
# Loans to the Union's members as a whole: "loans to member states", "150 milliards d'euros de
# prêts aux États membres", "verleiht das Geld zu günstigen Konditionen an Mitgliedstaaten".
LENT_TO_MEMBERS = re.compile(
    r"\b(?:loans?|lend\w*|lent|prêts?|prête\w*|Kredite?\w*|verleih\w*)\b[^.;]{0,50}?"
    r"\b(?:to|aux|an)\s+(?:the\s+|die\s+|ihre\s+|its\s+)?(?:EU[\s-]+)?"
    r"(?:member\s+states|États\s+membres|Mitgliedstaaten|Mitgliedsstaaten|Mitgliedsländer)\b",
    re.IGNORECASE,
)
# The article before a sum that sizes what follows it: "the €150 billion SAFE loans", or the
# Union's own possessive ("the European Union's EUR 150 billion loan instrument", "the EU's new
# €150 billion defence lending instrument"; not a member's: "Poland's €43.7 billion loan").
SIZED_BY_ARTICLE = re.compile(
    r"\b(?:the|l['’]|le|la|les|das|die|der)\s*$"
    r"|\b(?:EU|Union|bloc|Commission)['’]s\s+(?:new\s+)?$",
    re.IGNORECASE,
)


def may_name_loan_scheme(text: str) -> bool:
    """False when `text` cannot name the EU's loan instrument (EU_LOAN_SCHEME, case-sensitive, has
    "SAFE", "Safe" or "Security" in each match): a cheap test before searching it."""
    return "SAFE" in text or "Security" in text or "Safe" in text


def names_loan_scheme(text: str) -> bool:
    """True when `text` names the EU's loan instrument (EU_LOAN_SCHEME)."""
    return may_name_loan_scheme(text) and EU_LOAN_SCHEME.search(text) is not None


# Another plan named between the instrument and a sum: the sum is the plan's ("as part of
# Ursula von der Leyen's plan to mobilise up to €800 billion").
OTHER_PLAN = re.compile(r"\b(?:plans?|Plans?|ReArm|Readiness)\b", re.IGNORECASE)
# A sentence after the instrument's that goes on with who borrows: "Belgium (€8.3 billion) and
# Portugal (€5.8 billion) have also applied", "La Pologne, premier bénéficiaire, a obtenu".
BORROWERS_GO_ON = dispatch.guarded(
    r"\b(?:borrow\w*|applied|requested|asked\s+for|allotted|beneficiar\w*|beantragt\w*"
    r"|bénéficiaires?|a\s+(?:obtenu|demandé)|ont\s+(?:obtenu|demandé)"
    # the members' shares told as allocations: "Bucharest has been allocated EUR 16.68 billion",
    # "grösster Empfänger ist Polen mit 43,7 Milliarden Euro. Es folgen Rumänien mit ..."
    r"|(?:has|have|was|were)\s+been\s+allocated|Empfänger\w*|[Ee]s\s+folgen|a\s+été\s+alloué\w*"
    r"|largest\s+recipients?)\b",
    re.IGNORECASE,
)
# The receiving side of a loan: its borrowers and those who asked for it.
BORROWING = dispatch.guarded(
    r"\b(?:borrowers?|asked\s+for|(?<!the\s)requested|applied\s+for|Kreditnehmer\w*|beantragt\w*"
    r"|emprunteurs?|a\s+demandé|ont\s+demandé)\b",
    re.IGNORECASE,
)
# A loan by name or verb: what it pays for ("lent Ukraine €400m to repair power plants") does
# not make it a gift of that kind.
LOAN_WORD = re.compile(
    r"\b(?:loans?|lent|lend\w*|Kredit\w*|Darlehen|prêts?|prêté\w*)\b", re.IGNORECASE
)
# A group's lending scheme that members pay into: "the G7's ERA loans", "des prêts du G7",
# "G7-Kredit".
# (the loans' size may come between: "the G7's $50 billion loan")
SCHEME_AFTER = re.compile(
    r"(?:['’]s\s+(?:[\w$€£¥.,-]+\s+){0,4}?loans?|-Kredit\w*|\s+(?:ERA\s+)?loans?)\b", re.IGNORECASE
)
SHARE_OF = re.compile(
    r"\b(?:share|Anteil\w*|part|portion|quote-part|contribution|contributing|Beitrag\w*)\b",
    re.IGNORECASE,
)
# (the scheme's own name may come between: "des prêts ERA du G7")
SCHEME_BEFORE = re.compile(
    r"(?:prêts?(?:\s+ERA)?\s+du|loans?\s+of\s+the|Kredit\w*\s+der)\s+$", re.IGNORECASE
)
# A share told as the subject's own ("its share of the G7's loans"): whose it is, the context says.
OWN_SHARE = dispatch.guarded(
    r"\b(?:its|their|seine[nm]?|ihre[nm]?|sa|son|leur)\s+(?:\w+\s+){0,2}?(?:share|Anteil\w*"
    r"|quote-part|contribution|Beitrag\w*)\b",
    re.IGNORECASE,
)
# A budget named as such: the subject of a sum in a defence story ("the budget would rise to").
# (not the defence minister or ministry: "Verteidigungsminister Boris Pistorius")
BUDGET_WORD = re.compile(
    r"\b(?:budgets?|Haushalt\w*|\w*[eE]tat|Verteidigungs(?!minist)\w+|spending|Ausgaben|dépenses)\b",
    re.IGNORECASE,
)
PLEDGING = dispatch.guarded(
    r"\b(?:pledg\w*|commit\w*|agree\w*|promis\w*|vow\w*|aim\w*|ambition\w*|aspir\w*|Zusage\w*"
    r"|versprech\w*"
    r"|versproch\w*|promet\w*|promesse\w*|vis(?:e|ent|ait|aient|er|ant)\b|(?:plans?|planned"
    r"|wants?|intends?|promised|pledged|committed)\s+to\s+(?:reach|raise|hit|increase)"
    r"|erreichen|atteindre|zugesagt|verpflichte\w*|beschlossen|beschließen|décidé|convenu"
    r"|vereinbart|s['’]engag\w*|engagement|engagés?"
    # agreed among themselves: "haben sich ... darauf geeinigt", "verständigten sich auf"
    r"|geeinigt|einigten|verständigt\w*|verständigten)",
    re.IGNORECASE,
)
DEFENCE_CONTEXT = dispatch.guarded(
    r"defen[cs]e|military|NATO|armed\s+forces|allies|Alliance|alliés|Verbündete\w*|Verteidigung\w*|Rüstung\w*|Bundeswehr|Nato"
    r"|défense|militaire|Otan|armée|Militär\w*|Armee|Streitkräfte|Wehr\w*",
    re.IGNORECASE,
)
OF_GDP = re.compile(
    r"\s*(?:(?:of|des|du|de|der)\s+)?(?:(?:their|its|the|national|annual|economic|leur|leurs|son|sa"
    r"|ihres|seines|ihrer|seiner|projected|estimated|forecast|nominal|(?:19|20)\d\d"
    # a country's own: "more than 6% of Russia's economy", "2.3% of Britain's GDP"
    r"|(?<=of\s)(?-i:[A-Z])[\w-]+['’]s)\s+)*(?:GDP"
    r"|gross\s+domestic\s+product|BIP|PIB|Bruttoinlandsprodukts?|economic\s+output|economy"
    r"|Wirtschaft\b|économie"
    r"|Wirtschaftsleistung)",
    re.IGNORECASE,
)
# A share of gross national income is the development-aid yardstick, not the defence one.
OF_GNI = re.compile(
    r"\s*(?:of|des|du|de|der)\s+(?:(?:their|its|the|leur|son|ihres|seines)\s+)*(?:GNI|gross\s+national"
    r"\s+income|Bruttonationaleinkommens?|BNE|RNB|revenu\s+national\s+brut)",
    re.IGNORECASE,
)
# After a bare percentage, what makes it an allocation of the same GDP share a sibling names:
# "5% of GDP ..., with at least 3.5% on core defence", "... while France has given less than 0.2%."
SHARE_CONTINUES = re.compile(
    r"\s*(?:[.;,)]|$)|\s+(?:on|to|for|aux?|à\s+la|à\s+l['’]|für|in)\s+(?!(?:a|the\s+(?:previous|same)"
    r"|last|its|their|(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)
PERCENT_END = re.compile(r"(?:%|percent|per\s?cent|Prozent|pour[\s-]cent)$", re.IGNORECASE)
# A fiscal rule, and a share of GDP named as its threshold: "the debt brake, which exempts
# defence spending above 1% of GDP", "Verteidigungsausgaben oberhalb von 1 Prozent des BIP sind
# von der Schuldenregel ausgenommen", "exceed deficit limits by up to 1.5% of GDP", "son frein à
# l'endettement ... au-delà de 1 % du PIB". The threshold is the rule's, no one's spending.
# The EU's fiscal rules (not a national debt brake): their thresholds are every member's, no
# one's ("the national escape clause, which allows up to 1.5% of GDP", "le pacte de stabilité").
_EU_FISCAL_RULE = (
    r"escape\s+clause|clause\s+dérogatoire|Ausweichklausel|deficit\s+(?:rules?|limits?)"
    r"|règles\s+budgétaires|plafonds?\s+de\s+déficit|pacte\s+de\s+stabilité"
    r"|stability\s+(?:and\s+growth\s+)?pact|Stabilitätspakt\w*"
    # the bloc's rules named as its own: "the EU's fiscal rules", "die EU-Fiskalregeln"
    r"|(?:EU|bloc)(?:['’]s)?\s+fiscal\s+rules?|EU-(?:Fiskal|Haushalts|Schulden)regeln"
    r"|europäischen\s+(?:Fiskal|Haushalts|Schulden)regeln"
)
EU_FISCAL_RULE = re.compile(r"\b(?:" + _EU_FISCAL_RULE + ")", re.IGNORECASE)
FISCAL_RULE = re.compile(
    r"\b(?:debt\s+brake|Schuldenbremse|Schuldenregel\w*|Verschuldungsgrenze|frein\s+à\s+l['’]"
    # (fiscal rules may be a country's own: "Austria wants its fiscal rules to exempt ...")
    r"endettement|fiscal\s+rules?|" + _EU_FISCAL_RULE + ")",
    re.IGNORECASE,
)
THRESHOLD_BEFORE = re.compile(
    r"\b(?:above|beyond|in\s+excess\s+of|by\s+up\s+to|oberhalb\s+von|jenseits\s+von|über|bei"
    r"|au-delà\s+de|by\s+as\s+much\s+as"
    # a cap the rule allows: "which allows extra defence spending of up to 1.5% of GDP", "qui
    # autorise jusqu'à 1,5 % du PIB de dépenses de défense supplémentaires"
    r"|up\s+to|jusqu['’]à|bis\s+zu)\s+$",
    re.IGNORECASE,
)
# A threshold told by its verb after the share of GDP: "Ausgaben für Verteidigung, die 1 Prozent des
# Bruttoinlandsprodukts übersteigen", "defence spending exceeding 1% of GDP" (before it).
THRESHOLD_AFTER = re.compile(r"\s+(?:übersteig\w*|überschreit\w*)\b", re.IGNORECASE)
EXCEEDING_BEFORE = re.compile(r"\b(?:exceeding|qui\s+dépassent|dépassant)\s+$", re.IGNORECASE)
# The deficit limit a share names (the EU's 3% rule, every member's, no one's): "the bloc's 3%
# deficit ceiling", "the European Union's 3% limit", "le seuil de 3 %", "die Defizitgrenze von 3
# Prozent", in a sentence about deficits.
DEFICIT_NAMED = re.compile(r"\b(?:deficits?|déficits?|\w*[Dd]efizit\w*)\b", re.IGNORECASE)
DEBT_NAMED = re.compile(r"\b(?:debt|dette|\w*[Ss]chulden\w*|Verschuldung)\b", re.IGNORECASE)
DEFICIT_LIMIT_AFTER = re.compile(
    r"\s+(?:(?:budget\s+)?deficit\s+)?(?:limit|ceiling|cap|threshold)\b", re.IGNORECASE
)
DEFICIT_LIMIT_BEFORE = re.compile(
    r"\b(?:limit|ceiling|cap|threshold|seuil|plafond|\w*[Gg]renze)\s+(?:of|de|von)\s+$",
    re.IGNORECASE,
)
# Opinion polls: a percentage in one is a share of people, unless it is a share of GDP.
POLL = dispatch.guarded(
    r"\b(?:polls?|polled|polling|(?:opinion\s+)?surveys?|Umfrage\w*|Politbarometer|Deutschlandtrend"
    r"|Meinungsforsch\w*|sondages?|baromètre|Eurobarom\w*|YouGov|Forsa|Pew|Ifop|Civey|INSA|Gallup)\b",
    re.IGNORECASE,
)
# A poll of several countries or of the EU's people as a whole, whose shares are no one country's
# (README, donors): "the Eurobarometer survey", "71% of EU citizens", "60 % des citoyens de l'UE",
# "der EU-Bürger", "of Europeans", "a poll across seven countries", "dans six pays".
_NUMBER_WORD = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|sept"
    r"|huit|neuf|dix|onze|douze|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\d+"
)
SEVERAL_POLLED = re.compile(
    r"\b(?:Eurobarom\w*|EU\s+citizens|citizens\s+of\s+the\s+(?:EU|European\s+Union)"
    r"|citoyens\s+(?:de\s+l['’]UE|de\s+l['’]Union|européens)|EU-Bürger\w*|Europeans|Européens"
    r"|Europäer(?:innen)?"
    r"|(?:across|in|dans|en)\s+(?:" + _NUMBER_WORD + r")\s+(?:[\w-]+\s+)?(?:countries|nations|pays"
    r"|Ländern|Staaten|États))\b",
    re.IGNORECASE,
)
# Actual spending, not a goal: "Spain, which spent 1.3% of GDP on defence, ... the new target".
SPENT_BEFORE = re.compile(
    # (not a level owed: "to spend", "should spend", "must spend")
    r"(?<!\bto\s)(?<!\bshould\s)(?<!\bmust\s)\b(?:spent|spends|(?:already\s+)?spend|(?:is|was|are|were)\s+spending|ausgegeben"
    r"|gibt|gab|dépensé|dépense|consacre|consacré|consacrera|consacrait)\s+(?:(?:about|around|roughly|only|just|some|nearly|almost|over|under|less"
    r"|more|than|rund|etwa|knapp|environ|près|de)\s+)*$",
    re.IGNORECASE,
)
# The same told after the share, where German puts its verb last: "hatte 2,1 Prozent seiner
# Wirtschaftsleistung für Verteidigung ausgegeben", "gibt 4 Prozent ... für das Militär aus" (not
# the infinitive of a goal: "will 3 Prozent ausgeben"). Searched in the share's clause.
SPENT_AFTER = re.compile(
    r"^[^,;:–—]*?\b(?:ausgegeben|aufgewendet|(?<=\s)aus(?=\s*(?:[,;.–—]|$)))", re.IGNORECASE
)
# A unit price is not aid: "The shells cost €8,000 each", "Each interceptor costs $4 million".
PRICE_VERB = dispatch.guarded(
    r"\b(?:costs?|costing|priced|kostet\w*|koste\b|coûte\w*|price\s+of|prix\s+d|Preis\s+(?:eine|für))",
    re.IGNORECASE,
)
UNIT_PRICE = re.compile(
    r"\b(?:each|apiece|a\s+piece|(?:per|a)\s+(?:unit|piece|shell|round|missile|interceptor|drone"
    r"|vehicle|tank|jet|aircraft|system|battery|launcher)|unit\s+(?:costs?|prices?)|Stückpreis"
    r"|pro\s+Stück|je\s+Stück|l['’]unité|prix\s+unitaire|coût\s+unitaire|chacun\w*|a\s+single"
    r"|un\s+seul|pièce|einzeln\w*)\b"
    # one item told as the subject of its price: "A 155mm shell now costs", "Eine Radhaubitze
    # vom Typ Bohdana koste", "Un obus de 155 mm coûte"
    r"|(?:^\W*|[:;]\s*)(?:an?|one|ein|eine|un|une)\s+[^.;:]{0,80}?\b(?:costs?|kostete?|koste|coûte)\b"
    # "chaque batterie coûte environ 1 milliard de dollars" (not "chaque année")
    r"|\bchaque\s+(?!an\b|année|mois|semaine|jour)\w+\s+(?:coûte|vaut)\b",
    re.IGNORECASE,
)
# ... or named by a noun of its own, with no verb of price: "deren Stückpreis bei etwa 25 Millionen
# Euro liegt", "le coût unitaire d'un obus ... est d'environ 4 000 euros", "a unit cost of $3m".
UNIT_PRICE_NOUN = dispatch.guarded(
    r"\b(?:Stückpreis\w*|(?:coût|prix)\s+unitaire|unit\s+(?:costs?|prices?)|Preis\s+pro\s+Stück)\b",
    re.IGNORECASE,
)
# Shares on a market, not the stocks an army draws on ("from its own stocks", "army stocks").
# Shares traded, not the arms a military keeps in store: "stocks fell" (not "army stocks", "drawn
# from its stocks", "prélevés sur les stocks des armées", "stocks of ammunition", "the stocks of
# the Czech army")
_STOCKS = (
    r"(?<!own\s)(?<!army\s)(?<!military\s)(?<!weapons\s)(?<!war\s)(?<!from\s)(?<!its\s)"
    r"(?<!their\s)(?<!sur\sles\s)(?<!ses\s)(?<!leurs\s)stocks?\b"
    r"(?!\s+(?:de\s+l['’]armée|des\s+armées|militaires|de\s+munitions|d['’]armes|of\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:army|armed\s+forces|weapons|arms|ammunition|munitions|shells)))"
)
# A company's turnover: it describes the company, no country's aid or budget.
_TURNOVER = r"Umsatz\w*|turnover|chiffre\s+d['’]affaires"
# Subjects that make a percentage or sum a distractor, not aid or defence.
_DISTRACTOR = (
    r"inflation|(?:economic|GDP)\s+growth|econom(?:y|ic\s+output)|deficit|debt|unemploy\w*"
    r"|interest\s+rates?|key\s+rate|policy\s+rate|taux\s+directeur|VAT|value-added\s+tax|shares\s+in|bond\s+yields?|Rendite\w*"
    rf"|shares\s+of\s+(?:(?:defen[cs]e\s+)?(?:group|company|firm|maker)\s+)?(?-i:[A-Z])\w*|share\s+prices?|{_STOCKS}|prices?|polls?"
    r"|survey\w*|approval|turnout|borrowing|financing\s+needs|funding\s+gap|financing\s+gap"
    # (a tax, not the giving verb "beisteuern": "Schweden steuerte 500 Millionen Kronen bei")
    r"|wealth\s+fund|tax(?:es)?|levy|Inflation|Wachstum|Steuer(?!te[n]?\b|t\b)\w*|Abgabe|impôts?|taxes?"
    r"|Konjunktur|\w*[wW]achstum|(?<!deutschen\s)Wirtschaft\b|(?:BIP|Wirtschaftsleistung|Bruttoinlandsprodukt)\w*\s+(?:\w+\s+){0,6}?(?:wachsen|wächst|wuchs)|économie\b|(?:Haushalts|Staats|Budget|Handels|Leistungsbilanz)?[dD]efizit\w*|Schulden\w*|Neuverschuldung|Kreditaufnahme|Nettokreditaufnahme"
    r"|Arbeitslos\w*|Leitzins\w*|Aktie\w*|Preis\w*|Umfrage\w*|Finanzbedarf|Finanzierungsbedarf"
    r"|croissance|déficit|dette|chômage|taux\s+d['’]\w+|sondage\w*|prix|bourse"
    r"|besoins\s+de\s+financement"
    # a state's surplus, a company's turnover and the economy's growth told by its verb: "a
    # budget surplus of 1.2% of GDP", "einen Umsatz von 1,9 Milliarden Euro", "le chiffre
    # d'affaires a progressé de 20 %", "Output grew 1.9%" (not "surplus weapons")
    r"|(?:budget|fiscal|primary)\s+surplus|surplus\s+of\b(?!\s+(?:\w+\s+)?(?:weapons|arms|equipment"
    r"|ammunition|shells|materiel))|Haushaltsüberschuss\w*|Überschuss\w*|excédents?\s+(?:budgétaire"
    rf"|public|de\b)|{_TURNOVER}"
    # (not the world's: "Global GDP grew by 3.2%", told to scale the world's military burden)
    r"|(?<!global\s)(?<!world\s)(?:GDP|output|gross\s+domestic\s+product|PIB|Wirtschaftsleistung)"
    r"\s+(?:grew|expanded"
    r"|contracted|shrank)"
    # a country's stated needs: "Ukraine needs another $12 billion", "avait besoin d'au moins"
    r"|needs\s+(?:another|an?\s+(?:additional|extra)|a\s+further|at\s+least|more\s+than|some)"
    r"|needs\b(?=\s+(?:about|around|\$|€|£|USD|EUR))|besoin\s+d|braucht|benötigt"
    r"|budget\s+gap|funding\s+shortfall|Finanzierungslücke|Haushaltslücke"
    # a gap told as such: "expects a gap of about $41 billion", "puts the gap that partners must
    # fill at $60 billion", "its external financing gap"
    r"|\bgaps?\s+(?:of|that|which)\b|external\s+(?:financing\s+|funding\s+)?gap"
    # a hole in a budget: "klafft eine Lücke von über 30 Milliarden Euro", "a £16.9 billion black
    # hole", "un trou de 40 milliards"
    r"|Lücke\s+von\b|black\s+hole|Haushaltsloch\w*|trou\s+(?:budgétaire|de\b)"
    # a state's own interest bill and borrowing powers: "Die Zinsausgaben steigen um acht
    # Milliarden Euro", "steigenden Zinslasten", "60 Milliarden Euro an ungenutzten
    # Kreditermächtigungen", "debt interest", "la charge de la dette"
    r"|Zins(?:ausgaben|lasten?)|Kreditermächtigung\w*|interest\s+(?:payments|costs|bill)"
    # savings a government makes across its budget: "will heuer 6,4 Milliarden Euro einsparen",
    # "44 milliards d'euros d'économies", "un plan d'économies de", "expected to save about $2.7
    # billion", "savings of" (not a sum found in savings for aid: "from cost savings")
    r"|einspar\w*|Einsparung\w*|Sparpaket\w*|Sparhaushalt\w*|Konsolidierungspaket\w*"
    r"|(?<=d['’])économies\b|économies\s+budgétaires|(?<=to\s)save\b|(?<!cost\s)savings\b"
    # a whole state's budget: "Der Gesamthaushalt des Bundes umfasst"
    r"|Gesamthaushalt\w*|gesamtstaatlich\w*|general[-\s]account\s+budget"
    # a state's borrowing told by its bonds or its cost: "new bond issuance of ¥29.6 trillion",
    # "die EU, die sich zu etwa 3 Prozent refinanziert", "émissions obligataires"
    r"|bond\s+issuance|Anleiheemission\w*|émissions?\s+obligataires?|refinanz\w*"
    # the Swiss and Austrian word for inflation: "Die Teuerung lag im August bei 0,2 Prozent"
    r"|Teuerung\w*"
    # a pension, a state's own outlay on its people: "Die 13. AHV-Rente kostet den Bund"
    r"|[\w-]*Rente\b"
    # a state's funds for other ends: "ein Sondervermögen für Infrastruktur", "in den Klima- und
    # Transformationsfonds", "The Government Pension Fund Global, which returned 16.1 per cent"
    r"|Sondervermögen\s+(?:für\s+)?Infrastruktur|Infrastruktur-?[sS]ondervermögen"
    r"|Klima-\s+und\s+Transformationsfonds|Klima\w*fonds|pension\s+fund|Pensionsfonds"
    r"|fonds\s+de\s+pension"
    # a ministry's aid for the whole world, not aimed at Ukraine: "die Mittel für humanitäre
    # Hilfe weltweit", "humanitarian aid worldwide", "l'aide humanitaire dans le monde"
    r"|(?<=Hilfe\s)weltweit|(?<=aid\s)worldwide|(?<=humanitaire\s)dans\s+le\s+monde"
    # trade, not aid: "Arms exports are now about 4% of our GDP", "Rüstungsexporte"
    r"|exports?\b|\w*[eE]xport\w*|exportations?"
    # the economy's growth and a state's revenue, named alone: "Growth slowed to around 1%",
    # "oil and gas revenues fell by 24%" (not "growth in defence spending")
    # a whole state's spending, of which defence is a part: "sur des dépenses fédérales totales de"
    r"|dépenses\s+(?:fédérales|publiques|budgétaires)\s+totales"
    r"|total\s+(?:federal|public|government)\s+(?:spending|expenditure)"
    r"|(?<!spending\s)(?<!budget\s)growth\b(?!\s+(?:in|of)\s+(?:\w+\s+)?(?:defen[cs]e|military|spending"
    r"|budget|aid)|\s+(?:path|trajectory|plan))|(?-i:revenues?)|recettes"
    # revenue named in a German compound too: "Gewerbesteuereinnahmen von rund 40 Millionen Euro",
    # "Steuereinnahmen", "Zolleinnahmen"
    r"|\w*[eE]innahmen"
    # a sum put into a plant or a production line, a company's investment (no state gives it):
    # "Rheinmetall hatte rund 300 Millionen Euro in das Werk investiert", "invested €300 million
    # in the plant", "a investi 60 millions d'euros dans une nouvelle ligne de production"
    r"|in\s+(?:(?:das|die|den|dem|ein\w*|sein\w*|ihr\w*|neue\w*)\s+){1,2}(?:\w*[wW]erk|\w*[fF]abrik"
    r"|Produktionslinie)\w*\s+(?:\w+\s+){0,2}?investier\w*"
    r"|invest(?:s|ed|ing)?\s+(?:\S+\s+){1,6}?in\s+(?:(?:the|its|their|a|an|new)\s+){1,2}"
    r"(?:\w+\s+)?(?:plants?|factory|factories|production\s+lines?)\b"
    r"|investi\w*\s+(?:\S+\s+){1,6}?dans\s+(?:(?:l['’]|la|le|les|son|sa|ses|une?|nouvelle?)\s*){1,2}"
    r"(?:usines?|lignes?\s+de\s+production)\b"
)
# A company named as the one investing, no state's money: "Der Konzern investiert dort rund 500
# Millionen Euro", "The company is investing $500 million", "Le groupe investit 500 millions".
COMPANY_INVESTS = re.compile(
    r"\b(?:[Tt]he\s+(?:company|group|firm)\s+(?:is\s+|will\s+)?invest\w*"
    r"|[Dd]er\s+Konzern\s+investier\w*|[Ll]e\s+groupe\s+investi\w*)"
)
# What the war destroyed and rebuilding will cost, an estimate no one gives: "the World Bank
# puts the cost of reconstruction at $524 billion", "die Schäden am Energiesystem", "le coût de sa
# reconstruction". Read for the category only (whose estimate it is, the sets disagree: the
# regression set leaves it to no one, the articles to Ukraine).
WAR_COST_WORDS = dispatch.WordPattern(
    [
        (
            "war_cost",
            r"(?:reconstruction|recovery|rebuilding)\s+(?:costs?|needs)"
            r"|costs?\s+of\s+(?:[\w'’]+\s+){0,2}?(?:reconstruction|recovery|rebuilding)"
            r"|rebuilding\s+\w+\s+would\s+cost|damages?\b|Schäden|Wiederaufbau(?:bedarf|kosten)\w*"
            r"|Kosten\s+für\s+(?:den\s+)?Wiederaufbau|coûts?\s+de\s+(?:sa\s+|la\s+)?reconstruction"
            # told by its verb: "la reconstruction du pays était estimée à", "kostet der
            # Wiederaufbau der Ukraine", "rebuilding is estimated at"
            r"|(?:reconstruction|rebuilding|recovery|Wiederaufbau)\s+(?:[\w'’]+\s+){0,4}?"
            r"(?:(?:était|est|sera|is|was|wird)\s+)?(?:estimée?s?|estimated|beziffert|geschätzt)\b"
            r"|kostet\s+der\s+Wiederaufbau|coûtera\s+la\s+reconstruction"
            r"|dommages|dégâts",
            "",
        )
    ],
    start=r"(?<!\w)\w",
    lead=r"\b",
)
WHOLE_SPENDING = re.compile(
    r"dépenses\s+(?:fédérales|publiques|budgétaires)\s+totales"
    r"|total\s+(?:federal|public|government)\s+(?:spending|expenditure)",
    re.IGNORECASE,
)
DISTRACTOR = re.compile(rf"\b(?:{_DISTRACTOR})", re.IGNORECASE)
# The economy named as the yardstick of what follows, an aside, not its subject: "Relative to the
# size of its economy, Denmark has given 2%", "Rapporté à leur économie, le Danemark a donné 2 %",
# "Gemessen an ihrer Wirtschaft geben die Esten am meisten".
YARDSTICK_BEFORE = re.compile(
    r"\b(?:relative\s+to|measured\s+against|in\s+proportion\s+to|for\s+the\s+size\s+of"
    r"|rapporté\w*\s+à|en\s+proportion\s+d[e'’]|proportionnellement\s+à|au\s+regard\s+d[e'’]"
    r"|à\s+l['’]aune\s+d[e'’]|gemessen\s+an|im\s+Verhältnis\s+zu[rm]?)\s+"
    r"(?:the\s+size\s+of\s+|la\s+taille\s+d[e'’]\s*)?"
    r"(?:(?:its|their|the|his|her|son|sa|leurs?|la|l['’]|seiner|ihrer|der|dem)\s*)?$",
    re.IGNORECASE,
)
# The economy named by its rank, an apposition that says who the subject is, not what the figure
# measures: "Germany, Europe's biggest economy, spent 1.3 percent", "l'Allemagne, première
# économie européenne, consacre 1,3 %", "Deutschland, Europas größte Wirtschaft, gibt 1,3 Prozent
# aus".
ECONOMY_RANK_BEFORE = re.compile(
    r"\b(?:biggest|largest|richest|leading|\w+-(?:biggest|largest)|première|deuxième|troisième"
    r"|plus\s+grande|\w*größten?)\s+$",
    re.IGNORECASE,
)
# The same, word by word (see dispatch.py): every alternative starts with a word character.
DISTRACTOR_WORDS = dispatch.WordPattern(
    [("distractor", _DISTRACTOR, "")], start=r"(?<!\w)\w", lead=r"\b"
)
# A state's own debt and borrowing, its interest bill, new debt or deficit: the loans a sentence
# tells with them are the state's own ("die Zinsausgaben wegen der zusätzlichen Kredite").
STATE_DEBT = re.compile(
    r"\b(?:Zins(?:ausgaben|lasten?)|Neuverschuldung|(?:Netto)?Kreditaufnahme|Schuldenbremse"
    r"|Staatsschulden|Haushaltsdefizit|public\s+debt|national\s+debt|debt\s+interest"
    r"|interest\s+(?:payments|costs|bill)|budget\s+deficit|dette\s+publique|charge\s+de\s+la\s+dette"
    r"|déficit\s+public)\b",
    re.IGNORECASE,
)


def distractors(text: str) -> Iterator[re.Match[str]]:
    """The distractors `text` names, word by word (DISTRACTOR's matches; the words' starts are
    shared with the sentence's other word patterns), but for the economy named as a yardstick or
    by its rank, which is no subject of a figure."""
    for m in DISTRACTOR_WORDS.finditer(text):
        if not YARDSTICK_BEFORE.search(
            text, max(0, m.start() - 60), m.start()
        ) and not ECONOMY_RANK_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            yield m


def names_distractor(text: str) -> bool:
    """True when `text` names a distractor (see `distractors`)."""
    return next(distractors(text), None) is not None


# What a war costs or a country holds, not what anyone gives: damage, reconstruction needs, frozen
# assets, trade, exchange rates. A sum beside one of these does not take the story's kind of aid.
NOT_GIVEN = re.compile(
    r"\b(?:needs\b|\w*[bB]edarf\w*|besoins|damages?|Schaden|Schäden|dommages|Kosten\s+für"
    r"|(?:reconstruction|recovery)\s+costs?|assets|avoirs|actifs|\w*[gG]uthaben|Vermögenswerte"
    r"|exports?|imports?|Export\w*|Import\w*|exportations?|importations?|per\s+dollar"
    r"|exchange\s+rates?|Wechselkurs\w*|beziffert|estimated\s+at|estimée?s?\s+à|schätzt"
    r"|held|holds|détient|détenu\w*|immobilis\w*|frozen|gelés?|eingefroren\w*"
    # prices, profits and capital, which no one gives: "$70 a barrel", "a net profit of",
    # "a €4 billion paid-in capital increase"
    r"|(?:a|per|the)\s+barrel|(?:le|du|par)\s+baril|pro\s+Barrel|profits?|bénéfices?|Gewinn\w*"
    r"|capital\s+increase|Kapitalerhöhung|augmentation\s+de\s+capital"
    # hosting refugees at home: "accommodation for people who fled Ukraine", "Versorgung
    # ukrainischer Vertriebener", "Personen mit Schutzstatus S"
    r"|refugees|Flüchtling\w*|Geflüchtete\w*|Vertriebene\w*|réfugiés|Schutzstatus|accommodation"
    r"|hébergement|Unterbringung"
    # (also "accommodating people who fled", "Schutzsuchende mit Status S", the asylum seekers'
    # "Grundversorgung", "les coûts liés à cet accueil")
    r"|accommodating|Schutzsuchende\w*|Grundversorgung"
    r"|(?:coûts?|frais|dépenses)\s+(?:liés?\s+à\s+)?(?:cet\s+|l['’]|d['’])accueil)",
    re.IGNORECASE,
)
# Refuge found, or a protection status ("Schutzstatus S", "protection provisoire", "statut S"):
# it tells both that people fled (REFUGEES) and that they are taken in (HOSTING).
_SHELTERED = (
    r"Schutzstatus|statut\s+(?:de\s+protection\s+)?S\b|protection\s+(?:provisoire|temporaire)"
    r"|(?:found|find|sought)\s+refuge"
)
# People who fled to a country and live there, named in a sum's clause: "refugees",
# "Geflüchtete", "Vertriebene", "réfugiés", "people who fled", "who have found refuge", or their
# protection status. (Not those displaced inside Ukraine: "Binnenvertriebene", "personnes
# déplacées".)
REFUGEES = dispatch.guarded(
    r"\b(?:refugees|Flüchtling\w*|Geflüchtete\w*|Vertriebene\w*|réfugiés|Schutzsuchende\w*"
    r"|people\s+who\s+(?:have\s+)?fled|personnes\s+qui\s+ont\s+fui|" + _SHELTERED + r")",
    re.IGNORECASE,
)
# Their being taken in where they live: "hosting", "housing", "accommodation", "Aufnahme",
# "Unterbringung", "Versorgung", "accueil", "hébergement", "im Inland", or a protection status,
# which only the host grants.
HOSTING = dispatch.guarded(
    r"\b(?:host(?:s|ed|ing)?|housing|accommodat\w*|Aufnahme|Unterbringung|Versorgung|Betreuung"
    r"|accueil\w*|hébergement|(?:im|ins)\s+Inland|at\s+home|" + _SHELTERED + r"|"
    # Switzerland's protection status by its letter: "Schutzsuchende mit Status S"
    r"(?-i:Status\s+S)\b)",
    re.IGNORECASE,
)
# A country named as where they live: "refugees living in Poland", "Vertriebener in Österreich",
# "réfugiés en Pologne" (the words before the country's name).
LIVING_IN_BEFORE = re.compile(r"\b(?:in|im|en|au|aux)\s+(?:der\s+|the\s+|la\s+)?$", re.IGNORECASE)
# Ukraine named as where a sum goes or is spent: "für die Ukraine", "to Ukraine", "in Ukraine",
# "en faveur de l'Ukraine".
TO_UKRAINE = re.compile(
    r"\b(?:to|for|in|inside|within|für|an|in\s+die|pour|à|en|en\s+faveur\s+de|zugunsten)\s+"
    r"(?:die\s+|der\s+|l['’]|the\s+)?" + UKRAINE_NAMES + r"\b",
    re.IGNORECASE,
)
# A need told before a sum is what the sum measures, whatever it is needed for: "officials say
# they need at least $40 billion worth of weapons", "the country's needs for air defence alone
# exceed EUR 10 billion", "Der Bedarf an Munition liegt bei", "les besoins en munitions" (not a
# giver's: "donors would need to find EUR 12 billion more"; nor NATO's Prioritised Ukraine
# Requirements List, through which allies buy weapons).
NEED_BEFORE = dispatch.guarded(
    r"\b(?:(?:needs?|needed)(?!\s+to\b)|requirements?(?!\s+List\b)|budget\s+gap|funding\s+gap|shortfall"
    r"|Bedarf\w*|braucht|brauchen|benötig\w*|besoins?)\b",
    re.IGNORECASE,
)
# The reserves of Russia's central bank frozen abroad: a stock, no aid and no one year's, whatever
# loan is built on it. Named in the sentence ...
RUSSIAN_CENTRAL_BANK = dispatch.guarded(
    r"\b(?:central[\s-]+bank|(?:Zentral|Noten)bank\w*|banque\s+centrale)\b[^.;]{0,30}?\b(?:Russ\w*"
    r"|russ\w*)|\b(?:Russia['’]s|Russian|russischen|Russlands)\s+(?:central[\s-]+bank|Zentralbank"
    r"|Notenbank)",
    re.IGNORECASE,
)
# ... or named as Russia's holdings without its central bank: "Russian assets frozen in the UK",
# "the Bank of Russia's reserves", "les avoirs russes gelés", "gesperrte russische Vermögen".
RUSSIAN_HOLDINGS = dispatch.guarded(
    r"\b(?:Russian|Russia['’]s)\s+(?:[\w-]+\s+){0,3}?(?:assets|reserves|holdings)\b"
    r"|\bBank\s+of\s+Russia\b|\bBanque\s+(?:centrale\s+)?de\s+Russie\b"
    r"|\b(?:avoirs|actifs|réserves)\s+(?:\w+\s+){0,2}?russes\b"
    r"|\brussisch\w*\s+(?:\w+\s+){0,2}?(?:Vermögen\w*|Guthaben|Zentralbank\w*|Notenbank\w*"
    r"|Devisenreserven)"
    # (the holdings named first: "Vermögenswerte sanktionierter russischer Personen", "assets of
    # sanctioned Russian oligarchs")
    r"|\b(?:Vermögen\w*|Guthaben)\s+(?:\w+\s+){0,2}?russisch\w*"
    r"|\bassets\s+of\s+(?:\w+\s+){0,2}?Russian",
    re.IGNORECASE,
)
# ... and what the sum is of, right after it ("€210bn of assets of the central bank", "210
# milliards d'euros d'avoirs", "210 Milliarden Euro der russischen Zentralbank", "£25 billion of
# frozen Russian central bank assets", "7,4 Milliarden Franken an gesperrten russischen
# Vermögen") or just before it ("ces avoirs, quelque 185 milliards", "les avoirs ... : environ
# 185 milliards").
ASSETS_AFTER = re.compile(
    r"\s+(?:d['’]|de\s+|of\s+|in\s+|der\s+|an\s+)(?:[\w'’-]+\s+){0,4}?(?:assets|avoirs|actifs"
    r"|réserves|reserves|Vermögen\w*|Zentralbank|Devisenreserven)\b",
    re.IGNORECASE,
)
# A part of the holdings just told: "€210 billion ..., davon etwa 185 Milliarden", "of which",
# "most of it, some €185 billion".
ASSETS_PART = re.compile(
    r"[,;:]\s*(?:davon|dont|of\s+which|most\s+of\s+(?:it|them|that)|l['’]essentiel|la\s+plupart"
    r"|including)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# Where the holdings are kept, in a sentence that goes on about them without naming Russia: "Most
# of it, roughly €190 billion, is held at Euroclear", "The immobilised assets are worth roughly
# €260bn", "chez Euroclear, ... qui détient à lui seul quelque 185 milliards d'euros".
ASSETS_HELD = re.compile(
    r"\bEuroclear\b|\b(?:held|kept)\s+(?:at|in|by)\b|\bsits?\s+(?:at|in|with)\b|\bdétien\w*"
    r"|\bdétenu\w*|\bse\s+trouve\w*|\b(?:liegen|liegt|lagern|lagert)\b|\b(?:the|these|those"
    r"|ces|les|die|diese)\s+(?:\w+\s+)?(?:assets|avoirs|actifs|Vermögen\w*)(?:\s+themselves)?"
    r"(?:,\s+|\s+(?:are|were|sont)\s+)(?:worth|valued|estimated|évalués|estimés)\b",
    re.IGNORECASE,
)
# The holdings said to be frozen, in a sentence after the story has named them: "In der Schweiz
# sind Vermögenswerte von 7,4 Milliarden Franken gesperrt", "assets worth €20 billion remain
# frozen", "des avoirs de 20 milliards d'euros restent gelés".
ASSETS_FROZEN = re.compile(
    r"\b(?:frozen|immobili[sz]ed|gesperrt\w*|eingefroren\w*|blockiert\w*|gelée?s?|bloquée?s?"
    r"|immobilisée?s?)\b",
    re.IGNORECASE,
)
# The sum told in apposition right after the holder of the holdings: "Ceux de la Banque centrale
# de Russie, quelque 183 milliards d'euros, restent bloqués", "those of Russia's central bank,
# about €183 billion".
HOLDER_APPOSED = re.compile(r"\s*,\s*(?:(?:" + ROUGHLY + r"|quelque|approximately)\s+)?")
# What a stock of money yields, said by a verb: "the assets yield about €3 billion a year", "ils
# rapportent environ 3 milliards d'euros par an", "haben 3 Milliarden Euro abgeworfen" (the
# split "werfen ... ab" is left out: "werfen" alone says too little).
YIELD_VERB = (
    r"(?:rapport(?:ent|ant|era\w*|aient|ait)|yield(?:s|ed|ing)?|generat(?:es?|ed|ing)"
    r"|abwerf\w*|abgeworfen)"
)
# What the holdings are backing or paying for (or yield): the sum is the loan, the aid or the
# yield, not the holdings.
ASSETS_USED = re.compile(
    r"\b(?:loans?|lend\w*|lent|prêts?|prêter|Kredit\w*|Darlehen|aid|aide|Hilfe\w*|fund\w*|fonds"
    r"|earn\w*|profits?|proceeds|windfall|interest|revenus|recettes|bénéfices?|intérêts|Erträge\w*"
    rf"|Zinserträge\w*|Gewinne?\w*|pledg\w*|provid\w*|{YIELD_VERB})\b",
    re.IGNORECASE,
)
IN_RUSSIA = re.compile(r"\b(?:in|en)\s+(?:Russia|Russie|Russland)\b", re.IGNORECASE)
# (not what the assets earn: "the windfall profits from immobilised assets, about EUR 3 billion")
ASSETS_EARN = re.compile(
    r"\b(?:profits?|proceeds|windfall|interest|revenus|recettes|bénéfices|intérêts|Erträge\w*"
    r"|Zinserträge\w*|Gewinne\w*)\b",
    re.IGNORECASE,
)
# The holdings named before the sum as what it sizes: "the assets, some €185 billion",
# "Vermögenswerte ... von 7,4 Milliarden Franken", "Das eingefrorene Vermögen ... beläuft sich auf".
ASSETS_BEFORE = re.compile(
    r"\b(?:assets|avoirs|actifs|réserves|reserves|Reserven|Vermögen\w*)\b(?![^.;]*?\b(?:loans?"
    r"|prêts?|Kredit\w*|Darlehen|aid|aide|Hilfe)\b)[^.;]{0,60}?"
    # their size told after a comma or by a verb of amounting: "beläuft sich auf rund", "amount to
    # about", "s'élèvent à", "von rund", "worth"
    r"(?:[,:]|\s(?:von|of|worth|de|d['’])|\b(?:beläuft|belaufen)\s+sich\s+auf|\bamount(?:s|ed)?\s+to"
    r"|\btotal(?:s|led)?|\bs['’]él[eè]v\w*\s+à"
    # or by an estimate of it: "les avoirs russes gelés sont estimés à environ", "valued at"
    r"|\b(?:estimated|valued)\s+at|\b(?:estimé|évalué)e?s?\s+à|\b(?:geschätzt|beziffert)\s+auf)"
    r"\s*(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# The holdings a sum is the size of, pointed back to right after it: "immobilised Russian assets,
# some €185 billion of which are held at Euroclear", "dont 185 milliards", "davon".
ASSETS_OF_WHICH_AFTER = re.compile(r"\s+(?:of\s+which|of\s+them|dont|davon)\b", re.IGNORECASE)
# What rebuilding Ukraine, the war's damage or Ukraine's needs cost, as estimates put it: "the
# World Bank's damage assessment ... a total reconstruction bill of $524 billion", "Les besoins de
# reconstruction sont estimés ... à 486 milliards de dollars", "Der Bedarf für Reparaturen liege
# bei", "kostet der Wiederaufbau der Ukraine rund 524 Milliarden Dollar", "Die Ukraine hatte den
# Schaden ... auf 500 Millionen US-Dollar beziffert", "raise Ukraine's needs by $25 billion".
WAR_BILL = dispatch.guarded(
    r"\b(?:damages?|Schaden|Schäden|dommages|dégâts|destruction|Zerstörung\w*"
    r"|(?:reconstruction|recovery|rebuilding|relèvement)\s+(?:bill|costs?|needs|estimate)"
    r"|(?:costs?|bill)\s+of\s+(?:[\w'’]+\s+){0,2}?(?:reconstruction|recovery|rebuilding|clearing)"
    r"|besoins?\s+(?:de|en|d['’])\s*\w+|Wiederaufbau\w*|reconstruction|needs\b|Bedarf\w*"
    r"|besoins?\b)",
    re.IGNORECASE,
)
# Who puts a figure on the bill, not who pays it.
BILL_ESTIMATORS = frozenset({"IMF", "World Bank", "EU", "Ukraine"})
ESTIMATE_WORD = re.compile(
    r"\b(?:estimat\w*|assess\w*|puts?|put\s+at|bezifferte?\w*|beläuft|belaufen|liege?n?|kostet"
    r"|kosten|Schätzung\w*|schätz\w*|estim\w*|évalu\w*|chiffr\w*|s['’]élèv\w*|exceed\w*"
    r"|dépass\w*|übersteig\w*|raise|rise|rising|bill|total\w*|amount\w*|stand\w*|stood)\b",
    re.IGNORECASE,
)

# The euro area, whose inflation and growth describe no one country: "Euro-area inflation was 2.1%",
# "la croissance de la zone euro", "über dem Schnitt der Eurozone von 5,2 Prozent" (not a
# country's rank in it: "l'une des plus faibles de la zone euro, à 26 %").
EURO_AREA = re.compile(
    r"\b(?:euro[\s-]area|euro[\s-]?zone|Euroraum\w*|zone\s+euro)\b", re.IGNORECASE
)
# ... or named right after the figure it measures, a few words on: "inflation, which averaged 2.1%
# in the euro area", "une inflation de 2,4 % en février dans la zone euro", "die Inflation lag
# bei 2,2 Prozent im Euroraum".
EURO_AREA_AFTER = re.compile(
    r"(?:\s+(?!than\b|als\b|que\b|qu['’])[\w'’]+){0,3}?\s+(?:in\s+the|across\s+the|dans\s+la|en|im|in\s+der)\s+"
    r"(?:euro[\s-]area|euro[\s-]?zone|Euroraum|Eurozone|zone\s+euro)\b",
    re.IGNORECASE,
)
# A table of the levels allies have or are forecast to have, top and bottom: "Lithuania tops the
# table with 5.4%", "At the bottom, Spain ... is forecast at 2.1%", "En bas du classement figurent
# la Belgique, à 1,3 %", "Schlusslicht ist Spanien mit 1,3 Prozent": levels, never goals.
LEAGUE_TABLE = re.compile(
    r"\b(?:tops?\s+the\s+(?:table|list|ranking|league)|(?:heads?|leads?)\s+the\s+(?:table|list"
    r"|ranking)|at\s+the\s+(?:bottom|top)\b|(?:bottom|top)\s+of\s+the\s+(?:table|list|ranking)"
    r"|classement|en\s+(?:tête|queue)\s+d\w*|lanterne\s+rouge|Rangliste\w*|Tabelle\w*"
    r"|Spitzenreiter\w*|Schlusslicht\w*|an\s+der\s+Spitze"
    # the next place down: "Slovakia follows at 2.04%", "folgt mit", "suit avec"
    r"|(?:follows?|folgt|suit)\s+(?:at|with|mit|avec)\b)",
    re.IGNORECASE,
)
RANKED_IN = re.compile(
    r"\b(?:most|highest|lowest|largest|biggest|fastest|among|plus|l['’]une?|one\s+of)\b[^,;]{0,25}$",
    re.IGNORECASE,
)
# The EU's fiscal limits, every member's and no one's: "die EU-Grenze von 3 Prozent", "la limite
# européenne de 3 %", "the EU's deficit limit of 3%", "dépassement des plafonds de déficit
# jusqu'à 1,5 %".
EU_LIMIT = re.compile(
    r"\b(?:EU-(?:Grenze|Defizitgrenze|Obergrenze|Schuldengrenze)|(?:limite|seuil|plafond)s?"
    r"\s+(?:européen\w*|de\s+déficit)|Maastricht\w*"
    r"|EU(?:['’]s)?\s+(?:deficit|debt)\s+(?:limit|ceiling|threshold))",
    re.IGNORECASE,
)
# ... or named right after the figure: "the EU's 3% ceiling", "above the 60% reference value in
# the EU's fiscal rules".
LIMIT_AFTER = re.compile(r"\s+(?:reference\s+value|ceiling|deficit\s+limit)\b", re.IGNORECASE)
# A rate per unit right after a figure, which describes no one's economy: an oil price ("$69 a
# barrel", "pro Barrel"), an exchange rate ("$1.13 per euro", "88 roubles to the dollar", "48
# Hrywnja je Euro").
_PER_BARREL = r"(?:a|per|the|le|du|par|pro|je)\s+(?:barrel|baril|Barrel)\b"
PER_BARREL = re.compile(r"\s*" + _PER_BARREL, re.IGNORECASE)
PER_UNIT = re.compile(
    r"\s*(?:" + _PER_BARREL + r"|(?:per|je|pour\s+un|par|to\s+the|gegenüber\s+dem|face\s+au)"
    r"\s+(?:euro|dollar|franc)s?\b)",
    re.IGNORECASE,
)
# A national currency told moving or trading, whose rate is its country's economy ("the yen has
# lost 8% against the dollar", "die Hrywnja hält sich mit 48 Hrywnja je Euro", "le rouble a cédé
# 5 %"); the euro and the dollar are many countries' and describe none.
_CURRENCY_COUNTRIES: list[tuple[str, str]] = [
    ("Japan", r"yens?"),
    ("Ukraine", r"hryvnias?|hryvnyas?|Hrywnja|hryvnas?"),
    ("Russia", r"roubles?|rubles?|Rubel"),
    ("Poland", r"zlotys?|złotys?|Zloty"),
    ("Hungary", r"forints?"),
    ("Turkey", r"liras?|livre\s+turque|türkische\s+Lira"),
    ("Switzerland", r"Swiss\s+francs?|francs?\s+suisses?|Franken"),
    ("United Kingdom", r"sterling|pound|Pfund|livre\s+sterling"),
]
# (named as a subject, with its article: not the unit of another sum, "8.3 trillion roubles")
CURRENCY_MOVER = re.compile(
    r"(?<!\w)(?:the|its|die|der|den|le|la|l['’]|sa)\s+(?:(?:weak|strong|schwache|starke"
    r"|faible|forte)\w*\s+)?(?:"
    + "|".join(rf"(?P<c{i}>{names})" for i, (_, names) in enumerate(_CURRENCY_COUNTRIES))
    + r")(?!\w)",
    re.IGNORECASE,
)


def currency_country(match: re.Match[str]) -> str:
    """The country whose currency a CURRENCY_MOVER match names."""
    return _CURRENCY_COUNTRIES[int((match.lastgroup or "c0")[1:])][0]


# Markets: a share price describes a company, not a country.
MARKET = dispatch.guarded(
    r"\b(?:shares\s+in|shares\s+of\s+(?:(?:defen[cs]e\s+)?(?:group|company|firm|maker)\s+)?(?-i:[A-Z])\w*"
    # a company's shares told moving: "Leonardo shares gained 3.4%", "Shares of its
    # Toronto-listed parent rose 6%"
    r"|shares\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:rose|fell|gained|lost|jumped|climbed|dropped"
    r"|slipped|slid|added|surged|tumbled|slumped|soared)"
    # a sector's shares: "European defence shares have risen by more than 60%"
    r"|(?:defen[cs]e|arms|armaments?|bank|energy)\s+(?:stocks|shares)"
    r"|bond\s+yields?|yields?\b|Rendite\w*|share\s+prices?"
    # currencies: "the yen has lost about 8% against the dollar"
    r"|against\s+the\s+(?:dollar|euro|yen)|gegenüber\s+dem\s+(?:Dollar|Euro)|face\s+au\s+(?:dollar|yen)"
    rf"|face\s+à\s+l['’]euro|exchange\s+rates?|Wechselkurs\w*|taux\s+de\s+change|{_STOCKS}|Aktie\w*|Börse\w*|bourse|action\s+\w+\s+a"
    rf"|{_TURNOVER})\b",
    re.IGNORECASE,
)
# A country named as waging the war, not as the economy a figure describes: "after Russia's
# invasion", "Russia's full-scale war", "Russlands Angriffskrieg".
_WAGED = r"(?:(?:full-scale|all-out|brutal|illegal|ongoing|continued|renewed)\s+)?"
WAGING_AFTER = re.compile(
    r"(?:['’]s|s)?\s+" + _WAGED + r"(?:invasion|aggression|attacks?|assault|bombardment"
    r"|Angriffskrieg\w*|Invasion|Krieg\w*|Überfall\w*)"
    # "war" only with the possessive: "Russia's war", not the German verb ("Deutschland war")
    r"|['’]s\s+" + _WAGED + r"war\b",
    re.IGNORECASE,
)
# A plan that frees the members' own spending: "to mobilise up to €800 billion", "doit mobiliser
# jusqu'à 800 milliards", "bis zu 800 Milliarden Euro mobilisieren" (its verb after the sum in
# German is not looked for).
MOBILISING = re.compile(r"\b(?:mobili[sz]\w*|mobilisieren)\b", re.IGNORECASE)
MOBILISING_BEFORE = re.compile(
    r"\b(?:mobili[sz]\w*|unlock\w*|free\s+up|débloquer|mobiliser|mobilisieren)\b"
    r"(?:\s+(?:up\s+to|as\s+much\s+as|jusqu['’]à|bis\s+zu|some|about|around|environ|rund))?\s*$",
    re.IGNORECASE,
)
# A price (of oil, of a shell) describes no country's economy.
PRICE_WORD = re.compile(r"prices?|Preis\w*|prix", re.IGNORECASE)
# Generic words for a sum given that name one package, whose kind the story has told:
# "The package of EUR 190 million", "Das Paket". "Aid" or "support" alone is all aid together.
# A tracker's "allocations" or "commitments" are one more such word, save a total of all kinds
# ("total allocations equal to 0.62% of its GDP").
PACKAGE = re.compile(
    r"(?:package|Paket|Hilfspaket|paquet|tranche|contract|deal"
    r"|(?<!total\s)(?<!overall\s)(?:allocations|commitments))",
    re.IGNORECASE,
)
# The present of the report, dated by its publication: "today", "on Thursday", "this week".
_WEEKDAY = (
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch"
    r"|Donnerstag|Freitag|Samstag|Sonntag)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
NOW = re.compile(
    rf"\b(?:today|tonight|yesterday|tomorrow|(?:this|last|next)\s+(?:week|month)|earlier\s+this"
    rf"\s+(?:week|month)|this\s+(?:morning|afternoon|evening)|recently|{_WEEKDAY}"
    r"|heute|gestern|(?:diese|vergangene|letzte|nächste|kommende)[nr]?\s+Woche|kürzlich|jüngst"
    r"|aujourd['’]hui|(?:de|en)\s+ce\s+jour|cette\s+semaine|la\s+semaine\s+(?:dernière|prochaine)"
    r"|récemment"
    # this month and its neighbours: "in diesem Monat", "vergangenen Monat", "ce mois-ci", "le
    # mois dernier"
    r"|(?:in\s+)?diese[mn]\s+Monat|(?:im\s+)?(?:vergangenen|letzten|nächsten|kommenden)\s+Monat"
    r"|ce\s+mois(?:-ci)?|le\s+mois\s+(?:dernier|prochain)"
    # the season the report is in, and a German weekday's evening: "this winter", "in diesem
    # Winter", "cet hiver", "am Mittwochabend", "am Vortag"
    r"|this\s+(?:winter|spring|summer|autumn|fall)|(?:in\s+)?diese[mn]\s+(?:Winter|Frühjahr|Sommer"
    r"|Herbst)|cet\s+(?:hiver|été|automne)|ce\s+printemps|(?-i:Montag|Dienstag|Mittwoch|Donnerstag"
    r"|Freitag|Samstag|Sonntag)(?:abend|morgen|nachmittag)|am\s+Vortag|la\s+veille)\b",
    re.IGNORECASE,
)
# A month with no year after it: "in March", "on 14 February", "Mitte Mai", "en juin".
_MONTHS = [
    ("January", "Januar", "janvier"), ("February", "Februar", "février"), ("March", "März", "mars"),
    ("April", "April", "avril"), ("May", "Mai", "mai"), ("June", "Juni", "juin"),
    ("July", "Juli", "juillet"), ("August", "August", "août"),
    ("September", "September", "septembre"), ("October", "Oktober", "octobre"),
    ("November", "November", "novembre"), ("December", "Dezember", "décembre"),
]  # fmt: skip
MONTH_NUMBER = {name.lower(): number for number, names in enumerate(_MONTHS, 1) for name in names}
_ANY_MONTH = "|".join(n for names in _MONTHS for n in names)
# Seasons date like the month in their middle: "in the autumn", "im Frühjahr", "cet été".
_SEASONS = {
    "spring": 4, "Frühjahr": 4, "Frühling": 4, "printemps": 4,
    "summer": 7, "Sommer": 7, "été": 7,
    "autumn": 10, "fall": 10, "Herbst": 10, "automne": 10,
    "winter": 1, "Winter": 1, "hiver": 1,
}  # fmt: skip
MONTH_NUMBER.update({name.lower(): number for name, number in _SEASONS.items()})
MONTH_ONLY = re.compile(
    r"(?<![\w-])(?-i:(?P<month>" + _ANY_MONTH + r")|(?P<season>(?:(?<=the\s)|(?<=this\s)"
    r"|(?<=last\s)|(?<=im\s)|(?<=au\s)|(?<=cet\s)|(?<=en\s))(?:" + "|".join(_SEASONS) + r")))"
    r"(?![\w-])(?!\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d)"
)
# A month a change still to come takes effect in: "will be raised to 17% in January", "will take
# effect in April", "from next July", "wird im Januar auf 17 Prozent angehoben", "sera relevé à
# 17 % en janvier".
MONTH_AHEAD = re.compile(
    r"(?:\b(?:will|shall|wird|werden|sera|seront)\b[^.;:]{0,60}?\b(?:in|from|im|ab|en|dès)\s+"
    r"|\bnext\s+|\b(?:from|ab|dès)\s+next\s+)(?-i:(?P<month>" + _ANY_MONTH + r"))(?![\w-])"
    r"(?!\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)
# What may stand before a time that opens a sentence: "Next year", "In 2027", "Im kommenden Jahr".
OPENING_TIME = re.compile(r"\W*(?:(?:in|im|en|for|für|pour|during)\s+)?", re.IGNORECASE)
# A sum restated as a share of the economy: "SEK 182 billion next year, or 2.8% of GDP", "98
# Mrd. Euro, das sind 2,1 Prozent", "soit 2,1 % du PIB", "4 Milliarden Euro, das entspricht rund
# 1 Prozent", "86 Milliarden Euro, was einer Quote von 2,4 Prozent entspricht".
RESTATED_AS_SHARE = re.compile(
    r"(?:\s+(?:next|this|last)\s+year|\s+\w+)?\s*(?:,|\()?\s*(?:or|soit|also|bzw\.|das\s+sind|i\.e\."
    r"|that\s+is|das\s+entspricht|was\s+(?:einer?m?\s+)?(?:Quote|Anteil)\s+von"
    r"|(?:\w+\s+){0,2}?(?:equal|equivalent|corresponding)\s+to|was|représentant|correspondant\s+à)"
    r"\s+(?:" + ROUGHLY + r"\s+)?",
    re.IGNORECASE,
)
# A share of the economy set after a sum with a bare comma restates it: "rund 4 Milliarden Euro,
# knapp 1 Prozent der Wirtschaftsleistung" (`OF_GDP` must follow the share).
APPOSED_SHARE = re.compile(
    r"(?:\s+(?:next|this|last)\s+year|\s+\w+)?\s*,\s*(?:" + ROUGHLY + r"\s+)?", re.IGNORECASE
)
# A share that goes back, past a comparison, to the sentence's main sum: "..., slightly below
# this year's 13.5 trillion roubles, but still about 5.9% of GDP", "mais toujours environ",
# "aber immer noch rund".
STILL_SHARE = re.compile(
    r",\s+(?:but\s+still|still|mais\s+(?:toujours|encore)|soit\s+toujours|aber\s+(?:immer\s+noch|noch"
    r"\s+immer))\s+(?:" + ROUGHLY + r"\s+)?$",
    re.IGNORECASE,
)
# One year singled out of a longer stretch: "Pour la seule année 2025", "in 2025 alone", "allein
# im Jahr 2025" is read only in its own sentence.
SINGLED_OUT = re.compile(
    r"\bseule\s+année\b|(?:19|20)\d\d\s+alone\b|\ballein\s+(?:im\s+Jahr|in)\b", re.IGNORECASE
)
# Between two figures of a list whose verb is left out for the second: ", Estland 1,9 Prozent",
# " and Lithuania EUR 50 million", ", la Pologne 330 millions".
GAPPED_ITEM = re.compile(
    r"[^.;:\d]{0,25}?(?:,|;|\s(?:and|und|et|sowie))\s+(?:the\s+|die\s+|der\s+|le\s+|la\s+|les\s+"
    r"|l['’])?(?-i:[A-ZÄÖÜÉ])[\w'’.-]*(?:\s+(?-i:[A-ZÄÖÜÉ])[\w'’.-]*){0,2}\s+"
    r"(?:(?:auf|at|à|with|mit|avec|on|bei)\s+)?"
    r"(?:" + ROUGHLY + r"\s+)?",
    re.IGNORECASE,
)
# The year before the one just named: "up from $41 billion the year before", "im Vorjahr".
YEAR_BEFORE_AFTER = re.compile(
    r"\s+(?:in\s+)?(?:the\s+(?:year\s+before|previous\s+year|preceding\s+year|prior\s+year)"
    r"|a\s+year\s+(?:earlier|before)|im\s+Vorjahr|l['’]année\s+(?:précédente|d['’]avant)"
    r"|un\s+an\s+plus\s+tôt|l['’]exercice\s+précédent|im\s+Jahr\s+(?:davor|zuvor))\b",
    re.IGNORECASE,
)
# A sum that sizes a standing instrument, told as its attribute: "€50 billion Ukraine Facility",
# "$15.6 billion lending programme", "€140 billion reparations loan", "EUR 150 billion SAFE
# defence loan scheme"; a fund "doté de 300 M€". A package or a single loan is one year's.
INSTRUMENT_AFTER = re.compile(
    r"\s+(?:(?!(?:to|under|from|within|into|in|of|for|the|a|an|and|its|their|aus|dem|der|des|im"
    r"|zum|zur|einschließlich|inklusive|including|via|through|by|au|aux|du|de|la|le|les|dans"
    r"|pour)\b)[\w-]+\s+){0,3}?(?:facility|scheme|programme|program|mechanism|instrument"
    r"|reparations?\s+loan|Fazilität|Sondervermögen|facilité|dispositif)\b",
    re.IGNORECASE,
)
# The G7's loans backed by Russian assets, lent over several years: a member's share of them ("the
# UK's share of the G7 loan ..., £2.26 billion", "contribute C$5bn to the G7 loan scheme", "18,1
# milliards d'euros de sa contribution", "hat die EU 18,1 Milliarden Euro beigetragen") has no
# single year. (The loans' size is dated by some authors to the year they were agreed.)
G7_LOAN = dispatch.guarded(
    r"\b(?:G7|Group\s+of\s+Seven)(?:['’]s)?[\s-]+(?:[\w$.,-]+\s+){0,4}?(?:loans?|Kredit\w*|scheme"
    r"|lend|to\s+lend)\b|\bprêts?\s+du\s+G7"
    r"|Extraordinary\s+Revenue\s+Acceleration",
    re.IGNORECASE,
)
G7_SHARE_BEFORE = re.compile(
    r"(?:\b(?:share|Anteil|contribution|quote-part)\b[^.;$€£]{0,70}?,\s*|\bcontribut\w+\s+)"
    r"(?:" + ROUGHLY + r"\s+|approximately\s+)?$",
    re.IGNORECASE,
)
G7_SHARE_AFTER = re.compile(
    r"\s+(?:share\b|to\s+the\s+G7|de\s+sa\s+contribution|beigetragen)", re.IGNORECASE
)
# A member's part of a joint sum: "share", "Anteil", "la part", "contribution".
SHARE_WORD = re.compile(
    r"\b(?:share|part|quote-part|contribution|\w*[Aa]nteil\w*)\b", re.IGNORECASE
)
# Between the G7 and the size of its loans: "G7's US$50 billion", "G7-Krediten über 45", "G7's
# Extraordinary Revenue Acceleration Loans for Ukraine, totaling approximately $50 billion".
G7_SIZE_BETWEEN = re.compile(
    r"(?:['’]s)?\s*|-?Kredit\w*\s+über\s+(?:rund\s+|etwa\s+)?"
    r"|(?:['’]s)?\s+(?:[\w()-]+\s+){0,6}?(?:loans?|Loans)\b[^,.;]{0,20},\s*total\w*\s+"
    r"(?:approximately\s+|about\s+|some\s+)?",
    re.IGNORECASE,
)
# The Union's loan to Ukraine backed by the frozen Russian assets, named before its sum ("un « prêt
# de réparation » de 140 milliards", "a reparations loan of up to €140 billion", "ein
# Reparationsdarlehen über 140 Milliarden") or after it ("a €140 billion reparations loan").
_REPARATIONS = r"(?:reparations?\s+loan|prêt\s+de\s+réparations?|Reparations(?:darlehen|kredit)\w*)"
REPARATIONS_LOAN_BEFORE = re.compile(
    _REPARATIONS + r"\W{0,3}\s*(?:of|de|d['’]|über|von|worth)\s+(?:up\s+to\s+|jusqu['’]à\s+"
    r"|bis\s+zu\s+|about\s+|environ\s+|rund\s+)?$",
    re.IGNORECASE,
)
REPARATIONS_LOAN_AFTER = re.compile(r"\W{0,3}\s*" + _REPARATIONS, re.IGNORECASE)
# The Union's instruments for Ukraine, with their size right after or before them: "le Fonds
# d'assistance à l'Ukraine de 5 milliards", "the €5 billion Ukraine Assistance Fund", "Die
# Ukraine-Fazilität umfasst 50 Milliarden", "the €50 billion Ukraine Facility".
_EU_INSTRUMENT = (
    r"(?:Ukraine\s+Facility|Ukraine-Fazilität|Facilité\s+pour\s+l['’]Ukraine"
    r"|Ukraine\s+Assistance\s+Fund|Fonds\s+d['’]assistance\s+(?:à|pour)\s+l['’]Ukraine"
    r"|Ukraine-Unterstützungsfonds|European\s+Peace\s+Facility|Europäische[n]?\s+Friedensfazilität"
    r"|Facilité\s+européenne\s+pour\s+la\s+paix)"
)
EU_INSTRUMENT_BEFORE = re.compile(
    # (not a member's contribution to it: "Beiträge zur Europäischen Friedensfazilität von rund
    # 190 Millionen Euro")
    r"(?<!zur\s)(?<!zum\s)(?<!to\s)(?<!to\sthe\s)(?<!à\sla\s)(?<!au\s)"
    + _EU_INSTRUMENT
    + r"\W{0,3}\s*(?:\w+\s+){0,2}?(?:of|de|d['’]|über|von|worth|doté\w*\s+de"
    r"|umfasst|provides|prévoit)\s+(?:up\s+to\s+|jusqu['’]à\s+|bis\s+zu\s+|about\s+|environ\s+"
    r"|rund\s+)?$",
    re.IGNORECASE,
)
EU_INSTRUMENT_AFTER = re.compile(r"\s+" + _EU_INSTRUMENT, re.IGNORECASE)
# A loan named as the Union's, right before or after its sum: "au prêt européen de 90 milliards
# d'euros", "the EU loan of €90 billion", "den EU-Kredit über 90 Milliarden Euro", "the €90
# billion EU loan": the Union lends it, whichever member the sentence says takes part.
_EU_LOAN = (
    r"(?:prêts?\s+européens?|emprunts?\s+européens?|European\s+(?:Union\s+)?loans?|EU\s+loans?"
    r"|EU-(?:Kredit|Darlehen)\w*|europäischen?\s+(?:Kredit|Darlehen)\w*)"
)
EU_LOAN_BEFORE = re.compile(
    r"\b" + _EU_LOAN + r"\s+(?:of|de|d['’]|über|von|worth)\s+(?:up\s+to\s+|jusqu['’]à\s+"
    r"|bis\s+zu\s+|about\s+|environ\s+|rund\s+)?$",
    re.IGNORECASE,
)
# American arms bought for Ukraine by others, NATO's list (PURL) or told as such: "through NATO's
# purchasing list", "committed to buy about $2 billion in American weapons", "financed U.S.-made
# equipment", "achètent des armes américaines", "kaufen amerikanische Waffen".
US_ARMS_BOUGHT = re.compile(
    r"(?-i:\bPURL\b)|Priorit[iy][sz]ed\s+Ukraine\s+Requirements?\s+List"
    r"|NATO['’]s\s+purchas\w*\s+list"
    r"|\b(?:buy\w*|bought|purchas\w*|financ\w*|pa(?:y|id|ying)\s+for|achète\w*|achat\w*"
    r"|acqu[ié]\w*|kauf\w*|finanzier\w*)\s+(?:\S+\s+){0,5}?(?:des\s+)?"
    r"(?:American|U\.S\.(?:-made)?|US(?:-made)?|américaine?s?|amerikanische\w*|US-)"
    r"\s*(?:weapons|arms|equipment|deliveries|armes|armements|équipements|Waffen|Rüstungsgüter"
    r"|Ausrüstung)"
    # (French puts the adjective after: "achètent des armes américaines")
    r"|\b(?:achète\w*|achat\w*|acqu[ié]\w*|financ\w*)\s+(?:\S+\s+){0,5}?"
    r"(?:armes|armements|équipements|matériels?)\s+américain",
    re.IGNORECASE,
)
# A part of a loan paid out: "the first tranche", "eine erste Tranche", "une première tranche".
TRANCHE = re.compile(r"\b(?:tranches?|Tranchen?|instal{1,2}ments?)\b", re.IGNORECASE)
EU_LOAN_AFTER = re.compile(r"\s+" + _EU_LOAN + r"\b", re.IGNORECASE)
EU_LOAN = re.compile(r"\b" + _EU_LOAN + r"\b", re.IGNORECASE)
EU_INSTRUMENT = dispatch.guarded(_EU_INSTRUMENT, re.IGNORECASE)
# The windfall of the frozen assets as what the sum is of (not what a state's own aid is partly
# financed by): "The windfall profits from immobilised Russian central bank assets, about EUR 3
# billion", "Aus den Zinserträgen auf eingefrorene russische Vermögen sind bislang rund 3
# Milliarden Euro", "600 millions d'euros issus des revenus des avoirs russes".
_WINDFALL = (
    r"(?:windfall(?:\s+profits?)?|Zinserträge\w*|revenus|bénéfices\s+exceptionnels|intérêts)"
    r"\s+(?:\w+\s+){0,2}?(?:on|from|of|auf|aus|des|de)\s+(?:the\s+|den\s+|les\s+)?(?:\w+\s+){0,3}?"
    r"(?:assets|avoirs|Vermögen\w*|Zentralbankgelder\w*|Gelder\w*)"
)
WINDFALL_BEFORE = re.compile(
    r"(?<!financed\sby\s)(?<!financée\spar\s)(?<!financés\spar\s)(?<!financé\spar\s)"
    r"(?:\b(?:The|Les|Die|Aus\s+den)\s+)" + _WINDFALL + r"[^.;]{0,40}?$",
    re.IGNORECASE,
)
WINDFALL_AFTER = re.compile(
    r"\s+(?:issus|provenant|stemming|coming|drawn)\s+(?:des|de|from|the)\s+(?:the\s+)?" + _WINDFALL,
    re.IGNORECASE,
)
# A bracket opening right before a converted sum: "45 Milliarden Euro (rund 50".
BRACKET_BEFORE = re.compile(r"^\s*\(\s*(?:\w+\s+)?$")
ENDOWED_BEFORE = dispatch.guarded(
    r"\b(?:fund|Fonds|fonds|facility|Fazilität|facilité)\b[^.;]{0,50}?\b(?:doté|dotée|endowed"
    r"|ausgestattet|capitali[sz]ed)\s+(?:au\s+total\s+)?(?:de|mit|with|at)\s+"
    r"(?:" + ROUGHLY + r"\s+)?$",
    re.IGNORECASE,
)
# Giving told in the present tense, the news of the report: "provides", "is sending", "stellt
# ... bereit", "vergibt", "fournit", "débloque".
GIVING_NOW = re.compile(
    r"\b(?:provides|is\s+(?:providing|sending|giving|allocating|contributing)|gives|sends|allocates"
    r"|contributes|stellt\b[^.;]{0,80}?\bbereit|vergibt|liefert|gibt|überweist|fournit|accorde"
    r"|verse|débloque|alloue|octroie)\b",
    re.IGNORECASE,
)
# A sum told in the English present perfect is what has been given up to now, a stock, not a flow
# of a year the context stated: "Denmark has put in 1.6 billion crowns", "Japan has disbursed USD
# 12.1 billion". (A decision "has decided to contribute" and an announcement are news; the French
# passé composé and the German Perfekt are plain past tenses.)
PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+|also\s+|together\s+|since\s+)?"
    r"(?!announced|decided|agreed|voted|approved|unveiled)"
    r"(?:\w+ed|given|put\s+in|spent|lent|sent|paid|made\s+available)\b(?!\s+to\b)"
    # (a sum named new is news: "has received new contributions", "has pledged fresh aid")
    r"(?!\s+(?:a\s+)?(?:new|fresh)\b)",
    re.IGNORECASE,
)
# Ukraine stating what it needs: "his country would need about $120 billion", "Ukrainian officials
# say they need at least $40 billion", "die Ukraine braucht", "l'Ukraine a besoin de". (An
# estimate by others, "the World Bank puts reconstruction needs at", names no one.)
UKRAINE_NEEDS = dispatch.guarded(
    r"\b(?:Ukraine|Ukrainian\s+(?:officials|government|leaders)|Kyiv|Kiev|Kiew|(?:his|her|the|their)"
    r"\s+country|the\s+government\s+in\s+Kyiv|die\s+Ukraine|l['’]Ukraine|le\s+pays|son\s+pays"
    r"|sein\s+Land)"
    r"\b[^.;:]{0,60}?\b(?:(?:would|will|they|it|we|forces|army)\s+need|(?:it|they|we)\s+needed"
    # "Kyiv needed $120 billion", "Ukraine needs another $12 billion"
    r"|need(?:s|ed)(?=\s+(?:about|around|at\s+least|another|an?|some|roughly|nearly|up\s+to|from|between"
    r"|more\s+than)\b|\s*[$€£\d])|braucht|benötigt\w*|benötige|brauche|bräuchte"
    # "Kiew beziffere seinen Bedarf an Außenfinanzierung"
    r"|beziffer\w*\s+(?:seinen|ihren)\s+Bedarf"
    r"|a\s+besoin|aurait\s+besoin|avait\s+besoin"
    # its need named as a noun: "estimates its external financing need at" (not the damage an
    # assessment puts on its reconstruction, which no one is labelled as spending)
    r"|(?:financing|funding|budget)\s+(?:needs?|gap|shortfall))\b"
    # an official's "need of his country", in a sentence that names Ukraine: "Schmyhal bezifferte
    # den Bedarf seines Landes", "les besoins de son pays"
    r"|\b(?:Bedarf\s+(?:seines|ihres)\s+Landes|besoins?\s+de\s+son\s+pays)\b",
    re.IGNORECASE,
)
# Ukraine asking its partners for a sum, the asker named before the asking verb and the sum after
# it: "Ukraine has asked its partners to spend at least $6 billion", "Selenskyj hat die
# Verbündeten gebeten, ... 1 Milliarde Dollar pro Monat bereitzustellen", "Kiev a demandé aux
# alliés de financer ... à hauteur de". What is asked is Ukraine's request, no one's aid yet.
UKRAINE_ASKS = dispatch.guarded(
    r"\b(?:Ukraine|Ukrainian\s+(?:officials|government|leaders|president)|Kyiv|Kiev|Kiew"
    r"|Zelensk\w*|Selenskyj\w*|die\s+Ukraine|l['’]Ukraine|ukrainische\s+Regierung"
    r"|gouvernement\s+ukrainien)\b[^.;:]{0,60}?\b(?:asked|asks|asking|requested|requests"
    r"|urged|urges|called\s+on|calls\s+on|appealed\s+to|appeals\s+to|gebeten|bittet|bat"
    r"|forderte|fordert|appellierte|appelliert|a\s+demandé|demande|a\s+exhorté|exhorte"
    r"|a\s+appelé|appelle)\b",
    re.IGNORECASE,
)
# A need stated by a government the sentence names only by a pronoun, after a sentence on
# Ukraine ("... said Ukraine would need more. His government puts its shortfall at $40 billion",
# "Its external financing need for the year is put at $45 billion", "Seine Regierung beziffert
# den Finanzbedarf auf", "Son gouvernement estime ses besoins à").
POINTED_NEED = dispatch.guarded(
    r"\b(?:(?:his|her|its|their)\s+(?:government|country|administration)|seine\s+Regierung"
    r"|ihre\s+Regierung|sein\s+Land|son\s+gouvernement|son\s+pays)\b[^.;:]{0,60}?\b(?:will\s+need"
    r"|would\s+need|needs?|shortfall|(?:financing|funding)\s+gap|braucht|bräuchte|benötig\w*"
    r"|\w*[Bb]edarf\w*|besoins?|a\s+besoin|aurait\s+besoin)\b"
    r"|\b(?:Its|Their|Sein|Ihr|Son|Leur)\s+(?:\w+\s+)?(?:financing|funding|budget|Finanzierungs|de\s+financement)?"
    r"\s*(?:needs?|gap|shortfall|[Bb]edarf|besoins?)\b",
    re.IGNORECASE,
)
# Months right after a sum, with no year: "down from €9.4bn in July and August".
MONTH_AFTER = re.compile(
    r"\s+(?:in|im|en)\s+(?-i:" + _ANY_MONTH + r")(?:\s+(?:and|und|et)\s+(?-i:" + _ANY_MONTH + r"))?"
    r"(?![\w-])(?!\s+(?:19|20)\d\d)"
)
FUTURE = re.compile(
    r"\b(?:will|shall|plans?|planned|due|expected|next|upcoming|wird|werden|soll|sollen|geplant"
    r"|erwartet|prévu\w*|attendue?s?|devra\w*|sera|seront)\b",
    re.IGNORECASE,
)
# A programme named by its length ("a five-year build-up", "multi-year packages"): its sum is
# not a year's, but naming it moves no story off its time ("Allocations were 43% below the
# average of the first half, when several large multi-year packages were announced").
_PROGRAMME_BY_LENGTH = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|multi|\d{1,2})"
    r"-year\s+(?:[\w-]+\s+){0,2}?(?:programmes?|programs?|plans?|build-?up|envelopes?|packages?"
    r"|budgets?|frameworks?|funds?|schemes?|commitments?|deals?|agreements?|strategy|initiative)\b"
)
PROGRAMME_BY_LENGTH = re.compile(_PROGRAMME_BY_LENGTH, re.IGNORECASE)
# Sums over many years or since a start are not a year's: "since February 2022", "in total",
# "EUR 40 billion a year", "2024-2027", "until 2028".
# The end or start of a month or year closing a period: "the end of February 2025", "Ende Juni".
_PERIOD_EDGE = (
    r"(?:the\s+)?(?:end|start|beginning)\s+of\s+|(?:Ende|Anfang)\s+|(?:la\s+)?fin\s+(?:d['’]|de\s+)?"
    r"|début\s+(?:d['’]|de\s+)?"
)
# A stretch told by both its ends, each a year, a month or a day of it: "between 24 January 2022
# and 31 August 2025", "from January 2022 to the end of October 2024", "von 2022 bis 2024",
# "du 24 janvier 2022 au 31 août 2025". Its years are its ends, no time of their own.
_DAY = r"(?:(?:dem|le)\s+)?(?:\d{1,2}(?:\.|er)?\s+)?"  # "dem 31. August", "le 1er mars"
_TWO_ENDED = (
    rf"\b(?:between|zwischen|entre|from|von|de|du)\s+{_DAY}(?:(?:{_ANY_MONTH})\s+)?"
    r"<FIRST>\s+(?:and|und|et|to|until|through|bis|à|au|jusqu['’](?:à|au|en))\s+"
    rf"(?:{_PERIOD_EDGE})?{_DAY}(?:(?:{_ANY_MONTH})\s+)?<LAST>\b"
)
# (its ends named here only: NO_SINGLE_YEAR joins the pattern with others, unnamed)
TWO_ENDED = re.compile(
    _TWO_ENDED.replace("<FIRST>", r"(?P<first>(?:19|20)\d\d)").replace(
        "<LAST>", r"(?P<last>(?:19|20)\d\d)"
    ),
    re.IGNORECASE,
)
NO_SINGLE_YEAR = re.compile(
    r"\b(?:since|seit|depuis)\s+(?:the\s+|le\s+|la\s+|l['’]|dem\s+|der\s+)?(?:(?:start|beginning"
    r"|outbreak|début|Beginn|Anfang)(?!\s+(?:of\s+(?:the|this)\s+year|de\s+l['’]année|des\s+Jahres))"
    r"|Kriegsbeginn|war\b|guerre|Krieg\w*|(?:Russia['’]s\s+)?(?:full-scale\s+)?invasion|Invasion"
    # a start told against the report's year: "since last year", "seit dem vergangenen Jahr",
    # "depuis l'an dernier"
    r"|(?:last|vergangenen|letzten)\s+(?:year|Jahr)\b|Vorjahr|an\s+dernier|année\s+dernière"
    rf"|annexation|then\b|(?:(?:early|late|mid-?)\s*)?(?:(?:{_ANY_MONTH})\s+)?(?:19|20)\d\d)"
    r"|\bso\s+far\b|\bto\s+date\b|\bbislang\b|\bbisher\b|\bjusqu['’]à\s+présent\b"
    r"|\b(?:a|per|each|every)\s+year\b|\bannually\b|\bpro\s+Jahr\b|\bjährlich\b|\bpar\s+an\b"
    # the whole war, or since a start told as a clause: "Over the whole war", "Since the mechanism
    # was set up last summer", "tout au long de la guerre", "im gesamten Krieg"
    r"|\b(?:over|throughout|during|in)\s+the\s+(?:whole|entire|full)\s+(?:course\s+of\s+the\s+)?war\b"
    r"|\b(?:over|throughout)\s+the\s+course\s+of\s+the\s+war\b|\btout\s+au\s+long\s+de\s+la\s+guerre\b"
    r"|\bpendant\s+toute\s+la\s+guerre\b|\b(?:im|über\s+den)\s+gesamten\s+Krieg\b"
    r"|\bsince\s+(?:[\w()]+\s+){1,6}?(?:was|were)\s+(?:set\s+up|launched|created|established"
    r"|founded|introduced)\b(?!\s+in\s+(?:\w+\s+)?(?:19|20)\d\d)"
    r"|\bsince\s+(?:the|its|it)\s+(?:\w+\s+){0,2}?(?:began|started|opened)\b"
    # a tally's period told by both ends: "between 24 January 2022 and 31 August 2025", "from
    # January 2022 to the end of October 2024", "von Januar 2022 bis Ende Juni 2025"
    r"|"
    + _TWO_ENDED.replace("<FIRST>", r"(?:19|20)\d\d").replace("<LAST>", r"(?:19|20)\d\d")
    + r"|\b(?:19|20)\d\d\s*(?:-|–|to|bis|à)\s*(?:19|20)?\d\d\b|\b(?:until|through|bis|jusqu['’]en)"
    r"\s+(?:19|20)\d\d|\bover\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:\w+\s+)?years\b"
    r"|\bfor\s+the\s+next\s+\w+\s+years\b|\bnext\s+decade\b|\bwithin\s+a\s+decade\b"
    r"|\büber\s+die\s+(?:nächsten|kommenden)\s+\w+\s+Jahre\b|\bsur\s+(?:les\s+)?\w+\s+(?:ans|années)\b"
    # the same told with "in": "in the next five years", "in den kommenden zehn Jahren", "dans les
    # dix prochaines années"
    r"|\bin\s+the\s+(?:next|coming)\s+\w+\s+years\b|\bin\s+den\s+(?:nächsten|kommenden)\s+\w+\s+Jahren\b"
    r"|\bdans\s+les\s+\w+\s+(?:prochaines\s+années|prochains\s+ans)\b"
    # an envelope for two named years, or over a stretch named otherwise: "a loan for 2026 and
    # 2027", "pour 2026 et 2027", "über vier Jahre", "over the forward estimates", "over the
    # course of this parliament"
    r"|\b(?:for|pour|für)\s+(?:19|20)\d\d\s+(?:and|und|et)\s+(?:19|20)\d\d\b"
    r"|\büber\s+(?:\w+\s+)?Jahre\b|\bover\s+the\s+forward\s+estimates\b"
    r"|\bover\s+(?:the\s+course\s+of\s+)?(?:this|the)\s+parliament\b"
    # a programme over several years named by its length: "a five-year build-up", "the 10-year
    # plan" (not "10-year notes"), "au cours des cinq prochaines années", "mehrjährig",
    # "pluriannuel"
    rf"|\b{_PROGRAMME_BY_LENGTH}"
    r"|\bau\s+cours\s+des\s+\w+\s+(?:prochaines|dernières)\s+années\b|\bmehrjährig\w*"
    r"|\bpluriannuel\w*",
    re.IGNORECASE,
)
# The same, word by word (see dispatch.py): each alternative starts with "\b" and a word character.
assert all(b.startswith(r"\b") for b in dispatch.branches(NO_SINGLE_YEAR.pattern))
NO_SINGLE_YEAR_WORDS = dispatch.WordPattern(
    [("span", "|".join(b[2:] for b in dispatch.branches(NO_SINGLE_YEAR.pattern)), "")],
    start=r"(?<!\w)\w",
    lead=r"\b",
)
# Recurring: "a year", "jedes Jahr", "chaque année".
YEARLY = re.compile(
    r"\b(?:a|per|each|every)\s+year\b|\bannual\w*|\byearly\b|\bjedes\s+Jahr\b|\bpro\s+Jahr\b"
    r"|\bjährlich\w*|\bpar\s+an\b|\bchaque\s+année\b|\bannuel\w*",
    re.IGNORECASE,
)
# Since a start (not "has since urged"): "seit 2022", "since the invasion", "depuis février 2022".
SINCE = re.compile(
    r"\b(?:since|seit|depuis)\s+(?:the\s+|le\s+|la\s+|l['’]|dem\s+|der\s+)?(?:(?:19|20)\d\d|start"
    r"|beginning|outbreak|début|Beginn|Anfang|Kriegsbeginn|war\b|guerre|Krieg|invasion|Invasion"
    r"|February|Februar|février)",
    re.IGNORECASE,
)
# A sum announced or promised for the coming months, told as news.
ANNOUNCED = re.compile(
    r"\b(?:announc\w*|unveil\w*|(?:will|would)\s+(?:(?:also|further|now|additionally)\s+)?(?:provide"
    r"|contribute|send|give|add|spend|fund|go)|angekündigt|kündigt\w*|annonc\w*|contribuera\w*"
    r"|fournira\w*|débloque\w*"
    # the French future of giving ("Ottawa versera également 10 millions $"), and an agreement
    # signed on the visit ("unterzeichnete ... eine Vereinbarung über einen Kredit über")
    r"|vers(?:era|eront)|enverra\w*|consacrera\w*|allouera\w*|accordera\w*|financera\w*"
    r"|unterzeichnet\w*|signed|a\s+signé|ont\s+signé"
    # the same in the passive: "will be paid into the fund", "sera versée", "sera doté de", "wird
    # ... überwiesen"
    r"|(?:will|would)\s+be\s+(?:paid|provided|allocated|given|sent|disbursed|transferred"
    r"|made\s+available)|ser(?:a|ont)\s+(?:\w+\s+)?(?:versé|alloué|accordé|doté|débloqué"
    r"|attribué)e?s?|(?:wird|werden)\s+(?:[^.;,]{0,60}?\s)?(?:überwiesen|ausgezahlt|bereitgestellt"
    r"|zur\s+Verfügung\s+gestellt))",
    re.IGNORECASE,
)
# A sentence telling what the package just named is made of ("The package includes $50 million
# for ...", "L'enveloppe de cette année se répartit comme suit :", "Das Paket umfasst"): its parts
# are the package's, of its time. (A package without a determiner is a new one: "Das 21.
# Hilfspaket umfasst 1,3 Milliarden Kronen" gives its size, not parts.)
_PACKAGE_NOUN = r"(?:package|envelope|enveloppe|(?:Hilfs)?paket)"
# The nouns alone, looked for first: most sentences name no package, and this is cheap.
PACKAGE_NOUN = dispatch.guarded(_PACKAGE_NOUN, re.IGNORECASE)
PACKAGE_PARTS = re.compile(
    r"\b(?:the|this|that|its|their|das|dieses|sein|ihr|l['’]|cette|son|leur)\s*(?:\w+\s+){0,2}?"
    + _PACKAGE_NOUN
    + r"\b[^.;]{0,40}?\b(?:includ(?:es|ed|e)"
    r"|compris(?:es|ed|e)|contain(?:s|ed)?|consist(?:s|ed)\s+of|(?:is|was)\s+made\s+up\s+of"
    r"|umfasst(?:e)?|enth(?:ält|ielt)|beinhalte(?:t|te)|besteht\s+aus|bestand\s+aus|compren(?:d|ait)"
    r"|se\s+répartit|se\s+répartissait|se\s+compos(?:e|ait))\b",
    re.IGNORECASE,
)
# An item of a list set out over paragraphs, which goes on the sentence before ("$30 million
# for the NATO trust fund; and", "une contribution de 25 millions d'euros à la coalition ;").
LIST_ITEM = re.compile(r"\W*(?:[a-zà-ÿ]|\d|[$€£]|[A-Z]{1,3}\$)")
# A stock, not one year's flow, in a figure's own clause: "€138 billion in total", "au total".
STOCK = re.compile(
    r"\b(?:in\s+total|a\s+total\s+of|overall|au\s+total|cumul\w*|Gesamtsumme)\b"
    # a tally named as such: "European military allocations total", "le tracker recense"
    r"|\b(?:allocations|contributions|commitments)\s+total\b|\brecens\w+",
    re.IGNORECASE,
)
IN_TOTAL = dispatch.guarded(
    r"\b(?:in\s+total|au\s+total|insgesamt|taken\s+together|all\s+told|zusammengenommen"
    r"|pris\s+ensemble)\b",
    re.IGNORECASE,
)
# "the largest annual increase since 1952", "erstmals seit": a record, not a total since then.
_RECORD_BEFORE = re.compile(
    r"\b(?:largest|biggest|highest|lowest|steepest|sharpest|strongest|fastest|first\s+time"
    r"|record|höchste\w*|größte\w*|stärkste\w*|erstmals|plus\s+(?:forte?|haut|importante?))"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)


# A count of packages since a start: "the eleventh since 2022", "its 12th package since the
# invasion", "das elfte Paket seit 2022", "le onzième paquet depuis 2022" - the sum is one package.
_ORDINAL_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth"
    r"|\w+tieth|\d+(?:st|nd|rd|th)|\d+\.|(?:zwei|drit|vier|fünf|sechs|sieb|ach|neun|zehn|elf|zwölf"
    r"|\w+zehn|\w+zig)te[nmrs]?|\w+ième)\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)


# A running total a new sum brings up: "announced $32 million, bringing its total since the
# invasion to $170 million", "womit sich die Hilfe seit 2022 auf ... erhöht", "portant le total
# depuis 2022 à". What it says of the years is the total's, not the new sum's.
RUNNING_TOTAL = re.compile(
    r"\b(?:bringing|taking|raising|lifting|pushing)\s+(?:[\w'’]+\s+){0,4}?(?:total|tally|overall"
    r"|sum|contribution|support|aid)\b|\bwomit\s+sich\b|\bdamit\s+(?:steigt|erhöht|wächst"
    r"|beläuft)\b|\bportant\s+(?:le|son|sa|leur|à)\b",
    re.IGNORECASE,
)


FISCAL_YEAR = re.compile(
    r"(?<![\w-])(?:FY\s?)?(?P<year>20\d\d)\s?[-–/]\s?(?P<next>(?:20)?\d\d)(?![\w-])"
)
# A fiscal year named as one: "l'exercice 2024-2025", "fiscal year 2024/2025", "Haushaltsjahr".
_FISCAL_NAMED = re.compile(
    r"\b(?:exercice|fiscal\s+year|financial\s+year|Haushaltsjahr|Geschäftsjahr|FY)\s*$",
    re.IGNORECASE,
)


def fiscal_year(text: str, lead: str = "") -> int | None:
    """The year a fiscal year written "2026-27" (or "2026/27") starts in; None for other text
    and for spans of more than one year ("2024-26"). Written in full ("2024-2025") it is one
    fiscal year only when named as one just before (`lead`: "l'exercice 2024-2025")."""
    match = FISCAL_YEAR.fullmatch(text.strip())
    if match is None:
        return None
    year, following = int(match.group("year")), match.group("next")
    if len(following) == 4:
        named = _FISCAL_NAMED.search(lead) is not None
        return year if named and int(following) == year + 1 else None
    return year if (year + 1) % 100 == int(following) else None


def no_single_year(
    text: str, start: int = 0, end: int | None = None, *, figure_end: int | None = None
) -> bool:
    """True when text[start:end] speaks of sums over the years or since a start, not of one
    year ("since February 2022", "a year", "2024-2027"); a record "since 1952" and a count
    "the eleventh since 2022" do not count. With `figure_end` (the end of the figure asked
    about; 0 for the sentence as the story's time), a running total after the figure ("...,
    bringing its total since 2022 to ...") does not count either."""
    total: re.Match[str] | bool | None = False  # looked up on the first marker only
    for match in NO_SINGLE_YEAR_WORDS.finditer(text, start, len(text) if end is None else end):
        if total is False:
            total = RUNNING_TOTAL.search(text, figure_end) if figure_end is not None else None
        if isinstance(total, re.Match) and total.start() < match.start():
            continue
        lead = text[max(0, match.start() - 45) : match.start()]
        fiscal = fiscal_year(match.group(0), lead) is not None
        if fiscal and not NOT_THE_YEAR_BEFORE.search(lead) and not UNTIL_BEFORE.search(lead):
            continue  # "for 2026-27": one fiscal year, not a stretch of years
        before = max(0, match.start() - 60)
        if _RECORD_BEFORE.search(text, before, match.start()):
            continue
        if _ORDINAL_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        if _averaged(text, match, figure_end):
            continue
        if figure_end == 0 and PROGRAMME_BY_LENGTH.fullmatch(match.group(0)):
            continue  # the story's time: a programme's length is its sum's, not the story's
        if figure_end is not None and _yearly_plan(text, match, figure_end):
            continue  # a plan for every year ahead told after the figure (or the story's time)
        if figure_end and _other_sums_stretch(text, match.start(), figure_end):
            continue
        return True
    return False


# A yearly sum told as a wish or plan for the years ahead: "wants to spend 3% every year from now
# on", "will künftig 2,5 Prozent pro Jahr", "veut désormais consacrer 3 % par an".
_PLAN_BEFORE = re.compile(
    r"\b(?:wants?|plans?|intends?|aims?|hopes?|seeks?)\s+to\b|\bwill\b|\bwollen\b|\bplant\b"
    r"|\bveu(?:t|lent)\b|\bentend(?:ent)?\b|\bsouhaite(?:nt)?\b",
    re.IGNORECASE,
)
_FROM_NOW_ON = re.compile(
    r"\s*(?:from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future|künftig|fortan|in\s+Zukunft"
    r"|désormais|dorénavant|à\s+l['’]avenir)\b",
    re.IGNORECASE,
)


def _yearly_plan(text: str, marker: re.Match[str], figure_end: int) -> bool:
    """True when the stretch `marker` names is a yearly sum told as a plan for the years ahead,
    wished for after the figure ending at `figure_end` ("Lithuania, at 2.85%, has said it wants
    to spend 3% every year from now on"): the plan is not that figure's. For the story's time
    (`figure_end` 0) the plan is no tally: the story's time goes on past it."""
    if not YEARLY.fullmatch(marker.group(0)):
        return False
    # (its clause: not the comma of a decimal, "2,5 % par an")
    clause = max(text.rfind(", ", 0, marker.start()), text.rfind(";", 0, marker.start()), 0)
    if _PLAN_BEFORE.search(text, max(clause, figure_end), marker.start()) is not None:
        return True
    return figure_end == 0 and _FROM_NOW_ON.match(text, marker.end()) is not None


# Another sum right before a stretch of years, which the stretch is the life of ("the Ukraine
# Facility, worth EUR 50 billion for 2024-2027", "its €50 billion programme for 2024-2027", "ses
# 50 milliards d'euros pour 2024-2027"): the stretch is that sum's.
_SUM_BEFORE_STRETCH = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:billion|million|bn|Milliarden|Millionen|milliards?|millions?)\b"
    r"(?P<tail>(?:\s+[\w'’-]+){0,4}?\s+)(?:for|für|pour|over|in)\s+(?:the\s+(?:years|period)\s+)?$",
    re.IGNORECASE,
)


def _other_sums_stretch(text: str, marker: int, figure_end: int) -> bool:
    """True when the stretch of years at `marker` follows another sum than the figure ending at
    `figure_end`: an instrument's life told beside it ("paid out EUR 1.8 billion in February
    alone" after "worth EUR 50 billion for 2024-2027"), not the figure's own stretch."""
    lead = _SUM_BEFORE_STRETCH.search(text, max(0, marker - 70), marker)
    if lead is None:
        return False
    sum_end = lead.start("tail")
    return not (lead.start() <= figure_end <= sum_end) and (
        "," in text[min(sum_end, figure_end) : max(sum_end, figure_end)]
    )


def _averaged(text: str, marker: re.Match[str], figure_end: int | None) -> bool:
    """True when the stretch of years `marker` names is an average another figure is compared
    with ("up 19% on their annual average for 2022 to 2024", "the 2022-2024 average", "down from
    an average of €21 billion a year over the first three years"): it dates the base, not a
    figure before it, nor the story's time (`figure_end` 0). A figure inside the average is the
    average's own and keeps the stretch."""
    before = _AVERAGE_BEFORE.search(text, max(0, marker.start() - 50), marker.start())
    if before is not None:
        start = before.start()
    elif _AVERAGE_AFTER.match(text, marker.end()):
        start = marker.start()
    else:
        return False
    return figure_end is None or figure_end <= start


# An average over years, before or after the stretch it names.
_AVERAGE_BEFORE = re.compile(
    # (a decimal point or comma is no sentence break: "an average of €17.6 billion a year over")
    r"\b(?:average|Durchschnitt\w*|moyenne)\b(?:[^.;,]|[.,]\d)*$",
    re.IGNORECASE,
)
_AVERAGE_AFTER = re.compile(r"\s+(?:average|Durchschnitt\w*|moyenne)\b", re.IGNORECASE)


# Time counted from the publication date: "this year", "last year's budget", "im vergangenen Jahr".
RELATIVE_TIME = dispatch.guarded(
    r"\b(?:(?:this|current|last|previous|past|next|coming)\s+(?:financial\s+|fiscal\s+)?year"
    r"(?:['’]s)?|a\s+year\s+(?:earlier"
    r"|ago)|(?:diese[sm]|vergangene[nm]?|letzte[nm]?|nächste[nm]?|kommende[nm]?|laufende[nm]?"
    r"|vorige[nm]?)\s+Jahr(?:es)?|Vorjahr\w*|heuer|heurig\w*|cette\s+année|l['’]an(?:née)?\s+(?:derni(?:er|ère)"
    r"|prochaine?|passée?)"
    # a fiscal year counted from the publication: "l'exercice précédent", "l'exercice en cours"
    r"|l['’]exercice\s+(?:précédent|en\s+cours|prochain))\b",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"last|previous|past|ago|earlier|vergangen|letzt|vorig|Vorjahr|derni|pass|précédent", re.I
)
_LATER = re.compile(r"next|coming|nächst|kommend|prochain", re.IGNORECASE)


def relative_offset(match: re.Match[str]) -> int:
    """-1, 0 or +1: the year a relative time phrase names, counted from the publication year."""
    phrase = match.group(0)
    if _EARLIER.search(phrase):
        return -1
    return 1 if _LATER.search(phrase) else 0


# Named as a goal just before the figure: "a new alliance goal of 3.5%", "das Nato-Ziel von 2
# Prozent", "l'objectif de 2 %", "the goal of €40 billion".
TARGET_BEFORE = dispatch.guarded(
    r"(?:targets?|goals?|benchmark|guideline|threshold|norms?|Ziel\w*|Zielmarke|Vorgabe|Norm"
    r"|objectifs?|cible|seuil|normes?)"
    # its holder or an adjective between: "l'objectif de l'OTAN de 2 %", "un objectif actuel de
    # 2 %", "das Ziel der Nato von 2 Prozent"
    r"(?:\s+(?:(?:de|du|des|der|of)\s+(?:l['’]|la\s+|le\s+|the\s+)?)?[\w-]+?)?"
    r"\s+(?:of|von|de|des|d['’]|at|à)\s*(?:(?:at\s+least|au\s+moins|mindestens|rund|about)\s+)?"
    # the spending the goal sets: "the alliance's target of spending 2% of GDP"
    r"(?:(?:spending|investing|consacrer|dépenser)\s+)?$",
    re.IGNORECASE,
)
# A floor set just before the figure: "sets a floor of 3%", "un plancher de 4 %", "eine
# Untergrenze von 2 Prozent" (a level set, but by no one the alliance: a country's law or plan).
FLOOR_BEFORE = re.compile(
    r"\b(?:floor|plancher|Untergrenze)\s+(?:of|von|de|d['’])\s*$",
    re.IGNORECASE,
)
# A share dated to its own year: "2.4% of GDP this year", "2.8% of GDP in 2026", "2,06 % en 2024".
OWN_YEAR_AFTER = re.compile(
    r"(?:\s*(?:of|des|du|de|der|ihres|seines|son|sa|leur)?\s*(?:\w+\s+){0,3}?(?:GDP|gross\s+domestic"
    r"\s+product|BIP|PIB|economic\s+output|Wirtschaftsleistung|Bruttoinlandsprodukts?))?"
    r"(?:\s+(?:on|for|à|für)\s+(?:\w+\s+){0,2}?\w+)?,?\s+(?:(?:in|en|im|for)\s+(?P<year>(?:19|20)\d\d)"
    r"(?![\w-])|(?:(?:in|during|since)\s+)?(?:this|last|current)\s+year|(?:dès\s+|depuis\s+)?"
    r"(?:cette\s+année|l['’]an(?:née)?\s+"
    r"(?:derni(?:er|ère)|passée?))|(?:in\s+)?diese[mn]\s+Jahr|(?:seit\s+dem\s+|im\s+)?(?:vergangenen"
    r"|letzten)\s+Jahr)",
    re.IGNORECASE,
)
# A time before another, named right after a comparison base: "from 1% before the invasion",
# "nach 1 Prozent im Vorjahr", "contre 1,3 % l'année précédente", "up from 1.4% a year earlier";
# `war`: before the war, of no one year.
EARLIER_TIME_AFTER = re.compile(
    r"(?:\s*(?:of|des|du|de|der|ihres|seines|son|sa|leur)?\s*(?:\w+\s+){0,3}?(?:GDP|gross\s+domestic"
    r"\s+product|BIP|PIB|economic\s+output|Wirtschaftsleistung|Bruttoinlandsprodukts?))?,?\s+"
    r"(?:(?:in\s+)?the\s+previous\s+year|a\s+year\s+(?:earlier|before)|im\s+Vorjahr|(?:dans\s+)?"
    r"l['’]année\s+précédente|l['’]an\s+d['’]avant|(?P<war>(?:before|vor|avant)\s+(?:the|dem|der|la"
    r"|l['’])\s*(?:full-scale\s+|large-scale\s+|russischen\s+)?(?:invasion|war|Krieg|Angriff\w*"
    r"|Invasion|guerre)))\b",
    re.IGNORECASE,
)
# The alliance's own goal named before a share: "a new alliance goal of 3.5%", "das Nato-Ziel
# von 2 Prozent", "l'objectif de l'OTAN de 2 %"; a member meeting it by its own date is the member.
ALLIANCE_GOAL_BEFORE = re.compile(
    r"(?:(?:alliance|NATO|Nato|OTAN|Bündnis|allied)[\w'’-]*\s+(?:\w+\s+){0,2}?|Nato-)"
    r"(?:goal|target|benchmark|guideline|Ziel|Richtmarke|Richtwert|objectif|cible)\w*\s+"
    r"(?:of|von|de|d['’])\s*(?:at\s+least\s+)?$"
    # "the new goal of spending 3.5%": the alliance's new goal, whoever negotiates over it
    r"|\b(?:new|neue[nms]?|nouvel\w*)\s+(?:goal|target|Ziel\w*|objectif)\s+(?:of|von|de|d['’])"
    r"\s*(?:(?:spending|reaching|at\s+least)\s+)?$"
    r"|(?:goal|target|Ziel|objectif)\w*\s+(?:of\s+the\s+alliance|de\s+l['’]OTAN|der\s+Nato)\s+"
    r"(?:of|von|de|d['’])\s*$",
    re.IGNORECASE,
)
# A share the allies set themselves, told after it: "the 2 per cent that allies agreed at their
# summit", "des 3,5 % que les Alliés se sont engagés à consacrer", "den die Verbündeten".
AGREED_BY_ALLIES_AFTER = re.compile(
    r"[^.;:,()]{0,40}?\b(?:that|which|que|qu['’]|den|die|das)\s+(?:the\s+|les\s+|die\s+)?"
    r"(?:(?:NATO|Nato|OTAN|Otan)[\s-]+)?(?:allies|Alliés|Verbündeten|members|membres|Mitglieder"
    r"|member\s+states|États\s+membres)\s+(?:[\w'’]+\s+){0,2}?(?:agreed|committed|pledged|promised"
    r"|set|adopted|engagée?s|fixée?s?|convenu|vereinbart\w*|zugesagt|beschlossen|verpflichtet)\b",
    re.IGNORECASE,
)
# A level someone asks of a country, told after it: "the 3.5% that Washington has urged Canberra
# to adopt", "les 3,5 % que Washington réclame à Tokyo", "die 3,5 Prozent, die Washington von
# Tokio fordert".
ASKED_AFTER = re.compile(
    r"[^.;:()]{0,40}?\b(?:that|which|que|qu['’]|den|die|das)\s+[^.;:,()]{0,50}?"
    r"\b(?:urg(?:es|ed)|ask(?:s|ed)|press(?:es|ed)|push(?:es|ed)|call(?:s|ed)\s+on|demand(?:s|ed)"
    r"|réclam\w*|demand(?:e|ent|ait|é)|exig\w*|fordert\w*|gefordert|verlangt\w*)\b",
    re.IGNORECASE,
)
# Civil aid with no narrower kind named right after a sum (README, settled: aid_total), not civil
# aid confined to rebuilding: "NOK 15 billion to civilian support", "2 Milliarden Euro für zivile
# Hilfe", "2 milliards d'euros pour l'aide civile".
CIVIL_AID_AFTER = re.compile(
    r"\s+(?:(?:in|for|to|für|pour|à|d['’]|de)\s+)(?:(?:die|l['’]|la)\s*)?"
    r"(?:civil(?:ian)?\s+(?:aid|support|assistance)|zivile[nr]?\s+(?:Hilfe|Unterstützung)"
    r"|(?:aide|soutien)\s+civile?"
    # civil aid named by what it is not: "EUR 1.3 billion in non-military support", "an
    # nicht-militärischer Hilfe", "d'aide non militaire"
    r"|non-?military\s+(?:aid|support|assistance)|nicht-?militärische[nr]?\s+(?:Hilfe|Unterstützung)"
    r"|(?:aide|soutien)\s+non[\s-]militaire)\b"
    r"(?!\s+(?:and|und|et)\s+(?:(?:den|à\s+la|de\s+la|de|la)\s+)?(?:reconstruction|Wiederaufbau))",
    re.IGNORECASE,
)
# A civil package named right before its sum: "Italy's civil package for 2026, €94.6m", "ein
# ziviles Hilfspaket von 95 Millionen Euro", "un paquet civil de 95 millions d'euros": civil aid
# (aid_total, as `CIVIL_AID_AFTER`), whatever kind the rest of the sentence names.
CIVIL_PACKAGE_BEFORE = re.compile(
    r"\b(?:civil(?:ian)?\s+(?:aid\s+)?package|zivile[sn]?\s+(?:Hilfs)?paket"
    r"|paquet\s+(?:d['’]aide\s+)?civil)"
    r"(?:\s+(?:for|in|für|pour|de)\s+20\d\d)?\s*"
    r"(?:,|of|worth|von|im\s+Wert\s+von|de|d['’]un\s+montant\s+de)?\s*"
    r"(?:" + ROUGHLY + r"\s+)?$",
    re.IGNORECASE,
)
# A member's share of the Peace Facility, its military aid (README, settled: a member state's
# share of an EU envelope is its aid of the envelope's category), told after the share ("25% of
# the Facility", "25 Prozent der Kosten der Fazilität", "près de 25 % de la Facilité") or before
# it ("Ireland's share of the Peace Facility budget is about 2%"). Not the Ukraine Facility.
_PEACE_FACILITY = (
    r"(?:(?:European\s+)?Peace\s+Facility|(?:Europäischen\s+)?Friedensfazilität|Fazilität"
    r"|Facilité(?:\s+européenne\s+pour\s+la\s+paix)?|(?-i:FEP|EPF)|Facility)"
    r"(?!\s+(?:for|pour|für)\s+(?:l['’]|die\s+)?Ukrain)"
)
PEACE_FACILITY_NAMED = re.compile(rf"\b{_PEACE_FACILITY}", re.IGNORECASE)
# A sentence opening on the fund just named, not on a member: "The facility has so far
# mobilised", "L'instrument a mobilisé", "Son plafond a été relevé", "Deren Obergrenze wurde".
FUND_OPENING = re.compile(
    r"\W*(?:(?:The|This)\s+(?:fund|facility|instrument)|Its\s+ceiling"
    r"|(?:L['’]|Cet\s+)instrument|(?:Le|Ce)\s+fonds|(?:La|Cette)\s+Facilité|Son\s+plafond"
    r"|(?:Das|Dieses)\s+Instrument|(?:Der|Dieser)\s+Fonds|(?:Die|Diese)\s+Fazilität"
    r"|(?:Deren|Ihre|Dessen|Seine)\s+Obergrenze)\b"
    # (not a fund named by what follows: "Le fonds de soutien", "The fund for Ukraine")
    r"(?!\s+(?:de|d['’]|du|des|for|of|für|zur|zum|der)\b)"
)
PEACE_FACILITY_SHARE_AFTER = re.compile(
    r"\s+(?:(?:of\s+the\s+(?:costs?|budget)|der\s+Kosten|des\s+coûts|du\s+budget)\s+)?"
    rf"(?:of\s+the|der|de\s+la|du)\s+{_PEACE_FACILITY}",
    re.IGNORECASE,
)
PEACE_FACILITY_SHARE_BEFORE = re.compile(
    r"\b(?:share|Anteil|part|quote-part)\s+(?:of|in|an|am|de|du|dans)\s+(?:the\s+|der\s+|la\s+)?"
    # the part of the Facility it is a share of: "Anteil an der Finanzierung der Fazilität",
    # "Anteil am Finanzierungsschlüssel der Fazilität", "share of the funding of the Facility"
    r"(?:(?:funding|financing|costs?|budget|\w*[Ff]inanzierung\w*|\w*[Ss]chlüssel|Kosten"
    r"|financement|coûts?)\s+(?:of\s+the|der|de\s+la|du|des)\s+)?"
    rf"{_PEACE_FACILITY}[^.;]{{0,60}}$",
    re.IGNORECASE,
)
# A recipient named as one: "go to Ukraine", "for Kyiv", "spending on Ukraine", "an die Ukraine",
# "à l'Ukraine", "Ukraine aid", "Ukraine-Hilfe".
RECEIVING_BEFORE = re.compile(
    r"\b(?:to|for|on|an|für|à|pour|zugunsten)\s+(?:the\s+|die\s+|der\s+|l['’]|la\s+)?$",
    re.IGNORECASE,
)
UKRAINE_NAMED = dispatch.guarded(r"Ukrain|Kyiv|Kiev|Kiew|Kyjiw", re.IGNORECASE)
RECEIVING_AFTER = re.compile(r"(?:-|\s+)(?:aid|help|assistance|\w*[Hh]ilfe)\b", re.IGNORECASE)
# A member setting out to reach a goal makes it its own commitment.
REACHING = dispatch.guarded(
    r"\b(?:reach\w*|meet\w*|hit|achiev\w*|erreich\w*|atteindre|atteindr\w*|raise\w*|anheben"
    r"|porter|passer\s+à|respecter|einhalten|einzuhalten|moving\s+(?:\w+\s+){0,3}?to)\b",
    re.IGNORECASE,
)
# What reaching a level would cost, told after the level: "reaching 3.5% would require annual
# spending of about $150 billion", "Atteindre 3,5 % d'ici 2035 exigerait", "Passer à 3,5 %
# représenterait ... 300 milliards d'euros". The level is a goal ahead, not a level had.
COST_OF_REACHING_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:would\s+(?:require|need|cost|mean|take)|will\s+(?:require|cost)|requires"
    r"|would\s+force|exigerait|exigera|nécessiterait|nécessitera|représenterait|coûterait"
    r"|obligerait|contraindrait"
    r"|würde\w*|erforder\w*|kostet\w*)\b",
    re.IGNORECASE,
)
# One giver binding itself to a level, told before it: "committed Canada in The Hague to the
# new alliance target of 5%", "Ministers have committed to meeting NATO's new target", "Paris a
# souscrit à l'objectif de 3,5 %", "s'est engagé au sommet de La Haye à atteindre", "hat sich zu
# dem Ziel von 3,5 Prozent verpflichtet".
COMMITTING = re.compile(
    r"\b(?:(?:committed|commits)(?=[^\d.;:]{0,40}?\bto\b)|souscrit"
    r"|s['’](?:est|était)\s+(?:\w+\s+)?engagée?|s['’]engage)\b",
    re.IGNORECASE,
)
# Several members as a subject, named by no entity: "leaders", "all 32 countries", "they",
# "les dirigeants", "die Staaten", "Mitgliedstaaten".
LEADERS = re.compile(
    r"\b(?:leaders|they|countries|nations|states|governments|capitals|ils|les\s+pays|États"
    r"|gouvernements|capitales|heads\s+of\s+(?:state|government)|dirigeants|chefs\s+d['’]État"
    r"|\w*(?:staaten|länder|partner)|Alliierten|Regierungen|Staats-\s+und\s+Regierungschefs)\b",
    re.IGNORECASE,
)
# The German infinitive of reaching, told after the level: "3,5 Prozent zu erreichen",
# "das Ziel von 5 Prozent einzuhalten".
REACHING_AFTER = re.compile(
    r"[^.;:,\d]{0,30}?\b(?:zu\s+erreichen|einzuhalten|zu\s+erfüllen|zu\s+schaffen)\b",
    re.IGNORECASE,
)
# Who would have to find a sum: "Spain would need to add roughly €25 billion a year to reach 3.5%".
NEEDING = re.compile(
    r"\b(?:would\s+(?:need|have)\s+to|will\s+(?:need|have)\s+to|must|müsste\w*|muss|devrait|devra"
    r"|faudrait|faudra)\b",
    re.IGNORECASE,
)
# A level reached already: "reached", "a atteint", "hat ... erreicht" (not "to reach").
REACHED = re.compile(r"\b(?:reached|reaching|achieved|met|erreicht|atteint)\b", re.IGNORECASE)
OWN_DEADLINE_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:by|bis|d['’]ici(?:\s+à)?|dès|until|in|en|im)\s+(?:(?:19|20)\d\d|next\s+year|this\s+year"
    r"|cette\s+année|diesem\s+Jahr)",
    re.IGNORECASE,
)
# A level reached, told with the target it meets: "meets the target, with spending of 2.12%".
SPENDING_OF = re.compile(r"\bspending\s+of\s+(?:(?:about|around|some|nearly|almost)\s+)?$", re.I)
# A change, not a level: "raise defence spending by 2-3%", "um 18 Prozent", "de 7 %".
CHANGE_BEFORE = re.compile(r"\b(?:by|um|de)\s+(?:" + ROUGHLY + r"\s+)?$")
# The level a change starts from: "from about 1%" (German "von" is also "of": "eine Quote von").
FROM_LEVEL_BEFORE = re.compile(r"\bfrom\s+(?:" + ROUGHLY + r"\s+)?$", re.IGNORECASE)
TARGET_WORD = re.compile(
    r"\b(?:targets?|goals?|benchmark|Ziel\w*|Zielmarke|objectifs?|cible)\b", re.IGNORECASE
)
# Between the bounds of a range: "2-3%", "between 5% and 6%", "de 2 à 3 %".
RANGE_BETWEEN = re.compile(
    r"\s*(?:%|percent|Prozent)?\s*(?:-|–|to|and|bis|und|à|et)\s*", re.IGNORECASE
)
# The story's own country, unnamed: "the government", "die Bundesregierung" is matched by name.
HOME = dispatch.guarded(
    r"\b(?:the\s+government|the\s+(?:defen[cs]e\s+)?ministry|the\s+cabinet|the\s+chancellor"
    r"|the\s+(?:prime\s+|defen[cs]e\s+|finance\s+|foreign\s+)?minister"
    r"|die\s+(?:Bundes)?[rR]egierung|das\s+(?:\w+)?[mM]inisterium|der\s+(?:Bundes)?[kK]anzler"
    r"|die\s+(?:Bundes)?[kK]anzlerin|der\s+Regierungschef|le\s+gouvernement|le\s+ministère"
    r"|le\s+(?:Premier|premier)\s+ministre|la\s+(?:Première|première)\s+ministre"
    r"|le\s+chef\s+du\s+gouvernement)\b",
    re.IGNORECASE,
)
# Between a figure and the kind it is of: "€50bn in security aid", "118 Mrd. Euro auf finanzielle".
# A kind said of the sum after it, as a predicate: "about $4.5 billion of it military", "davon
# etwa 38 Milliarden Euro militärisch", "EUR 44 billion is military" (a noun after it, "military
# spending", is a keyword of its own).
PREDICATE_KIND = re.compile(
    r"\s+(?:of\s+(?:it|which|this|that|them)\s+|(?:is|was|are|were|sind|waren|war|ist)\s+)?"
    r"(?:(?P<military>military|militärisch|militaires?)|(?P<financial>financial|finanziell"
    r"|financi(?:er|ère)s?)|(?P<humanitarian>humanitarian|humanitär|humanitaires?))"
    r"(?=\s*(?:[,.;:)]|and\b|und\b|et\b|$))",
    re.IGNORECASE,
)
ATTACHED = re.compile(
    r"\s+(?:(?:in|of|for|on|as|auf|für|an|als|en|de|d['’]|pour|worth\s+of)\s+)?(?:(?:new|more|additional"
    r"|further|weitere|neue|zusätzliche|nouvelle|supplémentaire)\w*\s+)?",
    re.IGNORECASE,
)
# A share or sum sent through a channel named right after it: "90% of each tranche went to the
# European Peace Facility", "and 10% to the Ukraine Facility", "95 % de ces sommes passeraient par
# la Facilité européenne pour la paix", "5 % par la Facilité pour l'Ukraine": the channel's kind.
CHANNELED = re.compile(
    r"\s+(?:(?:of|de|von)\s+(?:each|every|the|these|this|that|ces|cette|chaque|jeder|dieser)"
    r"\s+(?:\w+\s+){0,2}?)?(?:(?:went|go|goes|going|gone|flow(?:s|ed)?|will\s+go|would\s+go"
    r"|is|are|was|were|passeraient|passent|passera|iront|vont|allaient|fließ\w*|gehen|gingen"
    r"|flossen)\s+)?(?:to|through|via|into|par|à|au|über|an|in)\s+(?:the|la|le|l['’]|den|die"
    r"|das)?\s*",
    re.IGNORECASE,
)
# A group named again by its noun: "the group's members", "the coalition", "la coalition".
GROUP_REFERENCE = re.compile(
    r"\b(?:the\s+(?:group|coalition|forum)|(?:members|partners)\s+of\s+the\s+(?:group|coalition)"
    r"|the\s+(?:group|coalition)['’]s\s+(?:members|partners)"
    r"|la\s+coalition|die\s+(?:Gruppe|Koalition)\s+(?!der\b))",
    re.IGNORECASE,
)
# A set of states counted, pointing back to the group or list named before: "the three countries",
# "all three Baltic states", "die drei Länder", "les trois pays". The number is in `n`.
_COUNTED = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
}
COUNTED_STATES = re.compile(
    r"\b(?:the|all|these|those|die|diese|alle|les|ces|tous\s+les)\s+(?P<n>"
    + "|".join(_COUNTED)
    + r")\s+(?:[A-Za-zÀ-ÿ-]+\s+)?(?:countries|states|nations|governments|Länder|Staaten"
    r"|Regierungen|pays|États|gouvernements)\b",
    re.IGNORECASE,
)


def counted_states(text: str, end: int) -> int | None:
    """How many states "the three countries" before `end` in `text` counts, if it says so."""
    counts = [_COUNTED[m.group("n").lower()] for m in COUNTED_STATES.finditer(text, 0, end)]
    return counts[-1] if counts else None


# French puts the giver's adjective after the noun: "l'aide militaire française", "le budget
# militaire allemand", "les livraisons britanniques".
_FR_NATIONALITIES = {
    "France": "français|française",
    "Germany": "allemand|allemande",
    "United Kingdom": "britannique",
    "United States": "américain|américaine|étatsunien|étatsunienne",
    "Canada": "canadien|canadienne",
    "Netherlands": "néerlandais|néerlandaise",
    "Belgium": "belge",
    "Switzerland": "suisse",
    "Sweden": "suédois|suédoise",
    "Norway": "norvégien|norvégienne",
    "Denmark": "danois|danoise",
    "Finland": "finlandais|finlandaise",
    "Poland": "polonais|polonaise",
    "Italy": "italien|italienne",
    "Spain": "espagnol|espagnole",
    "Portugal": "portugais|portugaise",
    "Japan": "japonais|japonaise",
    "Luxembourg": "luxembourgeois|luxembourgeoise",
    "Austria": "autrichien|autrichienne",
    "Czech Republic": "tchèque",
    "Romania": "roumain|roumaine",
    "Estonia": "estonien|estonienne",
    "Latvia": "letton|lettone",
    "Lithuania": "lituanien|lituanienne",
}

# A state's borrowing cost, a market quote that still describes the state that borrows ("Spanish
# ten-year bond yields", "the yield on the 10-year leu bond", "gilt yields", "Our ten-year yield",
# "le taux d'emprunt français à dix ans", "le rendement de l'emprunt allemand", "die Rendite
# zehnjähriger Bundesanleihen"), unlike a company's shares.
STATE_YIELD = re.compile(
    r"\b(?:(?:bond|gilt|Bund|treasury|(?:ten|10|two|2|five|5|thirty|30)[-\s]year)\s+yields?"
    r"|yields?\s+on\s+(?:\S+\s+){0,4}?(?:bonds?|gilts?|Bunds?|debt)\b"
    r"|Rendite\w*\s+(?:\w+\s+){0,2}?\w*[aA]nleihen?|\w*[aA]nleihe\w*rendite\w*"
    r"|rendements?\s+(?:de\s+l['’]emprunt|des\s+obligations|de\s+l['’]obligation)|taux\s+d['’]emprunt)",
    re.IGNORECASE,
)
# Bonds known by a name of their own rather than their state's: the British gilt, the German Bund.
_BOND_NAMES = {"gilt": "United Kingdom", "bund": "Germany"}
BOND_NAME = re.compile(r"\b(?P<name>gilt|Bund)(?:s|esanleihe\w*)?\b", re.IGNORECASE)
# A country's adjective in English, German or French ("Spanish", "deutsche", "allemand"), the
# borrower of the bond it stands before or, in French, after.
NATIONALITY = re.compile(
    "|".join(
        [
            *(
                f"(?P<n{i}>\\b(?:{adjective})\\b)"
                for i, (name, _, adjective) in enumerate(_COUNTRIES)
                if name in COUNTRIES
            ),
            *(
                f"(?P<f{i}>\\b(?:{forms})s?\\b)"
                for i, forms in enumerate(_FR_NATIONALITIES.values())
            ),
        ]
    )
)
_NATIONALITY_NAMES = {
    **{f"n{i}": name for i, (name, _, _) in enumerate(_COUNTRIES)},
    **{f"f{i}": name for i, name in enumerate(_FR_NATIONALITIES)},
}


def borrower_named(text: str, lo: int, hi: int) -> str | None:
    """The state a bond named between `lo` and `hi` belongs to, by the bond's own name or by the
    nearest country adjective (the last one named)."""
    named = BOND_NAME.search(text, lo, hi)
    if named is not None:
        return _BOND_NAMES[named.group("name").lower()]
    adjectives = list(NATIONALITY.finditer(text, lo, hi))
    return _NATIONALITY_NAMES[adjectives[-1].lastgroup or ""] if adjectives else None


FR_GIVER_ADJECTIVE = dispatch.guarded(
    r"\b(?:aides?|soutiens?|contributions?|assistance|enveloppes?|livraisons?|dépenses?|budgets?"
    r"|effort|dons?|prêts?"
    # a country's part of a joint scheme: "la part canadienne des prêts du G7"
    r"|parts?|quotes?-parts?"
    # the offices who decide for the country: "le gouvernement français", "le ministère français
    # des Armées", "le Premier ministre belge", "les autorités néerlandaises"
    r"|gouvernements?|ministères?|ministres?|autorités|exécutif|diplomatie|président|présidente"
    r"|État)(?:\s+(?:militaires?|financi(?:er|ère)s?|humanitaires?|économiques?"
    r"|publi(?:c|que)s?|de\s+défense))?\s+(?:"
    + "|".join(f"(?P<g{i}>(?:{forms})s?)" for i, forms in enumerate(_FR_NATIONALITIES.values()))
    + r")\b",
)
FR_GIVER_NAMES = {f"g{i}": name for i, name in enumerate(_FR_NATIONALITIES)}

# The heads of the members binding themselves to a level, either word first: "the leaders
# committed to spend 5%", "Die Staats- und Regierungschefs hatten sich verpflichtet", "les chefs
# d'État et de gouvernement se sont engagés", "verpflichteten sich die Staats- und
# Regierungschefs". Only the leaders as such or the allied ones: one country's ("Spanish
# leaders", "its leaders") and the Union's ("der EU") bind no alliance.
_LEADERS_NOUN = (
    r"(?:\b(?:the|die|les)\s+(?:(?:allied|NATO|Nato-)\s*)?|\b(?:allied|NATO)\s+)"
    r"(?:leaders|heads\s+of\s+state\s+and\s+government|Staats-\s+und\s+Regierungschefs"
    r"|chefs\s+d['’]États?\s+et\s+de\s+gouvernement|dirigeants)\b"
    r"(?!\s+(?:of\s+the\s+(?:EU|European)|der\s+(?:EU|Europäischen)|de\s+l['’](?:UE|Union)"
    r"|européens|de\s+l['’]Union))"
)
_BINDING_VERB = (
    r"\b(?:committed|agreed|pledged|promised|signed\s+(?:off|up)|verpflichtet\w*|geeinigt"
    r"|vereinbart\w*|zugesagt|beschlossen|engagés|convenu|promis)\b"
)
LEADERS_BOUND = re.compile(
    rf"{_LEADERS_NOUN}[^.;:]{{0,40}}?{_BINDING_VERB}|{_BINDING_VERB}[^.;:]{{0,20}}?{_LEADERS_NOUN}",
    re.IGNORECASE,
)
# The members of the alliance as the subject of a target: "members committed to spend 3.5%".
MEMBERS = re.compile(
    r"\b(?:members|allies|Mitglieder|Verbündeten|Alliés|membres)\b(?!\s+(?:of\s+the\s+(?:EU|European"
    r"\s+Union)|de\s+l['’]UE|der\s+EU))",
    re.IGNORECASE,
)
# The alliance named as the one that sets a level: "NATO's 2% target", "the alliance's summit in
# The Hague", "das auf dem NATO-Gipfel erwartete Ziel", "die in der Allianz vereinbarten 2 Prozent",
# "l'objectif de l'OTAN", "allied leaders signed off on a target of 5%".
ALLIANCE_WORD = re.compile(
    r"\b(?:NATO|OTAN|Nato|alliance|Allianz|Alliance|Bündnis\w*|allied|allies|Alliierten"
    r"|Verbündeten|alliés|(?:The\s+)?Hague|Den\s+Haag|La\s+Haye|Vilnius|Wales)\b",
)
# A level named as a target, its noun before it ("a target of 5%", "NATO's new goal, agreed at the
# summit, of spending 5%", "das Ziel von 3,5 Prozent", "l'objectif de l'Otan de 2 %") ...
LEVEL_NOUN_BEFORE = re.compile(
    r"\b(?:targets?|goals?|benchmark|guideline|threshold|floor|mark|Ziel\w*|Zielmarke|Marke"
    r"|Vorgabe|objectifs?|cible|seuil|plancher)\b[^.;%\d]{0,90}?\s(?:of|von|de|d['’]|at|à)\s*"
    r"(?:(?:at\s+least|au\s+moins|mindestens|rund|about|around|environ)\s+)?"
    r"(?:(?:spending|investing|consacrer|dépenser)\s+)?$",
    re.IGNORECASE,
)
# ... or after it ("the 2% spending target", "NATO's long-standing two per cent benchmark", "the
# 3.5% core spending target"), or agreed by the alliance before it ("die in der Allianz
# vereinbarten 2 Prozent", "the 2% agreed at Wales").
LEVEL_NOUN_AFTER = re.compile(
    r"\s*(?:of\s+(?:GDP|gross\s+domestic\s+product)\s+)?(?:[\w-]+\s+){0,2}?(?:target|goal"
    r"|benchmark|guideline|threshold|mark|Ziel\w*|Marke|Vorgabe)\b",
    re.IGNORECASE,
)
AGREED_BEFORE = re.compile(
    r"\b(?:vereinbarten|beschlossenen|agreed|convenus?|fixés?)\s+$", re.IGNORECASE
)
# A level one country holds as its own: "Sweden's target of 3.5%", "its goal of 2.5%", "son
# objectif de", "sein Ziel von", "a national target".
OWN_LEVEL_BEFORE = re.compile(
    r"\b(?:its|their|his|her|our|own|national|sein\w*|ihr\w*|unser\w*|eigene\w*|nationale\w*|son|sa"
    r"|ses|leur|notre|propre)\s+(?:[\w-]+\s+){0,2}?(?:targets?|goals?|benchmark|Ziel\w*|Marke"
    r"|objectifs?|cible|seuil)\b"
    r"|['’]s\s+(?:[\w-]+\s+){0,2}?(?:targets?|goals?|benchmark)\b",
    re.IGNORECASE,
)

# A tracker's allocations of a period, told as the subject with no giver: "New allocations in
# November and December totalled", "Financial and humanitarian allocations fell to", "Die
# Neuzusagen beliefen sich auf", "les nouvelles allocations ont atteint".
ALLOCATIONS_TOLD = re.compile(
    r"\b(?:(?:total\s+|overall\s+)?new\s+allocations|Neuzusagen|neuen\s+Zusagen"
    r"|nouvelles\s+allocations"
    # allocations of one kind or two: "Financial and humanitarian allocations fell to"
    r"|(?:military|financial|humanitarian)(?:\s+and\s+(?:military|financial|humanitarian))?"
    r"\s+allocations|allocations\s+(?:militaires|financières|humanitaires)"
    r"|(?:militärischen|finanziellen|humanitären)\s+Zusagen)\b(?!\s+(?:from|by|of|von|de)\b)"
    r"[^.;]{0,60}?\b(?:came|totall?ed|amounted|fell|rose|reached|stood|dropped|climbed|beliefen"
    r"|betrugen|summierten|sanken|stiegen|lagen|ont\s+atteint|atteignent|ont\s+chuté|se\s+sont"
    r"\s+élevées|s['’]élèvent)\b",
    re.IGNORECASE,
)
# All the allies as the spenders, with no narrower group: "Across NATO, members spent", "All NATO
# members together spent", "Insgesamt geben die Verbündeten", "les alliés ont dépensé".
ALLIES_SPENDING = re.compile(
    r"(?<!European\s)(?<!europäischen\s)\b(?:members|allies|Verbündeten|Alliierten|alliés"
    r"|membres|Mitglieder|Mitgliedstaaten)\b(?!\s+(?:européens|de\s+l['’]UE|der\s+EU|of\s+the\s+EU))"
    r"[^.;]{0,30}?\b(?:spent|spend|spending|geben|gaben|ausgegeben|dépens\w*|consacr\w*)\b"
    # the German verb first: "Insgesamt geben die Verbündeten ... aus"
    r"|\b(?:geben|gaben)\s+(?:die\s+)?(?:Verbündeten|Alliierten|Mitglieder|Nato-Staaten)\b",
    re.IGNORECASE,
)
# A share asked of every ally is the allies' pledge, whoever asks it: "would have every ally
# commit 0.1% of GDP", "the 0.25% of GDP that Nordic governments have asked all allies to give".
_EVERY_ALLY = (
    r"(?:every|each|all)\s+(?:NATO\s+)?(?:ally|allies|members?)\b|alle[nm]?\s+(?:Nato-)?Verbündeten"
    r"|jede[rs]?\s+(?:Nato-)?(?:Verbündete|Bündnispartner|Mitglied(?:sstaat)?)\b"
    r"|(?:chaque|tous\s+les)\s+alliés?"
)
# The allies counted against a level, as the ones reaching it: "every ally met the 2% guideline",
# "All of them reached the previous benchmark", "tous les alliés" (plural nouns: MEMBERS).
ALLIES_COUNTED = re.compile(
    rf"\b(?:{_EVERY_ALLY})|\b(?:all|most|none)\s+of\s+them\b|\btous\s+d['’]entre\s+eux\b"
    r"|\balle\s+von\s+ihnen\b",
    re.IGNORECASE,
)
# What the allies would give had every one met a benchmark: "Had every ally met the benchmark,
# Ukraine would have received ...", "If all allies gave 0.25% ...", "Würden alle europäischen
# Nato-Staaten 0,25 Prozent aufwenden", "Si tous les alliés consacraient ...".
IF_EVERY_ALLY = re.compile(
    rf"\b(?:had|if|wenn|würden|si)\s+(?:{_EVERY_ALLY}|alle[nm]?\s+(?:\w+\s+)?(?:Nato-)?"
    r"(?:Verbündeten|Staaten|Mitglieder))",
    re.IGNORECASE,
)
# (the allies asked as a whole, bare: "He asked allies to commit 0.25%")
_ASKED_ALLIES = (
    r"(?:asked|urged|called\s+on|pressed)\s+(?:the\s+|other\s+|fellow\s+)?(?:NATO\s+)?allies"
)
ASKED_OF_EVERY_ALLY_BEFORE = re.compile(
    rf"(?:\b(?:{_EVERY_ALLY}|{_ASKED_ALLIES})\s+(?:(?:to|should|would|must|zu|de)\s+)?"
    # (a floor or a yearly share: "every ally commit at least 0.25%", "chaque allié consacre au
    # moins 0,25 %", "jeder Verbündete jährlich 0,25 Prozent")
    rf"(?:\w+\s+){{0,2}}?"
    # or a leader's call for a share, made of the others: "Trump's call for 5%", "seine
    # Forderung nach 5 Prozent", "son appel à 5 %"
    r"|\b(?:call|demand)s?\s+for\s+|\bForderung\s+nach\s+|\b(?:appel|exigence)\s+(?:à|de)\s+)"
    r"(?:(?:at\s+least|au\s+moins|mindestens|jährlich|annually)\s+)?$",
    re.IGNORECASE,
)
ASKED_OF_EVERY_ALLY_AFTER = re.compile(
    rf"[^.;]{{0,40}}?\s+(?:that|which|den|die|que)\s+[^.;]{{0,50}}?\b(?:asked|urged|called\s+on"
    rf"|want\w*|gebeten|demandé)\s+(?:{_EVERY_ALLY})"
    # or urged by allies themselves, or aimed at by the members: "the 0.25% of GDP some allies
    # have urged as a floor", "des 2 % que visent les membres de l'OTAN"
    r"|[^.;]{0,40}?\s+(?:(?:some|many|several|other)\s+)?allies\s+(?:have\s+|had\s+)?"
    r"(?:urged|demanded|called\s+for)\b"
    r"|\s+que\s+(?:visent|réclament|demandent)\s+(?:les\s+)?(?:membres|alliés)\b",
    re.IGNORECASE,
)
# The alliance as a whole: it sets targets, its members give and spend.
ALLIANCE = frozenset({"NATO", "NATO allies"})
# Groups a group noun can stand for (not the alliance, the Union or the G7: they have names).
COALITIONS = frozenset(
    {
        "Ramstein group",
        "artillery coalition",
        "drone coalition",
        "coalition of the willing",
        "donor countries",
    }
)
# A coalition named in any role, a venue included ("a meeting of the Ukraine Defense Contact
# Group"): what "the group" and "the group's members" later stand for.
COALITION_MENTION = re.compile(
    "|".join(
        f"(?P<k{i}>{pattern})"
        for i, (name, pattern) in enumerate(_ACTORS)
        if name in COALITIONS and name != "donor countries"
    ),
    re.IGNORECASE,
)
COALITION_NAMES = {
    f"k{i}": name
    for i, (name, _) in enumerate(_ACTORS)
    if name in COALITIONS and name != "donor countries"
}
# Words of giving to someone else: without them, weapons in a defence-budget story are bought
# for one's own forces ("the Golden Dome missile defense shield, for which the Pentagon is
# requesting $25 billion").
AID_WORD = re.compile(
    r"\b(?:aid|assistance|support|help|Hilfe\w*|\w+hilfe|Unterstützung|aide|soutien|donat\w*"
    # a giver's contribution: "Cette contribution finance en priorité des munitions"
    r"|contributions?|Beitr[aä]ge?s?|deliver\w*|Lieferung\w*|livraison\w*|Ukrain\w*|Kyiv|Kiev"
    # NATO's list of US weapons the allies buy for Ukraine: "les achats via PURL"
    r"|Kiew|(?-i:PURL))",
    re.IGNORECASE,
)
# The countries of a war, named right after it ("since Russia's war against Ukraine", "vor
# Beginn des russischen Angriffskriegs gegen die Ukraine", "depuis la guerre de la Russie contre
# l'Ukraine") or as its owner ("Russia's invasion"): the war's sides, not who spends on defence
# in the sentence.
WAR_ON_BEFORE = re.compile(
    r"\b(?:war|invasion|aggression|attacks?|Krieg\w*|Angriffskrieg\w*|Überfall\w*|guerre"
    r"|agression)\s+(?:against|on|of|gegen|auf|contre|de|en)\s+"
    r"(?:the\s+|die\s+|la\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
WAR_OF_AFTER = re.compile(
    r"['’]s?\s+(?:full-scale\s+|all-out\s+)?(?:war|invasion|aggression)\b", re.IGNORECASE
)
# Procurement for one's own forces, not giving: "to accelerate the acquisition of long-range
# strike", "On procurement, ...", "Beschaffungsvorhaben", "Bestellungen über", "les priorités du
# ministère", "its own armed forces". (Buying alone is not: donors buy shells for Ukraine too.)
OWN_FORCES = dispatch.guarded(
    r"\b(?:procurement|acquisitions?|(?:its|their)\s+own\s+(?:armed\s+)?forces"
    r"|Beschaffungs\w+|Bestellungen|eigenen?\s+(?:Streitkräfte|Armee)|priorités\s+du\s+ministère"
    r"|(?:ses|nos|leurs|propres)\s+(?:armées|forces)"
    # a state's arms contract or order, where the sentence names no aid and no recipient: "signed
    # a contract worth $6.5 billion for 180 K2 tanks", "in a deal worth about $3.9 billion",
    # "bestellte Polen in Südkorea Panzer", "a signé des contrats d'armement", "signed a second
    # contract for 180 K2 tanks", "Allein die Beschaffung von zwölf Jettrainern"
    r"|contracts?\s+(?:worth|valued)|deals?\s+worth|arms\s+(?:deals?|contracts?)|orderte"
    r"|bestellte|signed\s+(?:[\w-]+\s+){0,3}?contracts?|Beschaffung\s+von"
    r"|Rahmenvertrag\w*|Rüstungsvertr\w*|contrats?\s+d['’]armement"
    # contracts and orders told by their worth: "schloss Verträge im Wert von 83 Milliarden Euro
    # ab", "Aufträge über 2 Milliarden Euro", "das Auftragsvolumen", "des contrats d'une valeur
    # de", "des commandes pour un montant de"
    r"|(?:Verträge|Aufträge)\s+(?:im\s+(?:Gesamt)?[Ww]ert\s+von|über)|Auftragsvolumen\w*"
    r"|(?:contrats?|commandes?)\s+(?:d['’]une\s+valeur|d['’]un\s+montant|pour\s+un\s+montant))\b",
    re.IGNORECASE,
)
# Owed or wanted by a date, not yet spent: "Bis 2035 sollen die Verbündeten 5 Prozent ...
# ausgeben", "Davon müssen mindestens 3,5 Prozent ...", "NATO wants 3.5% by 2035", "is to reach
# 2% by 2033", "les Alliés doivent consacrer 5 %", "Österreich will ... bis 2032 auf 1,5 Prozent
# anheben" (German "will" wants).
OBLIGED = re.compile(
    r"\b(?:sollen|soll|müssen|muss|dürfen|will|wollen|werden|wird|must|should|(?:is|are)\s+to|wants?|doivent"
    r"|devront|devra|doit|veut|veulent)\b",
    re.IGNORECASE,
)
# Now, told right before a share: "heute sind es rund 0,7 Prozent", "Derzeit liegen sie bei",
# "nach derzeit knapp 1 Prozent", "currently stands at", "aujourd'hui à 1,3 %": the level had.
PRESENT_BEFORE = re.compile(
    r"\b(?:heute|derzeit|zurzeit|gegenwärtig|aktuell|today|now|currently|at\s+present"
    r"|aujourd['’]hui|actuellement|à\s+présent|already|bereits|déjà)\b(?:\s+[\w'’]+){0,5}?\s+$",
    re.IGNORECASE,
)
# Where a country stands, told by "at": "Canada, at 1.37%, ...", "Belgium is at 1.30%", "liegt
# die Quote bei 2,01 Prozent", "Deutschland kommt in diesem Jahr auf rund 2,4 Prozent", "se
# situe à 2 %".
STANDS_AT_BEFORE = re.compile(
    r"(?:(?:,|\b(?:is|are|stands?|sits?|remains?|now))\s+at\s+(?:about\s+|around\s+|roughly\s+)?"
    r"|\b(?:liegt|lag|liegen|lagen|kommt|kam|kommen|kamen)\b(?:\s+[\w'’]+){0,4}?\s+(?:bei|auf)\s+"
    r"(?:rund\s+|etwa\s+|knapp\s+)?"
    r"|\b(?:se\s+situ(?:e|ait)|s['’]établi(?:t|ssait))\s+à\s+(?:environ\s+)?"
    # an average had: "together averaged 2.3%", "this year's average of about 2.3%"
    r"|\b(?:averaged|average\s+of|im\s+Schnitt|Durchschnitt\s+von|en\s+moyenne|moyenne\s+de)"
    r"\s+(?:about\s+|around\s+|rund\s+|etwa\s+|environ\s+)?)$",
    re.IGNORECASE,
)
# A level forecast, not set: "is projected to grow to 2.3% by 2033", "devrait atteindre".
PROJECTED = re.compile(
    r"\b(?:projected|expect(?:s|ed)?|forecast\w*|estimated|prognostiziert|erwartet|voraussichtlich"
    r"|devrait|devraient|prévision\w*|projection\w*)\b",
    re.IGNORECASE,
)
# The year a level holds from, still to come: "2.5% of GDP from April 2027", "entre 5 % et 6 %
# du PIB à partir de 2026", "ab 2027" (a level set from then on, not one spent).
FROM_YEAR_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:from|à\s+partir\s+de|ab)\s+(?:(?-i:" + _ANY_MONTH + r")\s+)?"
    r"(?P<year>20\d\d)\b",
    re.IGNORECASE,
)
# The years a range of levels is set for, told after its upper end: a period ("from 2026 to
# 2030", "over 2026-2030", "von 2027 bis 2030", "de 2026 à 2030") or a year it holds from
# ("from 2026", "ab 2027", "à partir de 2026"); the period's last year, else the first.
RANGE_YEARS_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:(?:from|between|over|during|in|von|zwischen|in\s+den\s+Jahren|de|entre"
    r"|sur|pour)\s+(?P<first>20\d\d)\s*(?:-|–|to|and|bis|und|à|et)\s*(?P<last>20\d\d)"
    r"|(?:from|starting(?:\s+in)?|à\s+partir\s+de|ab)\s+(?:(?-i:" + _ANY_MONTH + r")\s+)?"
    r"(?P<onward>20\d\d))\b",
    re.IGNORECASE,
)
DEADLINE_YEAR = re.compile(
    r"\b(?:by|bis|d['’]ici(?:\s+à)?|until|avant|bereits|schon|dès|as\s+early\s+as"
    r"|(?:well\s+|long\s+|years\s+)?before)\s+"
    r"(?:(?:the\s+end\s+of|Ende|la\s+fin\s+de)\s+)?"
    # a month before the year: "by April 2027", "bis Ende März 2028", "d'ici avril 2027"
    r"(?:(?-i:" + _ANY_MONTH + r")\s+)?"
    # a fiscal year named before the year: "by fiscal 2027", "by FY2028", "bis zum Haushaltsjahr
    # 2029", "d'ici l'exercice 2027"
    r"(?:(?:fiscal(?:\s+year)?|FY|(?:zum\s+)?Haushaltsjahr|l['’]exercice)\s*)?"
    r"(?P<year>20\d\d)\b",
    re.IGNORECASE,
)
# Asked or offered, not yet spent: "NATO asks allies to spend 2%", "ready to spend 5%".
ASKING = re.compile(
    r"\b(?:asks?|asked|calls?\s+on|called\s+on|urges?|urged|requires?|required|expects?\s+\w+\s+to"
    r"|ready\s+to|willing\s+to|prêts?\s+à|bereit|fordert\w*|verlangt\w*|demande\w*|exige\w*"
    # pressure to spend: "has pressed Tokyo to spend", "drängt Berlin", "presse Rome de"
    r"|(?:press|push)(?:es|ed|ing)?\s+(?:\w+\s+){1,2}?to|dräng\w*|gedrängt"
    r"|press(?:e|ent|ait|aient|é)\s+(?:\w+\s+){1,2}?d['’e]|pouss(?:e|ent|ait|aient|é)\s+(?:\w+\s+){1,2}?à)\b",
    re.IGNORECASE,
)
# Between a share and a part or continuation of it: "..., of which 3.5%", "and a further 1.5%".
PART_BEFORE = re.compile(
    r"\b(?:of\s+which|including|dont|davon|darunter|with|mit|avec|a\s+further|another|plus)\b",
    re.IGNORECASE,
)
# Comparison bases take the compared figure's context: "€108bn in 2026, up from €86bn this year".
# A sentence setting figures side by side, each with its own giver named right after it.
COMPARED_WITH = dispatch.guarded(
    r"\b(?:compared\s+(?:with|to)|against|versus|verglichen\s+mit|gegenüber|contre|par\s+rapport"
    r"\s+à|while|whereas|während|tandis\s+que|ahead\s+of|followed\s+by|gefolgt\s+von|devant)\b",
    re.IGNORECASE,
)
# (the whole of a group too: "contre 62 milliards pour l'ensemble des pays européens", "for all
# European donors", "für alle europäischen Länder")
FOR_GIVER = re.compile(
    r"\s+(?:for|in|für|pour|en|au|aux|bei)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]|die\s+|den\s+|der\s+)?"
    r"(?:(?:ensemble|totalité)\s+des\s+|all\s+(?:the\s+)?|tous\s+les\s+|alle\s+|sämtliche\s+)?",
    re.IGNORECASE,
)
# The words before a comparison base: "down from 7 billion euros", "compared with", ", nach".
_COMPARED_TO = (
    r"(?:\b(?:up|down)\s+(?:\w+ly\s+)?from|compared\s+(?:with|to)|against|versus|vs\.|gegenüber"
    r"|verglichen\s+mit|im\s+Vergleich\s+zu|contre|par\s+rapport\s+à|,\s+nach|,\s+après|,\s+after)\s+"
)
# A sentence opening on a comparison with the figure told before it: "That compares with
# roughly", "This is up from", "Das ist mehr als ... gegenüber", "C'est à comparer avec".
COMPARED_BACK = re.compile(
    r"^\W*(?:that|this|it|das|dies|cela|c['’]est|ce\s+chiffre)\b[^.;\d]{0,40}?(?:compares?\s+"
    r"(?:with|to)|compared\s+(?:with|to)|(?:up|down)\s+from|gegenüber|verglichen\s+mit|im\s+"
    r"Vergleich\s+zu|à\s+comparer\s+(?:avec|à)|contre|par\s+rapport\s+à)\s+(?:(?:"
    + ROUGHLY
    + r"|the|le|la|les)\s+)*$",
    re.IGNORECASE,
)
COMPARISON_BEFORE = re.compile(
    _COMPARED_TO + r"(?:(?:" + ROUGHLY + r"|the|le|la|les)\s+)*$", re.IGNORECASE
)
# The same, for a base's time, with an estimate or a floor between too: "down from more than 7
# billion euros last year", "from an estimated 6.3% this year".
BASE_BEFORE = re.compile(
    _COMPARED_TO
    + r"(?:(?:"
    + ROUGHLY
    + r"|the|le|la|les|more\s+than|an\s+(?:estimated|expected)|mehr\s+als|über|plus\s+de"
    # "compared with a monthly average of EUR 3.2 billion last year"
    + r"|a\s+(?:monthly|yearly|annual)\s+average\s+of)\s+)*$",
    re.IGNORECASE,
)
# Between a figure and the time it is dated by: "€300m in 2023", "7,3 Milliarden Euro in diesem".
TIME_LEAD = re.compile(
    r"[\s,]*(?:(?:in|im|en|during|for|au|à\s+la|at|over|sur)\s+)?(?:the\s+)?"
    # a whole year named as such: "in the whole of 2024", "im gesamten Jahr 2024", "sur
    # l'ensemble de l'année 2024"
    r"(?:(?:whole|entire|full)\s+(?:of\s+)?|(?:gesamten|ganzen)\s+(?:Jahr(?:es)?\s+)?"
    r"|l['’]ensemble\s+de\s+(?:l['’]année\s+)?|toute\s+l['’]année\s+)?"
    # a part of the year: "in the final quarter of last year", "im letzten Quartal des
    # Vorjahres", "au dernier trimestre de l'an dernier"
    r"(?:(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of\s+"
    r"|(?:ersten|zweiten|dritten|vierten|letzten)\s+(?:Quartal|Halbjahr)\s+(?:des\s+)?"
    r"|(?:premier|deuxième|troisième|quatrième|dernier)\s+(?:trimestre|semestre)\s+(?:de\s+)?"
    r"(?:l['’]année\s+)?)?",
    re.IGNORECASE,
)
# A share changing from a base right after it: "ease to about 5.5% of GDP from an estimated 6.3%".
FROM_BASE = re.compile(
    r"(?:\s+of\s+(?:GDP|gross\s+domestic\s+product|economic\s+output))?,?\s+from\s+"
    r"(?:(?:an\s+estimated|" + ROUGHLY + r")\s+)?",
    re.IGNORECASE,
)
# The publication's present or the year before it, named as a comparison base's time right
# after it: "nach etwa 7,3 Milliarden Euro in diesem Jahr", "down from 7 billion euros last year",
# "than this year's", "contre 200 millions cette année". (Not "a year earlier" or "the previous
# year": those count from the figure's own time.)
BASE_TIME_AFTER = re.compile(
    r"\s*(?:(?:in|during|for|im|en)\s+)?(?:(?:this|last|current)\s+(?:financial\s+|fiscal\s+)?year"
    r"(?:['’]s)?|(?:diesem|vergangenen|letzten|laufenden|vorigen)\s+Jahr|heuer|cette\s+année"
    r"|l['’]an(?:née)?\s+(?:dernière|passée)|l['’]an\s+(?:dernier|passé))\b",
    re.IGNORECASE,
)
# A figure followed by its own relative time has no year the text fixes ("€86bn this year").
RELATIVE_TIME_AFTER = re.compile(
    r"\s+(?:(?:in|during|for)\s+)?(?:(?:this|last|next|the\s+(?:previous|current|coming|following"
    r"|past))\s+year|a\s+year\s+(?:earlier|ago|before)|(?:im\s+|in\s+)?(?:diesem|vergangenen"
    r"|letzten|nächsten|kommenden|laufenden|vorigen)\s+Jahr|heuer|cette\s+année|l['’]an(?:née)?\s+"
    r"(?:dernière|prochaine|passée)|l['’]an\s+(?:dernier|prochain|passé))\b",
    re.IGNORECASE,
)
# A sentence that restates the sum before it in another currency: "Das entspricht rund 7,7
# Milliarden Franken", "That is about $9 billion", "Soit environ 2 milliards de francs".
RESTATED_IN_CURRENCY = re.compile(
    r"^\W*(?:(?:das|dies)\s+entspricht|umgerechnet|(?:that|this)\s+(?:is|equals|amounts\s+to"
    r"|comes\s+to)\b|cela\s+(?:représente|correspond)|soit\b|equivalent\s+to)",
    re.IGNORECASE,
)
# "NOK 135 billion (about $12.5 billion)": the same sum in another currency.
CONVERSION_BETWEEN = re.compile(
    r"\s*(?:\(|,\s*(?:or|soit|i\.e\.)|\bor\b|\bsoit\b|\bbzw\.)\s*(?:(?:about|around|roughly"
    r"|approximately|some|nearly|almost|just\s+over|just\s+under|over|more\s+than|rund|etwa"
    r"|knapp|über|environ|près\s+de|plus\s+de|ca\.|circa|c\.)\s*)?$",
    re.IGNORECASE,
)
# "de l'UE", "du G7", "der EU": a giver in the genitive just after the figure ("45 milliards
# d'euros du G7"), within GENITIVE_REACH characters.
GENITIVE_BEFORE = re.compile(r"(?:\bdu|\bdes|\bde\s+la|\bde\s+l['’]|\bder)\s*$", re.IGNORECASE)
GENITIVE_REACH = 25

# The giver of a sentence read from its structure (2026.11.17): of the names before a figure,
# those that stand beside the figure's subject rather than as it lose to it.
# Any name a few words after a channel word (`_CHANNEL`).
CHANNEL_MARKER = re.compile(
    _CHANNEL + r"(?!which\b|whom\b)(?:[\w'’.-]+\s+){0,4}?(?:l['’])?$", re.IGNORECASE
)
# An aside set off by a comma, about a name, not the figure: "Sweden, which is still waiting for
# Turkey ..., pointed to", "La Norvège, autre pays riche non membre de l'UE, a prévu".
ASIDE_OPEN = re.compile(
    # a relative after a preposition too: "La Belgique voisine, avec laquelle le Luxembourg
    # partage un bataillon, consacre 1,13 %", "Sweden, with which Finland shares a border"
    r",\s*(?:(?:with|in|to|for|from|avec|dans|pour|par|mit|bei|zu|von|an)\s+)?"
    r"(?:which|who|whose|qui|que|qu['’]|dont|lequel|laquelle|lesquel(?:le)?s|der|die"
    r"|das|dessen|deren|welche[rsmn]?|another|other|autre|one\s+of|l['’]une?\s+des|einer?\s+der"
    r"|a\s+member\s+of|(?:co-?)?led\s+by|chaired\s+by|like|wie|comme"
    # what sets the giver apart from a body it is named against: "Norway, outside the EU,",
    # "Ireland, the other neutral EU member to give this week,", "la Suisse, hors de l'UE,"
    r"|the\s+other|the\s+only|outside|außerhalb|hors|en\s+dehors|not\s+(?:a\s+member\s+)?(?:of|in))\b",
    re.IGNORECASE,
)
# A possessive before a ranking names a class the giver is ranked in, not the giver: "Germany
# remained Europe's largest donor ..., allocating €9.1 billion".
RANKING_AFTER = re.compile(
    r"['’]s\s+(?:(?:second|third|single)[\s-])?(?:largest|biggest|top|leading|main|most"
    r"|smallest)\b",
    re.IGNORECASE,
)
# Before an alliance named as the set a member's own spending is ranked or measured in: "the
# highest ratio among NATO Allies", "the highest share in NATO", "la cible de l'OTAN".
ALLIANCE_AS_SET_BEFORE = dispatch.guarded(
    r"(?<![\w'’-])(?:among(?:st)?|in|within|across|of|parmi|dans|au\s+sein\s+de|de|des|unter|der"
    r"|innerhalb)\s+(?:the\s+|l['’]\s*|les\s+|la\s+|den\s+)?$",
    re.IGNORECASE,
)
# What comes between a figure and a "by"/"from" that tells of something else: "Denmark
# (€0.5 billion), whose model has since been copied by Sweden", "the F-16 jets it has received
# from European allies".
OTHER_AGENT_BETWEEN = re.compile(
    r"\bwhose\b|\b(?:receiv\w*|got|obtained|erhalten|erhielt|reçu\w*)\s+(?:\w+\s+)?$"
    # a "by" set against the figure's own: "driven by tensions with Turkey rather than by Russia"
    r"|\b(?:rather\s+than|instead\s+of|not|plutôt\s+que|et\s+non|nicht|statt)\s+(?:by|par|von|durch)\s+$"
    # the maker of the scheme the sum is given under, not its giver: "extends ¥400 billion to
    # Ukraine under the initiative agreed by the G7", "dans le cadre du mécanisme lancé par"
    r"|\b(?:under|as\s+part\s+of|within|dans\s+le\s+cadre|au\s+titre|im\s+Rahmen)\b(?:\s+\S+){1,6}?"
    r"\s+(?:agreed|launched|set\s+up|created|initiated|established|devised|brokered"
    r"|convenu\w*|lancé\w*|créé\w*|initié\w*|mis\w*\s+en\s+place|décidé\w*)\s+(?:\w+\s+)?(?:by|par)\s+"
    r"(?:the\s+|les?\s+|la\s+|l['’])?$"
    # the giver of the figure's larger part, not of the whole: "about €65 billion, most of it
    # from Europe", "dont l'essentiel venait d'Europe", "der Großteil davon aus Europa"
    r"|,\s*(?:most|much|the\s+bulk|the\s+lion['’]s\s+share|more\s+than\s+half|over\s+half)\s+of"
    r"\s+(?:it|them|which|this)\s+(?:\w+\s+){0,2}?(?:from|by)\s+(?:the\s+)?$"
    r"|,\s*dont\s+(?:l['’]essentiel|la\s+majeure\s+partie|la\s+plupart|plus\s+de\s+la\s+moitié)"
    r"\s+(?:\w+\s+){0,2}?(?:de|d['’]|des|du|par)\s*(?:la\s+|l['’])?$"
    r"|,\s*(?:der|den)\s+(?:Großteil|größten\s+Teil|Löwenanteil)\s+(?:davon\s+)?(?:\w+\s+){0,2}?"
    r"(?:aus|von)\s+(?:der\s+|den\s+)?$",
    re.IGNORECASE,
)
# A recipient between a figure and a genitive after it: "contribue 5 milliards de dollars à
# l'initiative du G7" is Canada's, paid to the G7's scheme.
RECIPIENT_BETWEEN = re.compile(r"\b(?:à|aux?|an|to|pour|für)\b", re.IGNORECASE)
# A channel word between a figure and a genitive after it: "200 millions $ US dans le mécanisme
# de l'OTAN" is paid into NATO's mechanism, not given by NATO.
CHANNEL_BETWEEN = re.compile(_CHANNEL, re.IGNORECASE)
# "defence spending across the EU": the member states' spending, not the Union's.
ACROSS_BEFORE = re.compile(r"\b(?:across|throughout|within)\s+(?:the\s+)?$", re.IGNORECASE)
# The members' average, not the Union's own: "an EU average of 1.9%", "der EU-Durchschnitt",
# "la moyenne de l'UE", "la moyenne européenne" is no name.
EU_AVERAGE_AFTER = re.compile(r"(?:\s+|-)(?:average|Durchschnitt\w*|Schnitt\w*)\b", re.IGNORECASE)
EU_AVERAGE_BEFORE = re.compile(
    r"\b(?:average\s+(?:of|in|across)\s+(?:the\s+)?|moyenne\s+(?:de\s+|dans\s+)?|Durchschnitt\s+der\s+)$",
    re.IGNORECASE,
)

# Between an alliance's name and its target's figure: "NATO's 2%", "NATO's target of 2%".
TARGET_OF = re.compile(
    r"['’]s\s+(?:(?:new|old|previous|current|own|core|spending|defen[cs]e)\s+)*(?:(?:targets?|goals?"
    r"|benchmark|guideline)\s+(?:of\s+)?)?(?:(?:at\s+least|of)\s+)?",
    re.IGNORECASE,
)
TARGET_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:targets?|goals?|benchmark|guideline|threshold|Ziel\w*|objectifs?|cible)\b"
    # aimed at: "des 2 % que visent les membres de l'OTAN"
    r"|\s+(?:qu['’]|que\s+)vis(?:e|ent|ait|aient)\b",
    re.IGNORECASE,
)
# A sum "for Ukraine" is aid even when the sentence names no kind: "$60.7 billion for Ukraine",
# "95 millions de francs en faveur de l'Ukraine", "zugunsten der Ukraine".
FOR_UKRAINE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:for|to|für|an|pour|à|in\s+(?:support|favou?r)\s+of|en\s+faveur\s+de"
    r"|au\s+(?:profit|bénéfice)\s+de|zugunsten)\s+(?:die\s+|der\s+|l['’])?" + UKRAINE_NAMES,
    re.IGNORECASE,
)
# A sentence opening on its beneficiary: "Für die Ukraine sind ... vorgesehen", "For Ukraine, the
# draft sets aside ...", "Pour l'Ukraine, le projet prévoit ...".
FOR_UKRAINE_BEFORE = re.compile(
    r"^\W*(?:for|für|pour)\s+(?:die\s+|l['’])?(?:Ukraine|Kyiv|Kiew)\b", re.IGNORECASE
)
# "$4.5 billion, including $1 billion in humanitarian aid": the kind belongs to the part.
INCLUDING = re.compile(
    r"\b(?:including|of\s+which|among\s+them|incl\.|davon|darunter|einschließlich|dont)\b",
    re.IGNORECASE,
)
# A total told with what it takes in: "einschließlich der Kosten für Geflüchtete", "die Kosten für
# Geflüchtete eingerechnet", "y compris les coûts liés à l'accueil", "et le reste pour l'accueil".
COUNTED_IN = re.compile(
    INCLUDING.pattern + r"|\b(?:inclusive|counting|the\s+rest|einschliesslich|inklusive"
    r"|eingerechnet|enthalten|mitgerechnet|y\s+compris|en\s+comptant|le\s+reste)\b",
    re.IGNORECASE,
)
# A part of the sum before it named as such, whose kind is the part's, not the whole's: "€1.5
# billion, 90% of it through the Peace Facility", "part of it for ammunition", "dont une partie via
# la Facilité européenne pour la paix", "davon ein Teil für Munition" (not "most of it for air
# defence", which keeps the kind of an amount that names none).
PART_OF = re.compile(
    r"\b(?:(?:a\s+)?part\s+of\s+(?:it|which|that|this)|(?<=%\s)of\s+(?:it|which|that|this)"
    r"|(?<=\spercent\s)of\s+(?:it|which)|dont\s+une\s+partie"
    r"|(?<=%\s)(?:de\s+cette\s+somme|d['’]entre\s+eux)"
    r"|davon\s+ein(?:en)?\s+Teil|ein(?:en)?\s+Teil\s+davon|(?<=Prozent\s)davon)\b",
    re.IGNORECASE,
)
# What a sum covers, told as a list of its kinds: "$4.5bn in support, covering demining, energy
# repairs and budget support", "most of it in budget support and humanitarian aid", "Toutes aides
# confondues - militaire, financière et humanitaire -".
LISTING = dispatch.guarded(
    r"\b(?:covering|including|of\s+which|most\s+of\s+it\s+(?:in|for|on)|mainly|mostly|chiefly"
    r"|darunter|einschließlich|vor\s+allem|davon|dont|notamment|y\s+compris|essentiellement"
    # all kinds at once, listed or not
    rf"|(?P<all>{_ALL_KINDS}))\b",
    re.IGNORECASE,
)
# A share of people, not of money: "2% of voters", "20 Prozent der Deutschen".
OF_PEOPLE = re.compile(
    r"\s*(?:of|der|des)\s+(?:the\s+|all\s+)?(?:voters|respondents|those\s+(?:polled|surveyed"
    r"|asked)|people|population|citizens|Americans|Germans|Europeans|Ukrainians|adults|Poles"
    r"|Britons|Brits|Canadians|Italians|Spaniards|Danes|Swedes|Norwegians|Finns|Dutch|Belgians"
    r"|Austrians|Estonians|Latvians|Lithuanians|Japanese|French|Russians|members|users|parents"
    r"|Befragten|Deutschen|Wähler\w*|Bürger\w*|sondés|Français|électeurs)",
    re.IGNORECASE,
)

# The people of a country a poll asked, by their name in the plural (EN, DE, FR): "41% of
# Germans", "56 Prozent der Deutschen", "62 % des Polonais". A poll's shares are that country's
# (the articles' README, "Settled cases"); "Europeans", "voters" name no country.
_POLLED_PEOPLES = {
    "Germany": r"Germans|Deutschen|Allemands",
    "France": r"French|Franzosen|Français",
    "Poland": r"Poles|Polen|Polonais",
    "United Kingdom": r"Britons|Brits|Briten|Britanniques",
    "United States": r"Americans|Amerikaner|Américains",
    "Canada": r"Canadians|Kanadier|Canadiens",
    "Italy": r"Italians|Italiener|Italiens",
    "Spain": r"Spaniards|Spanier|Espagnols",
    "Netherlands": r"Dutch|Niederländer|Néerlandais",
    "Belgium": r"Belgians|Belgier|Belges",
    "Austria": r"Austrians|Österreicher|Autrichiens",
    "Switzerland": r"Swiss|Schweizer|Suisses",
    "Denmark": r"Danes|Dänen|Danois",
    "Sweden": r"Swedes|Schweden|Suédois",
    "Norway": r"Norwegians|Norweger|Norvégiens",
    "Finland": r"Finns|Finnen|Finlandais",
    "Estonia": r"Estonians|Esten|Estoniens",
    "Latvia": r"Latvians|Letten|Lettons",
    "Lithuania": r"Lithuanians|Litauer|Lituaniens",
    "Czech Republic": r"Czechs|Tschechen|Tchèques",
    "Slovakia": r"Slovaks|Slowaken|Slovaques",
    "Hungary": r"Hungarians|Ungarn|Hongrois",
    "Romania": r"Romanians|Rumänen|Roumains",
    "Ireland": r"Irish|Iren|Irlandais",
    "Portugal": r"Portuguese|Portugiesen|Portugais",
    "Greece": r"Greeks|Griechen|Grecs",
    "Japan": r"Japanese|Japaner|Japonais",
    "Australia": r"Australians|Australier|Australiens",
    "Ukraine": r"Ukrainians|Ukrainer|Ukrainiens",
    "Russia": r"Russians|Russen|Russes",
    "Turkey": r"Turks|Türken|Turcs",
    "Lower Saxony": r"Lower\s+Saxons|Niedersachsen",
    "Bavaria": r"Bavarians|Bayern|Bavarois",
}
_POLLED_PEOPLE = re.compile(
    r"\b(?:of|der|des)\s+(?:the\s+|all\s+)?(?:"
    + "|".join(f"(?P<p{i}>{forms})" for i, forms in enumerate(_POLLED_PEOPLES.values()))
    + r")\b"
)
_POLLED_PEOPLE_AFTER = re.compile(r"\s*" + _POLLED_PEOPLE.pattern)  # right after a share
_POLLED_COUNTRIES = tuple(_POLLED_PEOPLES)


def polled_country(text: str, end: int | None = None) -> str | None:
    """The country whose people a poll's sentence names as asked ("41% of Germans"), if one;
    with `end`, the people a share ending there names right after it ("71% of Poles backed it,
    against 38% of Italians": each share is its own people's, whatever the poll's reach)."""
    found = _POLLED_PEOPLE.search(text) if end is None else _POLLED_PEOPLE_AFTER.match(text, end)
    if found is None or found.lastgroup is None:
        return None
    return _POLLED_COUNTRIES[int(found.lastgroup[1:])]


# Years the figure refers to: "in 2024", "for 2025", "in the first quarter of 2025", "by 2035",
# "the 2025 budget". Not "since 2022", "compared to 2023", "2022-2024".
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Januar|Februar|März|Juni|Juli|Oktober|Dezember|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre)"
)
YEAR = re.compile(
    r"(?:\b(?:in|for|during|by|of|from|as\s+early\s+as|im|für|bis|ab|en|pour|d['’]ici(?:\s+à)?|dès"
    # a sum of a year, its year right after its money: "aux 1,5 milliard d'euros de 2025", "die
    # 1,5 Milliarden Euro von 2025" (as "the €1.5 billion of 2025")
    r"|(?:(?<=euros\s)|(?<=dollars\s)|(?<=francs\s)|(?<=€\s)|(?<=couronnes\s))de"
    r"|(?:(?<=Euro\s)|(?<=Dollar\s)|(?<=Franken\s)|(?<=Kronen\s))von"
    r"|à\s+l['’]horizon(?:\s+de)?"
    r"|à\s+partir\s+de|au\s+cours\s+de|sur|fiscal|FY"
    # a point in the year: "fin 2027", "Ende 2026", "début 2026" ("the end of 2025" is "of")
    r"|(?:fin|début)(?:\s+de)?|mi|Ende|Anfang|Mitte"
    # a deadline to be beaten: "reach 5% long before 2035", "lange vor 2035", "bien avant 2035"
    # (context._years keeps it only while the year is ahead)
    r"|(?P<early>(?:long|well|lange|deutlich|bien|longtemps)\s+(?:before|vor|avant)))"
    r"\s+(?:(?:the\s+|la\s+seule\s+"
    r"|(?:the\s+)?(?:whole|entire|full)\s+|l['’]ensemble\s+de\s+)?(?:fiscal"
    rf"\s+)?(?:year|Jahr|Jahre|année|l['’]année|exercice)\s+|{_MONTH}\s+)?(?P<year>(?:19|20)\d\d)"
    # (a draft named by its year: "a draft 2026 budget", "the proposed 2027 defence budget")
    r"|\b(?:the|its|their|this|a|\w+['’]s)\s+(?:(?:draft|proposed|revised)\s+)?"
    r"(?P<attr>(?:19|20)\d\d)(?=\s+(?:(?:defen[cs]e|military"
    r"|state|federal|national|aid)\s+)?(?:budget|spending|package|allocation|Haushalt"
    r"|fiscal\s+year|financial\s+year))"
    # a budget named by its year after it: "Der Bundeshaushalt 2027", "le budget 2026"
    r"|\b(?:budget|Haushalt|Bundeshaushalt|Haushaltsentwurf|Etat|Wehretat|Verteidigungsetat"
    r"|Verteidigungshaushalt|loi\s+de\s+finances)\s+(?:pour\s+|de\s+|für\s+)?(?P<post>(?:19|20)\d\d)"
    # a date is a time wherever it stands: "on 3 March 2023", "package (September 2024):"
    # (not the end of a span: "over the five years to March 2028")
    rf"|(?<![\w-])(?<!\bto\s)(?<!\bbis\s)(?-i:{_MONTH})\s+(?P<dated>(?:19|20)\d\d))"
    r"(?![\w-]|[–/]\d|\s*(?:-|–|to|and|bis|und|à|et)\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)
# What YEAR, BARE_YEAR and FISCAL_YEAR all need: a cheap test before running them.
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# German text often states the year bare, as an adverb: "erhöhten ihre Ausgaben 2024 um 18 Prozent".
BARE_YEAR = re.compile(
    r"(?<![\w.,/-])(?P<year>20\d\d)(?![\w/%-]|[.,]\d|\s*(?:-|–|bis|und)\s*20\d\d)"
)
UNTIL = re.compile(
    r"(?:until|through|till|bis|jusqu['’]en|jusqu['’]à|jusqu['’]au)\b", re.IGNORECASE
)
UNTIL_BEFORE = re.compile(
    r"\b(?:until|through|till|bis|jusqu['’](?:en|à|au)?)\s*(?:(?:the\s+|la\s+)?(?:Ende|end(?:\s+of)?"
    r"|fin(?:\s+de)?)\s+)?$",
    re.IGNORECASE,
)
# A sum made in a year, right after it: "a measure of €40 million adopted in 2024", "ein Paket
# über 500 Millionen Euro, beschlossen im März 2024": the making dates the sum itself, unlike
# "the special fund created in 2022", which only dates the fund.
SUM_MADE_BEFORE = re.compile(
    r"(?:\d\.?\s+(?:of\s+\w+\s+)?"
    r"|\b(?:million|billion|bn|m|millions?|milliards?|Millionen|Milliarden|Mio|Mrd)\.?\s+"
    # (the thing the sum is, between: "the $95 billion supplemental for Ukraine, Israel and
    # Taiwan signed in April 2024"; not a start: "$9.8 billion since it was approved in")
    r"(?:(?:(?!since|seit|depuis)[^.;:%\d$€£¥()]){0,60}?\s)?)"
    r"(?:adopted|agreed|approved|signed|adopté\w*|approuvé\w*|beschlossen"
    r"|verabschiedet|bewilligt),?\s+(?:(?:in|im|en)\s+(?:" + _MONTH + r"\s+)?)?$",
    re.IGNORECASE,
)
# A German article or relative pronoun before a year, and the participle of making after it:
# "aus dem 2022 eingerichteten Sondervermögen", "das 2022 mit 100 Milliarden Euro ausgestattet
# worden war", "das 2022 beschlossen worden war": the date the thing named was made.
ARTICLE_BEFORE = re.compile(r"\b(?:dem|das|der|die|des|den)\s+(?:im\s+(?:Jahr\s+)?)?$")
MADE_AFTER = re.compile(
    r"\s+(?:[\w,.]+\s+){0,5}?(?:eingerichtet|geschaffen|gegründet|beschlossen|aufgelegt"
    r"|ausgestattet|aufgesetzt)\w*",
)
_NOT_THE_YEAR_BEFORE = (
    r"(?:by\s+the\s+end(?:\s+of)?|since|seit|depuis|von|vor|zwischen|compared\s+(?:to|with)|than|between|gegenüber|vergleich\w*|par"
    r"\s+rapport\s+à|vs\.?|versus|invasion\b[^,.;]{0,30},?|annex\w*[^,.;]{0,30}|agreed|adopted"
    r"|established|introduced|signed|set(?:\s+up)?"
    # the date a thing named was made, not the figure's: "the special fund created in 2022",
    # "la norme de 2 % fixée en 2014", "das 2022 geschaffene"
    r"|created|founded|cré[ée]e?s?|fix[ée]e?s?|adopt[ée]e?s?|instaur[ée]e?s?|gegründet|eingerichtet"
    r"|geschaffen"
    # the end of a stretch between two dates: "Between February 2022 and January 2025"
    # (not months of one year: "between August and October 2023" is 2023's)
    r"|(?:between|zwischen|entre)\s+(?:(?!(?:19|20)\d\d)[^,.;]){0,30}?\d[^,.;]{0,30}?\s(?:and|und|et)"
    # a start told at more length: "since it was approved in March 2023", "Seit Beginn des
    # russischen Angriffskriegs im Februar 2022", "depuis le début de la guerre en février 2022"
    r"|(?:since|seit|depuis)\b[^,.;]{0,50}(?:,\s*(?=(?:in|im|en)\s))?|Angriffskrieg\w*[^,.;]{0,20}|guerre\s+d['’]agression[^,.;]{0,20}|full-scale\s+war"
    r"[^,.;]{0,20})\s*(?:in\s+|im\s+|en\s+)?(?:the\s+)?(?:" + _MONTH + r"\s+)?$"
)
NOT_THE_YEAR_BEFORE = dispatch.by_letter(_NOT_THE_YEAR_BEFORE, re.IGNORECASE)

# A time named only as what a figure is measured against dates nothing in its sentence: "53
# Mrd. Euro, rund 1,3 Mrd. mehr als in diesem Jahr", "flat compared with this year", "plus
# qu'en 2024", "so viel wie im laufenden Jahr".
COMPARED_TIME_BEFORE = re.compile(
    r"(?:\bthan|\b(?:mehr|weniger|\w+er)\s+als|\bso\s+(?:viel|hoch|\w+)\s+wie|\bwie\s+schon"
    r"|\b(?:plus|moins|autant)\s+(?:\w+\s+)?qu(?:e\b|['’])|compared\s+(?:to|with)|gegenüber"
    r"|im\s+Vergleich\s+zu|par\s+rapport\s+à"
    r"|\bover\s+the\s+(?:enacted\s+)?"
    # the same stretch of another year: "87% less than in the same period of 2022", "the same
    # months last year", "la même période de 2022", "im gleichen Zeitraum 2022"
    r"|\bsame\s+(?:\w+\s+)?(?:period|quarter|months?|weeks?|time)(?:\s+(?:of|in))?"
    # a level told against another year's: "un niveau légèrement inférieur à celui de 2025"
    r"|\b(?:inférieur|supérieur)e?s?\s+à"
    r"|\bmême\s+période(?:\s+(?:de|d['’]))?|\b(?:gleichen|selben)\s+Zeitraum(?:\s+des\s+Jahres)?"
    # the base of a change: "grew by 7.5% on the previous year", "stieg um 5 Prozent gegenüber"
    r"|\b(?:grew|grow\w*|rose|rise[sn]?|increase[sd]?|fell|fall\w*|up|down|higher|lower)\b"
    r"(?:[^.;]|\.\d){0,30}?\b(?:on|over)"
    r")\s*(?:(?:in|im|en|à|during)\s+)?(?:the\s+|l['’]|cel(?:ui|le)\s+(?:de\s+)?|dem\s+|der\s+|la\s+|le\s+)?$",
    re.IGNORECASE,
)

# A member named inside a group, as an aside: "Military spending in Europe, including Russia,
# rose" (but "packages, including Sweden's €1.45 billion" names Sweden's own).
INCLUDED_BEFORE = dispatch.guarded(
    r"\b(?:including|einschließlich|inklusive|y\s+compris)\s+(?:the\s+|la\s+|le\s+|l['’])?$",
    re.IGNORECASE,
)
ASIDE_END = re.compile(r"\s*[,)]")
# The EU's institutions counted in a group of givers named before them ("Europe, including the EU
# institutions, ...", "counting the EU's institutions", "einschließlich der EU-Institutionen"), or
# with the aside told the other way round ("institutions de l'Union comprises").
EU_PART_BEFORE = re.compile(
    r"\b(?:including|counting|einschließlich|inklusive|samt|y\s+compris)"
    r"\s+(?:the\s+|les\s+|der\s+|den\s+)?$",
    re.IGNORECASE,
)
EU_INSTITUTIONS_AFTER = re.compile(r"(?:['’]s)?[\s-](?:institutions|Institutionen)\b", re.I)
INSTITUTIONS_OF_BEFORE = re.compile(
    r"\b(?:institutions\s+(?:de\s+l['’]|of\s+the\s+)|Institutionen\s+der\s+)$", re.IGNORECASE
)
# The EU's institutions joined to a group of givers right before them: "European governments and
# EU institutions", "die europäischen Regierungen und die EU-Institutionen", "les gouvernements
# européens et les institutions de l'UE".
_GROUP_NOUN = r"(?:\s+(?:governments|countries|states|donors|Regierungen|Länder|Staaten|Geber))?"
INSTITUTIONS_JOINED = re.compile(
    _GROUP_NOUN + r"\s+(?:and|und|et)\s+(?:the\s+|die\s+|den\s+)?", re.IGNORECASE
)
INSTITUTIONS_OF_JOINED = re.compile(
    # (the French "l'" may open the EU's own name: "institutions de l'UE")
    _GROUP_NOUN + r"\s+(?:and|und|et)\s+(?:the\s+|les\s+|die\s+)?"
    r"(?:institutions\s+(?:de\s+(?:l['’])?|of\s+the\s+)|Institutionen\s+der\s+)",
    re.IGNORECASE,
)
# The same aside told the other way round: "Military spending in Europe, Russia included, ...",
# "693 milliards de dollars pour l'Europe, Russie comprise".
INCLUDED_AFTER = re.compile(
    # (a list of them too: "Russia and Ukraine included")
    r"(?:\s*(?:,|and|und|et)\s+[\w-]+)*"
    r"\s+(?:included|comprise?s?|inclus(?:e|es)?|eingeschlossen|inbegriffen|mitgerechnet)\b",
    re.IGNORECASE,
)

# Clause breaks: a year on the far side belongs to another clause's figure.
# The whole world, whose military spending has no giver. (Not the German and French "global",
# "globale": overall, "une enveloppe globale de 413 milliards", "eine globale Minderausgabe".)
WORLD = re.compile(
    r"\b(?:world(?:wide)?|global(?!e|aux|ement|\s+(?:de|d['’]|du|des)\b)|mondiale?s?|weltweit\w*"
    r"|Welt(?=\w*(?:ausgaben|rüstung)))",
    re.IGNORECASE,
)
# A figure in a fronted "with" phrase, whose subject names the giver after it: "With 1.4% of GDP,
# Italy remains below", "Avec 1,78 % du PIB, selon l'OTAN, la France reste", "Mit 1,2 Prozent
# bleibt Spanien": matched from the sentence's start to the figure (no clause in between).
FRONTED_WITH = re.compile(
    r"\s*(?:With|Avec|Mit)\s+(?:(?:only|just|seulement|nur)\s+)?", re.IGNORECASE
)
CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whereas|although|though|which|und|aber|während|et|mais)\b"
    r"|,\s+(?:after|before|since)\s+\w+ing\b"
    r"|\s(?:while|whereas|während|tandis\s+que)\b",
    re.IGNORECASE,
)

# Words pointing back to a figure in the sentence before: "this amount", "of this", "the remaining".
# A whole state's budget, of which defence and aid are lines: "den Entwurf für den Bundeshaushalt
# 2027", "den Voranschlag für das kommende Jahr", "the federal budget", "le projet de loi de
# finances".
WHOLE_BUDGET = re.compile(
    r"\b(?:Bundeshaushalt\w*|Staatshaushalt\w*|Voranschlag\w*|Gesamthaushalt\w*"
    r"|(?:federal|state|national)\s+budget|budget\s+de\s+l['’]État|loi\s+de\s+finances)\b",
    re.IGNORECASE,
)
# A sentence opening on a pronoun for what the sentence before named: "Er sieht Ausgaben von ...
# vor", "It provides for spending of", "Il prévoit".
PRONOUN_OPENING = re.compile(r"^\W*(?:Er|Sie|Es|Dieser|Diese|It|Il|Elle)\b")
# An actor's own money named by its possessive ("grew its budget", "their defence spending"):
# the actor's, not a figure before it.
POSSESSIVE_ANAPHOR = re.compile(
    r"\b(?:their|its)\s+(?:\S+\s+){0,2}?(?:defen[cs]e|spending|budgets?|expenditures?)\b",
    re.IGNORECASE,
)
ANAPHOR = re.compile(
    r"\b(?:(?:this|that|these|those)\s+(?:\S+\s+){0,3}?(?:amount|sum|total|figure|increase|rise"
    r"|money|funds|funding|package|commitment|pledge|aid|assistance|support)\b|of\s+(?:this|that"
    r"|which|it)\b|the\s+(?:remaining|remainder|rest|balance)\b|(?:their|its)\s+(?:\S+\s+){0,2}?"
    r"(?:total|defen[cs]e|spending|budgets?|expenditures?|contributions?)\b|davon|diese[rsm]?\s+"
    r"(?:Summe|Betrag\w*)|ce\s+montant|cette\s+somme|dont|dafür|hierfür"
    r"|(?:von\s+)?der\s+Gesamtsumme|of\s+the\s+total"
    # the sum before restated in another currency: "At market exchange rates that is about $160
    # billion", "last year's figure was equivalent to", "umgerechnet", "au taux de change"
    r"|^\W*at\s+(?:\w+\s+){0,2}?exchange\s+rates?|equivalent\s+to|^\W*umgerechnet"
    r"|^\W*(?:au|aux)\s+taux\s+de\s+change)",
    re.IGNORECASE,
)


# The first characters of words in the languages read, whose parts `warm` compiles ahead.
_WORD_STARTS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüÄÖÜéèêàâçôîœÉÈÊÀÂÇÔÎŒ"


def warm() -> None:
    """Compile every word pattern's parts now, not on a pool process's first figures."""
    for pattern in (
        ENTITY,
        CATEGORY_KEYWORD,
        DISTRACTOR_WORDS,
        WAR_COST_WORDS,
        NO_SINGLE_YEAR_WORDS,
    ):
        pattern.warm(_WORD_STARTS)
