"""Working-time maths: hand-computed spans, rests, weekly rest and averages, plus properties."""

from __future__ import annotations

from datetime import time
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ccgov.workforce.working_time import (
    DAY,
    WEEK,
    Cycle,
    RotaProblem,
    Shift,
    average_weekly_working,
    clock,
    clock_minutes,
    days_over,
    duration,
    fortnightly_rest,
    off_periods,
    opt_out_status,
    required_break,
    resolve_rota,
    rests_between_shifts,
    shift_span,
    shifts_from_patterns,
    weekly_rest,
    weekly_working,
)


def hm(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def shift(id_: str, start: str, end: str, unpaid: int = 30, paid: int = 0) -> Shift:
    return Shift(id_, hm(start), hm(end), unpaid, paid)


EARLY = shift("EARLY", "08:00", "16:30", 30, 20)
LATE = shift("LATE", "11:30", "20:00", 30, 20)
LATE22 = shift("LATE22", "14:00", "22:00")
EARLY7 = shift("EARLY7", "07:00", "15:00")
NIGHT = shift("NIGHT", "22:00", "06:00")
DAWN = shift("DAWN", "05:00", "13:00")
SHIFTS = {s.id: s for s in (EARLY, LATE, LATE22, EARLY7, NIGHT, DAWN)}

WEEKLY_REST = 35 * 60
FORTNIGHT_SINGLE = 59 * 60


def cycle(*weeks: list[str], shifts: dict[str, Shift] | None = None) -> Cycle:
    resolved, problems = resolve_rota([list(w) for w in weeks], shifts or SHIFTS)
    assert not problems and resolved is not None
    return resolved


# --- shifts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "span"),
    [
        ("08:00", "16:30", 510),
        ("22:00", "06:00", 480),   # overnight: end before start adds a day
        ("09:00", "09:00", 1440),  # end equal to start: a full 24 hours
        ("00:00", "00:00", 1440),
        ("23:59", "00:00", 1),
        ("00:00", "23:59", 1439),
    ],
)
def test_shift_span(start: str, end: str, span: int) -> None:
    assert shift_span(hm(start), hm(end)) == span


def test_daily_working_time_is_span_less_unpaid_break() -> None:
    assert EARLY.span == 510 and EARLY.working == 480
    assert NIGHT.working == 450
    assert EARLY.longest_break == 30
    # Data errors never make working time negative or longer than the shift.
    assert shift("X", "08:00", "09:00", unpaid=90).working == 0
    assert shift("X", "08:00", "09:00", unpaid=-30).working == 60
    assert Shift("X", 0, 60, -5, -5).longest_break == 0


def test_shifts_from_patterns_reads_clock_times() -> None:
    class Pattern:
        id = "EARLY"
        start = time(8, 0)
        end = time(16, 30)
        unpaid_break_minutes = 30
        paid_break_minutes = 20

    assert shifts_from_patterns([Pattern()]) == {"EARLY": EARLY}
    assert clock_minutes(time(17, 45)) == 1065


@pytest.mark.parametrize(
    ("working", "young", "needed"),
    [
        (360, False, 0),   # exactly 6 h: no break due (the law says "more than six hours")
        (361, False, 20),
        (480, False, 20),
        (270, True, 0),    # exactly 4.5 h for an under-18
        (271, True, 30),
        (480, True, 30),
        (200, True, 0),
    ],
)
def test_required_break(working: int, young: bool, needed: int) -> None:
    assert required_break(working, young=young) == needed


# --- resolving a rota ------------------------------------------------------------------


def test_resolve_rota_reads_off_in_any_case_and_ids_exactly() -> None:
    resolved, problems = resolve_rota([["EARLY", "Off", "OFF", "off ", "LATE", "off", "early"]], SHIFTS)
    assert resolved is None
    assert problems == [RotaProblem("unknown-shift", 0, 6, "early")]


def test_resolve_rota_reports_every_problem() -> None:
    resolved, problems = resolve_rota([["EARLY"] * 6, ["NIGHTS", *["off"] * 6]], SHIFTS)
    assert resolved is None
    assert problems == [
        RotaProblem("week-length", 0, None, "6"),
        RotaProblem("unknown-shift", 1, 0, "NIGHTS"),
    ]


def test_resolve_rota_without_weeks_has_no_cycle_and_no_problem() -> None:
    assert resolve_rota([], SHIFTS) == (None, [])


def test_absolute_times_count_from_the_first_monday() -> None:
    c = cycle(["off"] * 7, ["off", "NIGHT", *["off"] * 5])
    (day,) = c.working_days
    assert (day.week, day.day, day.index) == (1, 1, 8)
    assert day.start == 8 * DAY + hm("22:00")
    assert day.end == 9 * DAY + hm("06:00")
    assert c.weeks == 2 and c.length == 2 * WEEK


# --- rest between shifts ----------------------------------------------------------------


def rest_minutes(c: Cycle) -> list[int]:
    return [r.minutes for r in rests_between_shifts(c)]


def test_late_then_early_gives_nine_hours() -> None:
    c = cycle(["off", "LATE22", "EARLY7", "off", "off", "off", "off"])
    first, wrap = rests_between_shifts(c)
    assert (first.before.day, first.after.day, first.minutes, first.wraps) == (1, 2, 9 * 60, False)
    # Wednesday 15:00 round to next Tuesday 14:00.
    assert (wrap.minutes, wrap.wraps) == (6 * DAY - 60, True)


def test_overnight_shifts_rest_from_their_real_end() -> None:
    # NIGHT ends 06:00 the next day; the next NIGHT starts 22:00: 16 h, not 22:00 + 24 h - 06:00.
    assert rest_minutes(cycle(["NIGHT", "NIGHT", *["off"] * 5]))[0] == 16 * 60


def test_overlapping_shifts_give_negative_rest() -> None:
    assert rest_minutes(cycle(["NIGHT", "DAWN", *["off"] * 5]))[0] == -60


def test_rest_spans_days_off() -> None:
    # LATE22 on Friday ends 22:00; EARLY7 on Monday starts 07:00 (the cycle wraps): 57 h.
    c = cycle(["EARLY7", "off", "off", "off", "LATE22", "off", "off"])
    # Monday 15:00 to Friday 14:00 is 95 h.
    assert rest_minutes(c) == [95 * 60, 57 * 60]


def test_wrap_from_last_week_sunday_to_first_week_monday() -> None:
    c = cycle(["EARLY7", *["off"] * 6], [*["off"] * 6, "LATE22"])
    (forward, wrap) = rests_between_shifts(c)
    assert (wrap.before.week, wrap.before.day, wrap.after.week, wrap.after.day) == (1, 6, 0, 0)
    assert wrap.minutes == 9 * 60 and wrap.wraps
    assert forward.minutes == 13 * DAY - 8 * 60 + 7 * 60


def test_single_shift_rests_until_itself_next_cycle() -> None:
    c = cycle(["off", "off", "EARLY", "off", "off", "off", "off"])
    assert rest_minutes(c) == [WEEK - EARLY.span]


def test_no_shift_no_rest() -> None:
    assert rests_between_shifts(cycle(["off"] * 7)) == []


def test_off_periods_include_the_edges_and_skip_overlaps() -> None:
    c = cycle(["NIGHT", "DAWN", *["off"] * 5])
    periods = off_periods(c, range(1))
    # DAWN ends Tuesday 13:00, next NIGHT starts Monday 22:00 of the next repetition.
    assert (DAY + hm("13:00"), WEEK + hm("22:00")) in periods
    assert all(b > a for a, b in periods)
    assert off_periods(cycle(["off"] * 7), range(1)) == []


# --- weekly rest -------------------------------------------------------------------------


def oks(results: list) -> list[bool]:
    return [r.ok for r in results]


def test_two_days_off_gives_weekly_rest() -> None:
    c = cycle(["EARLY", "EARLY", "LATE", "LATE", "EARLY", "off", "off"])
    (week,) = weekly_rest(c, WEEKLY_REST)
    # Friday 16:30 to Monday 08:00.
    assert week.ok and week.longest == 63 * 60 + 30


def test_every_day_worked_has_no_weekly_rest() -> None:
    (week,) = weekly_rest(cycle(["EARLY"] * 7), WEEKLY_REST)
    assert not week.ok and week.longest == 15 * 60 + 30
    assert oks(fortnightly_rest(cycle(["EARLY"] * 7), WEEKLY_REST, FORTNIGHT_SINGLE)) == [False]


def test_the_example_rotas_pass() -> None:
    rota_a = cycle(["EARLY", "EARLY", "LATE", "LATE", "EARLY", "off", "off"],
                   ["LATE", "LATE", "EARLY", "EARLY", "off", "EARLY", "off"])
    assert [(w.ok, w.longest) for w in weekly_rest(rota_a, WEEKLY_REST)] == [(True, 67 * 60), (True, 2370)]
    rota_b = cycle(["LATE", "EARLY", "EARLY", "off", "LATE", "LATE", "off"])
    assert oks(weekly_rest(rota_b, WEEKLY_REST)) == [True]


def test_fortnight_alternative_with_one_long_rest() -> None:
    # Week 2 has three days off at the end (Thursday 16:30 to Monday 08:00 = 87 h 30 min);
    # week 1 has none, so reg 11(1) fails for week 1 but reg 11(2) holds.
    c = cycle(["EARLY"] * 7, ["EARLY"] * 4 + ["off"] * 3)
    assert oks(weekly_rest(c, WEEKLY_REST)) == [False, True]
    assert [(f.week, f.ok) for f in fortnightly_rest(c, WEEKLY_REST, FORTNIGHT_SINGLE)] == [(0, True)]


def test_fortnight_alternative_with_two_rests() -> None:
    # Rests of 39 h 30 min on Thursday to Saturday of week 2 and Saturday to Monday of week 2.
    c = cycle(["EARLY"] * 7, ["EARLY", "EARLY", "EARLY", "off", "EARLY", "off", "EARLY"])
    assert not all(oks(weekly_rest(c, WEEKLY_REST)))
    assert oks(fortnightly_rest(c, WEEKLY_REST, FORTNIGHT_SINGLE)) == [True]


def test_odd_cycle_is_unrolled_twice_for_fortnights() -> None:
    # Fortnights of the unrolled 6 weeks: (1, 2), (3, 1), (2, 3). Only (3, 1) has no rest.
    c = cycle(["EARLY"] * 7, ["EARLY"] * 4 + ["off"] * 3, ["EARLY"] * 7)
    assert [(f.week, f.ok) for f in fortnightly_rest(c, WEEKLY_REST, FORTNIGHT_SINGLE)] == [
        (0, True), (2, False), (4, True)
    ]


def test_rest_running_at_monday_counts_from_monday_for_an_all_off_week() -> None:
    c = cycle(["EARLY", "EARLY", "EARLY", "EARLY", "EARLY", "off", "off"], ["off"] * 7)
    assert oks(weekly_rest(c, WEEKLY_REST)) == [True, True]


def test_one_rest_is_not_counted_for_two_weeks() -> None:
    # SUN ends Sunday 12:00 of week 1; MID starts Tuesday 11:00 of week 2: 47 h off in one
    # piece, enough for one 35 h weekly rest but not for both weeks.
    sun, mid = shift("SUN", "04:00", "12:00"), shift("MID", "11:00", "19:00")
    shifts = {**SHIFTS, "SUN": sun, "MID": mid}
    c = cycle(["EARLY"] * 6 + ["SUN"], ["off", "MID", *["EARLY"] * 5], shifts=shifts)
    first, second = weekly_rest(c, WEEKLY_REST)
    assert first.ok and first.longest == 47 * 60
    # What is left after week 1's 35 h (Sunday 12:00 to Monday 23:00) is 12 h, to Tuesday
    # 11:00; the longest rest week 2 has is the 15 h 30 min between its EARLY shifts.
    assert not second.ok and second.longest == 15 * 60 + 30


def test_each_week_has_its_own_rest_across_the_boundary() -> None:
    # Monday off and Tuesday from 11:00 every week: Monday 00:00 to Tuesday 11:00 is 35 h in
    # each week even though the off period began on the Sunday before.
    sun, mid = shift("SUN", "04:00", "12:00"), shift("MID", "11:00", "19:00")
    c = cycle(["off", "MID", "MID", "MID", "MID", "MID", "SUN"], shifts={"SUN": sun, "MID": mid})
    assert oks(weekly_rest(c, WEEKLY_REST)) == [True]


def test_young_workers_need_48_hours() -> None:
    rota_b = cycle(["LATE", "EARLY", "EARLY", "off", "LATE", "LATE", "off"])
    (week,) = weekly_rest(rota_b, 48 * 60)
    assert not week.ok and week.longest == 43 * 60
    assert oks(weekly_rest(cycle(["EARLY"] * 5 + ["off", "off"]), 48 * 60)) == [True]


def test_a_rota_without_shifts_always_rests() -> None:
    assert oks(weekly_rest(cycle(["off"] * 7), WEEKLY_REST)) == [True]


# --- hours -----------------------------------------------------------------------------------


def test_weekly_and_average_working_time() -> None:
    c = cycle(["EARLY"] * 5 + ["off"] * 2, ["EARLY"] * 6 + ["off"])
    assert weekly_working(c) == [2400, 2880]
    assert average_weekly_working(c) == 2640


def test_average_is_exact() -> None:
    odd = shift("ODD", "08:00", "16:31")
    c = cycle(["EARLY"] * 5 + ["off"] * 2, ["ODD"] + ["EARLY"] * 4 + ["off"] * 2,
              shifts={**SHIFTS, "ODD": odd})
    assert average_weekly_working(c) == Fraction(4801, 2)


def test_overnight_shift_counts_in_the_week_it_starts() -> None:
    c = cycle(["off"] * 6 + ["NIGHT"], ["off"] * 7)
    assert weekly_working(c) == [450, 0]


def test_days_over_a_daily_limit() -> None:
    long = shift("LONG", "08:00", "17:00")  # 8 h 30 min of work
    c = cycle(["LONG", "EARLY", "LONG", *["off"] * 4], shifts={**SHIFTS, "LONG": long})
    assert [(d.week, d.day) for d in days_over(c, 8 * 60)] == [(0, 0), (0, 2)]


@pytest.mark.parametrize(
    ("average", "staff", "opted_out", "status"),
    [
        (48 * 60, 10, 0, "within-limit"),
        (48 * 60 + 1, 10, 0, "none-opted-out"),
        (48 * 60 + 1, 10, 4, "some-opted-out"),
        (48 * 60 + 1, 10, 10, "all-opted-out"),
        (48 * 60 + 1, 10, 12, "all-opted-out"),
        (48 * 60 + 1, None, 3, "some-opted-out"),
        (48 * 60 + 1, None, -1, "none-opted-out"),
    ],
)
def test_opt_out_status(average: int, staff: int | None, opted_out: int, status: str) -> None:
    assert opt_out_status(Fraction(average), 48 * 60, staff, opted_out) == status


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(540, "9 h"), (570, "9 h 30 min"), (45, "45 min"), (0, "0 min"), (-60, "-1 h"),
     (Fraction(4801, 2), "40 h 0.5 min"), (Fraction(8641, 3), "about 48 h 0.3 min"),
     (Fraction(-3, 2), "-1.5 min")],
)
def test_duration(minutes: int | Fraction, text: str) -> None:
    assert duration(minutes) == text


def test_clock_of_an_absolute_minute() -> None:
    assert clock(9 * DAY + hm("06:05")) == "06:05"


# --- properties ------------------------------------------------------------------------------

minutes_of_day = st.integers(min_value=0, max_value=DAY - 1)
shift_st = st.builds(lambda s, e, b: Shift("S", s, e, b, 0), minutes_of_day, minutes_of_day,
                     st.integers(min_value=0, max_value=120))


@given(minutes_of_day, minutes_of_day)
def test_span_is_within_a_day_and_lands_on_the_end(start: int, end: int) -> None:
    span = shift_span(start, end)
    assert 0 < span <= DAY
    assert (start + span) % DAY == end


def rota_st() -> st.SearchStrategy[tuple[dict[str, Shift], list[list[str]]]]:
    pool = st.lists(shift_st, min_size=1, max_size=3).map(
        lambda items: {f"S{i}": Shift(f"S{i}", s.start, s.end, s.unpaid_break, 0)
                       for i, s in enumerate(items)}
    )
    return pool.flatmap(lambda shifts: st.tuples(
        st.just(shifts),
        st.lists(st.lists(st.sampled_from([*shifts, "off"]), min_size=7, max_size=7), min_size=1, max_size=3),
    ))


@given(rota_st())
def test_rests_and_spans_fill_the_cycle(rota: tuple[dict[str, Shift], list[list[str]]]) -> None:
    shifts, weeks = rota
    c = cycle(*weeks, shifts=shifts)
    spans = sum(d.shift.span for d in c.working_days if d.shift)
    if c.working_days:
        assert sum(rest_minutes(c)) + spans == c.length


@given(rota_st(), st.integers(min_value=1, max_value=2))
def test_rotating_the_cycle_by_whole_weeks_keeps_rests_and_hours(
    rota: tuple[dict[str, Shift], list[list[str]]], turn: int
) -> None:
    shifts, weeks = rota
    turned = weeks[turn % len(weeks):] + weeks[:turn % len(weeks)]
    a, b = cycle(*weeks, shifts=shifts), cycle(*turned, shifts=shifts)
    assert sorted(rest_minutes(a)) == sorted(rest_minutes(b))
    assert average_weekly_working(a) == average_weekly_working(b)
    assert average_weekly_working(a) * a.weeks == sum(d.shift.working for d in a.working_days if d.shift)


@given(rota_st())
def test_off_periods_never_overlap_a_shift(rota: tuple[dict[str, Shift], list[list[str]]]) -> None:
    shifts, weeks = rota
    c = cycle(*weeks, shifts=shifts)
    busy = [(d.start + r * c.length, d.end + r * c.length) for r in range(-1, 3) for d in c.working_days]
    for begin, finish in off_periods(c, range(2)):
        assert finish > begin
        assert all(finish <= s or begin >= e for s, e in busy)


@given(rota_st())
def test_long_weekend_off_means_weekly_rest(rota: tuple[dict[str, Shift], list[list[str]]]) -> None:
    shifts, weeks = rota
    # Friday to Sunday off every week: Thursday's shift ends by Friday 24:00 at the latest, so
    # at least 48 h of rest start inside the week, before Monday's shift.
    weeks = [[*week[:4], "off", "off", "off"] for week in weeks]
    c = cycle(*weeks, shifts=shifts)
    assert all(oks(weekly_rest(c, WEEKLY_REST)))
    assert all(oks(fortnightly_rest(c, WEEKLY_REST, FORTNIGHT_SINGLE)))
