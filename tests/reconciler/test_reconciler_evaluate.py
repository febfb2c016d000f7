"""`aidledger eval --stage reconcile --details`: each recall and precision loss named."""

from services.reconciler.evaluate import _splits


def test_the_details_name_split_and_joined_claims() -> None:
    pairs = [
        ("c1", "p1"),  # a.txt '€7.1 billion'
        ("c1", "p1"),  # b.txt '7.1 billion euros'
        ("c1", "p2"),  # c.txt 'EUR 7.1bn': split off
        ("c2", "p2"),  # c.txt 'EUR 28bn': joined with it
        ("c3", "missed-4"),  # not a mention: reported apart, not as a split
        ("c3", "p3"),
    ]
    where = ["a '7.1'", "b '7.1'", "c '7.1'", "c '28'", "c 'x'", "d 'x'"]
    assert _splits("01", pairs, where) == [
        "01: c1 split: a '7.1', b '7.1' | c '7.1'",
        "01: one claim joined: c '7.1' | c '28'",
    ]
    assert _splits("01", [("c1", "p1"), ("c1", "p1")], ["a", "b"]) == []
