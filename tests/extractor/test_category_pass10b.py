"""Category, pass 10b. Every sentence is written for these tests, in English, German and French.

- A defence level with a deadline still to come right before it, joined by the word that leads to
  the level ("bis 2034 auf 2 Prozent", "by 2031 to 3%", "d'ici 2031 à 3 %"), is a goal
  (pledge_target), whatever verb carries it ("hält daran fest", "steigen sollen", "decided").
"""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Die Regierung in Wien hält daran fest, die Militärausgaben bis 2034 auf 2 Prozent "
            "der Wirtschaftsleistung anzuheben.",
            "2 Prozent",
        ),
        (
            "Der Minister stellte einen Plan vor, nach dem die Wehrausgaben bis 2033 auf 1,5 "
            "Prozent des BIP steigen sollen.",
            "1,5 Prozent",
        ),
        (
            "The cabinet decided on Tuesday to lift defence spending by 2031 to 3% of GDP.",
            "3%",
        ),
        (
            "Le gouvernement entend porter le budget des armées d'ici 2031 à 3 % du PIB.",
            "3 %",
        ),
    ],
)
def test_a_level_after_a_deadline_ahead_is_a_goal(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "pledge_target"
