"""The time bound: a page that keeps trafilatura busy becomes a Permanent failure, in any thread.

No timed assertions: the bounds here are short and only the outcome is checked.
"""

import signal
import threading
import time
from pathlib import Path

import pytest

import services.cleaner.clean as clean_module
from services.cleaner.clean import clean
from services.cleaner.deadline import DeadlineExceeded, run_with_deadline
from services.cleaner.htmltext import Extracted
from shared.errors import Permanent

PAGE = (Path(__file__).parents[1] / "fixtures" / "pages" / "nato_article.html").read_bytes()


def busy_forever() -> int:
    """Spins like a pathological page, and swallows Exception like trafilatura's helpers do."""
    while True:
        try:
            time.sleep(0.005)
        except Exception:  # the point of the test
            continue


def stuck_extractor(html: str, *, url: str | None = None) -> Extracted:
    busy_forever()
    raise AssertionError("unreachable")


def test_returns_the_result_in_time() -> None:
    assert run_with_deadline(lambda: 42, 5.0) == 42


def test_zero_means_no_bound() -> None:
    assert run_with_deadline(lambda: "x", 0) == "x"


def test_exceptions_pass_through() -> None:
    def boom() -> None:
        raise ValueError("bad page")

    with pytest.raises(ValueError, match="bad page"):
        run_with_deadline(boom, 5.0)


def test_main_thread_alarm_is_not_swallowed_by_except_exception() -> None:
    assert threading.current_thread() is threading.main_thread()
    handler_before = signal.getsignal(signal.SIGALRM)
    timer_before = signal.getitimer(signal.ITIMER_REAL)  # pytest-timeout may have one armed
    with pytest.raises(DeadlineExceeded):
        run_with_deadline(busy_forever, 0.05)
    assert signal.getsignal(signal.SIGALRM) is handler_before
    if timer_before[0] == 0:
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    else:
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= timer_before[0]


def test_an_outer_timer_is_restored() -> None:
    fired: list[int] = []
    previous_handler = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    previous_timer = signal.setitimer(signal.ITIMER_REAL, 30.0)
    try:
        assert run_with_deadline(lambda: 1, 5.0) == 1
        delay, _interval = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < delay <= 30.0
        assert not fired
    finally:
        signal.signal(signal.SIGALRM, previous_handler)
        signal.setitimer(signal.ITIMER_REAL, *previous_timer)


def test_clean_turns_a_timeout_into_permanent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clean_module, "extract_html", stuck_extractor)
    with pytest.raises(Permanent, match=r"^extraction timed out: ran past 0.05 s$"):
        clean(PAGE, timeout_s=0.05)


def test_clean_in_a_worker_thread_times_out_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clean_module, "extract_html", stuck_extractor)
    outcome: list[BaseException] = []

    def worker() -> None:
        try:
            clean(PAGE, timeout_s=0.05)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(30)
    assert len(outcome) == 1
    assert isinstance(outcome[0], Permanent)
    assert "timed out" in str(outcome[0])


def test_clean_in_a_worker_thread_returns_normally() -> None:
    result: list[str] = []
    thread = threading.Thread(target=lambda: result.append(clean(PAGE).text))
    thread.start()
    thread.join(30)
    assert result
    assert result[0].startswith("NATO member states granted Ukraine more than €50 billion")
