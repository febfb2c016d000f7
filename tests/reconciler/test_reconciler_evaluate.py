"""`aidledger eval --stage reconcile --details`: each recall and precision loss named."""

from pathlib import Path

from services.cli.evaluate import CLUSTER_SETS
from services.reconciler.evaluate import (
    _group,
    _splits,
    _wanted,
    format_score,
    load_clusters,
    score,
)


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


def test_a_totals_labelled_giver_is_compared_by_the_extractors_name() -> None:
    # the clusters' README writes "CEB" and a tracker's "Europe"; the extractor the bank's full
    # name and "European countries"; other givers and keys are compared as labelled
    assert _wanted("donor", "CEB") == "Council of Europe Development Bank"
    assert _wanted("donor", "Europe") == "European countries"
    assert _wanted("donor", "EIB") == "EIB"
    assert _wanted("year", 2025) == 2025
    assert _wanted("category", "humanitarian") == _group("humanitarian_aid")


# Each split scored once blind, then kept as a floor: a change that loses what the reconciler
# already gets right on them fails here (splits dev to holdout22; holdout23 stays kept back).
# 2026.11.29 with extractor 2026.11.45 on the 238 (2026-12-03, a thirteenth session): F1 0.9462
# (P 0.9859, R 0.9096) and 549 of 649 totals exact.
# 2026.11.29 with extractor 2026.11.44 on the 238 (holdout22 in-sample since 2026-12-03, a
# thirteenth session; scored blind once: F1 0.909, P 0.971, R 0.854, 30 of 44 totals, with
# 2026.11.29 + 2026.11.43; F1 0.916, R 0.866 with + 2026.11.44): F1 0.9459 (P 0.9859, R 0.9089)
# and 549 of 649 totals exact.
# 2026.11.29 with extractor 2026.11.44 on the 228 (2026-12-03, a twelfth session): F1 0.9476
# (P 0.9867, R 0.9114) and 519 of 605 totals exact.
# 2026.11.29 with extractor 2026.11.43 on the 228 (holdout21 in-sample since 2026-12-03, a twelfth
# session; scored blind once: F1 0.862, P 0.960, R 0.783, 31 of 45 totals, with 2026.11.28 +
# 2026.11.42 and with this pair): F1 0.9458 (P 0.9864, R 0.9085) and 519 of 605 totals exact.
# 2026.11.29 with extractor 2026.11.43 on the 218 (2026-12-03, an eleventh session): F1 0.9511
# (P 0.9882, R 0.9167) and 488 of 560 totals exact.
# 2026.11.28 with extractor 2026.11.42 on the 218 (holdout20 in-sample since 2026-12-03, an
# eleventh session; scored blind once: F1 0.843, P 0.973, R 0.743, 22 of 36 totals, with 2026.11.27
# + 2026.11.41 and with this pair): F1 0.9471 (P 0.9881, R 0.9094) and 486 of 560 totals exact.
# 2026.11.28 with extractor 2026.11.42 on the 208 (2026-12-03, a tenth session): F1 0.9543
# (P 0.9893, R 0.9218) and 464 of 524 totals exact.
# 2026.11.27 with extractor 2026.11.41 on the 208 (holdout19 in-sample since 2026-12-03, a tenth
# session; scored blind once: F1 0.904, P 0.990, R 0.832, 28 of 38 totals, with 2026.11.26 +
# 2026.11.40 and with this pair): F1 0.9505 (P 0.9900, R 0.9140) and 464 of 524 totals exact.
# 2026.11.27 with extractor 2026.11.41 on the 198 (2026-12-03, a ninth session): F1 0.9535
# (P 0.9900, R 0.9195) and 436 of 486 totals exact.
# 2026.11.26 with extractor 2026.11.40 on the 198 (holdout18 in-sample since 2026-12-03, a ninth
# session; scored blind once: F1 0.972, P 0.994, R 0.952, 30 of 36 totals, with 2026.11.25 +
# 2026.11.39 and with this pair): F1 0.9530 (P 0.9900, R 0.9187) and 430 of 486 totals exact.
# 2026.11.26 with extractor 2026.11.40 on the 188 (2026-12-03, an eighth session): F1 0.9517
# (P 0.9897, R 0.9165) and 400 of 450 totals exact.
# 2026.11.25 with extractor 2026.11.39 on the 188 (holdout17 in-sample since 2026-12-03, an eighth
# session; scored blind once: F1 0.877 with 2026.11.24 + 2026.11.38, 0.892 with this pair): F1
# 0.9504 (P 0.9892, R 0.9145) and 396 of 450 totals exact.
# 2026.11.25 with extractor 2026.11.39 on the 178 (2026-12-03, a seventh session): F1 0.9558
# (P 0.9899, R 0.9239) and 368 of 415 totals exact.
# 2026.11.24 with extractor 2026.11.38 on the 178 (holdout16 in-sample since 2026-12-03, a seventh
# session; scored blind once: F1 0.896 with 2026.11.22 + 2026.11.36, 0.901 with this pair): F1
# 0.9499 (P 0.9885, R 0.9142) and 363 of 415 totals exact.
# 2026.11.24 with extractor 2026.11.38 on the 168 (2026-12-03, a sixth session; totals by donor
# compare the labels' 'CEB' and 'Europe' by the extractor's names): F1 0.9540 (P 0.9888,
# R 0.9217) and 336 of 385 totals exact; 2026.11.23 with 2026.11.37: F1 0.9508 (P 0.9883,
# R 0.9160), 332.
# 2026.11.22 with extractor 2026.11.36 on the 168 (holdout15 in-sample since 2026-12-02, a fifth
# session): F1 0.9452 (P 0.9858, R 0.9078) and 330 of 385 totals exact.
# 2026.11.21 with extractor 2026.11.35 on the 158 (holdout14 in-sample since 2026-12-02, a fourth
# session): F1 0.9488 (P 0.9893, R 0.9116) and 302 of 355 totals exact. With that session's
# reconciler and extractor passes (more currencies, their rates, the recipient a sum is given to):
# F1 0.9520 (P 0.9890, R 0.9176) and 306 of 355; the one join precision lost is the Taiwan dollar's
# rate, kept since every currency read needs one.
# 2026.11.21 with extractor 2026.11.35 on the 148: F1 0.9536 (P 0.9910, R 0.9190) and 277 of 324
# totals exact.
# Exact shares of two precisions one only within a week, in two reports (2026.11.21): on the 148
# F1 0.9533 (P 0.9910, R 0.9184) and 274 of 324 totals exact.
# 2026.11.20 with the extractor of the donor, category and settled-cases passes on the 148: F1
# 0.9531 (P 0.9905, R 0.9184) and 274 of 324 totals exact (two totals lost to the extractor's
# new readings, recall up).
# A part given alone first, then as a part of its whole in a later report of the week, is that
# part (totals pass; its kind of aid compared as in a join): on the 148 F1 0.9520 (P 0.9901,
# R 0.9167) and 276 of 324 totals exact (same giver group only: F1 0.9510, R 0.9148, 275).
# The recall pass (one package told by its money and by its purpose; the very figure said "about"
# in one report; a claim's kind the one most of its reports read; a sum in a country's own
# currency is its own) with extractor 2026.11.34 on the 148: F1 0.9501 (P 0.9901, R 0.9132)
# and 274 of 324 totals exact.
# 2026.11.18 with extractor 2026.11.34 on the 148 (holdout13 in-sample since 2026-12-02, a later
# session): F1 0.9452 (P 0.9901, R 0.9042) and 274 of 324 totals exact.
# 2026.11.18 with extractor 2026.11.33 on the 138 (holdout12 in-sample since 2026-12-02): F1
# 0.9489 (P 0.9896, R 0.9114) and 251 of 295 totals exact.
# 2026.11.18 with extractor 2026.11.33 scores F1 0.9516 (P 0.9915, R 0.9148) and 229 of 265.
# 2026.11.18 with main's extractor 2026.11.32 scores F1 0.9504 (P 0.9910, R 0.9129) and 228 of
# 265 totals exact on the 128 (2026.11.17 with it: F1 0.9475, P 0.9910, R 0.9077, 227).
# 2026.11.17 with extractor 2026.11.27 scores F1 0.9366 (P 0.9918, R 0.8872) and 224 of 265
# totals exact on the 128 (with main's extractor 2026.11.31: F1 0.9469, P 0.9909, R 0.9066, 227).
# 2026.11.16 with extractor 2026.11.27 scores F1 0.9265 (P 0.9868, R 0.8732) and 220 of 265
# totals exact on the 128 (holdout11, scored blind once: F1 0.841, P 0.966, R 0.745, 20 of 32);
# with the German and French words of extractor 2026.11.31: F1 0.936 (P 0.985, R 0.891), 223.
# 2026.11.16 with extractor 2026.11.23 scores F1 0.9352 (P 0.9891, R 0.8869) and 200 of 233
# totals exact on the 118 (holdout10: F1 0.882, P 0.974, R 0.806, 17 of 26).
# 2026.11.15 with extractor 2026.11.23 scores F1 0.9324 (P 0.9885, R 0.8824) and 200 of 233
# totals exact on the 118 (holdout10, scored blind once: F1 0.867, P 0.974, R 0.781, 17 of 26).
# On dev to holdout9: F1 0.9412 (P 0.9906, R 0.8965) and 183 of 207 totals exact
# (holdout9, scored blind once: F1 0.921, P 0.978, R 0.870, 16 of 20).
# On dev to holdout8 alone: F1 0.9439 (P 0.9923, R 0.9001), 167 of 187 (2026.11.14: F1 0.9428,
# 167 totals; 2026.11.12: F1 0.9416, 161 totals; 2026.11.11: F1 0.9366, 160 totals).
_CLUSTERS = Path(__file__).resolve().parent / "clusters" / "clusters.jsonl"
_IN_SAMPLE = next(splits for name, _, splits in CLUSTER_SETS if name == "dev")


def test_the_in_sample_clusters_stay_above_their_floor() -> None:
    clusters = [cluster for split in _IN_SAMPLE for cluster in load_clusters(_CLUSTERS, split)]
    result = score(clusters, _CLUSTERS.parent)
    text = format_score("in-sample", result, details=True)
    assert result.clusters == 238
    assert result.precision >= 0.984, text
    assert result.recall >= 0.907, text
    assert result.f1 >= 0.944, text
    assert result.totals_exact >= 547, text


def test_a_total_labelled_humanitarian_is_humanitarian_aid() -> None:
    # the labels of holdout5 and holdout6 name the category "humanitarian"
    assert _group("humanitarian") == _group("humanitarian_aid") == "humanitarian_aid"
    assert _group("security_aid") == "military"
