"""what_to_show(): the plan against the ledger. Pure; the rules that keep reminders from going missing."""

from datetime import UTC, datetime, timedelta

from pacer.delivery import CHECK_IN_STALE, MAX_SHOW_ATTEMPTS, ON_TIME, RETRY_AFTER, what_to_show
from pacer.ledger import LedgerRow
from pacer.plan import Reminder

T0 = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
M = timedelta(minutes=1)


def r(kind, minutes, key=None, final=False):
    at = T0 + minutes * M
    return Reminder(key=key or f"1:{kind}:{minutes}", at=at, kind=kind, due=at, final=final)


def test_nothing_due_before_its_time():
    plan = [r("checkpoint", 10), r("daily", 20)]
    assert what_to_show(plan, {}, T0 + 9 * M, quiet_now=False).empty


def test_on_time_reminders_are_shown():
    plan = [r("checkpoint", 10), r("daily", 20)]
    decision = what_to_show(plan, {}, T0 + 20 * M, quiet_now=False)
    assert [x.key for x in decision.show] == ["1:checkpoint:10", "1:daily:20"]
    assert decision.catch_up is None and not decision.skip


def test_what_the_ledger_holds_is_never_shown_again():
    plan = [r("checkpoint", 10), r("daily", 20)]
    ledger = {x.key: LedgerRow("shown", 1, T0) for x in plan}
    assert what_to_show(plan, ledger, T0 + 30 * M, quiet_now=False).empty
    ledger = {x.key: LedgerRow("sending", 1, T0) for x in plan}  # crashed mid-send: at most once
    assert what_to_show(plan, ledger, T0 + 30 * M, quiet_now=False).empty


def test_a_late_checkpoint_is_still_shown_however_late():
    plan = [r("checkpoint", 10)]
    decision = what_to_show(plan, {}, T0 + timedelta(days=40), quiet_now=False)
    assert [x.key for x in decision.show] == ["1:checkpoint:10"]


def test_a_due_checkpoint_waits_out_quiet_hours_and_so_does_its_retry():
    cp = r("checkpoint", 10)
    quiet = what_to_show([cp], {}, T0 + timedelta(hours=5), quiet_now=True)
    assert quiet.empty  # not shown, and not skipped either: still due
    assert what_to_show([cp], {}, T0 + timedelta(hours=9), quiet_now=False).show == [cp]
    failed = {cp.key: LedgerRow("failed", 1, T0 + 10 * M)}
    assert what_to_show([cp], failed, T0 + timedelta(hours=5), quiet_now=True).empty
    assert what_to_show([cp], failed, T0 + timedelta(hours=9), quiet_now=False).retry == [cp]
    check_in = r("check-in", 10)  # asked for by the person, 20 minutes ago: not held back
    assert what_to_show([check_in], {}, T0 + 11 * M, quiet_now=True).show == [check_in]


def test_a_checkpoint_answered_before_it_could_be_shown_is_never_shown():
    cp, later = r("checkpoint", 10), r("checkpoint", 600)
    answered = what_to_show([cp, later], {}, T0 + 700 * M, quiet_now=False, answered_at=T0 + 30 * M)
    assert answered.skip == [cp] and answered.show == [later]
    failed = {cp.key: LedgerRow("failed", 1, T0 + 10 * M)}
    assert what_to_show([cp], failed, T0 + 700 * M, quiet_now=False, answered_at=T0 + 30 * M).empty  # no retry either
    early = what_to_show([cp], {}, T0 + 700 * M, quiet_now=False, answered_at=T0 + 5 * M)  # decided early: still asked
    assert early.show == [cp]


def test_missed_daily_reminders_fold_into_one_catch_up():
    plan = [r("daily", m) for m in (10, 20, 30, 40)]
    now = T0 + 40 * M + ON_TIME + M
    decision = what_to_show(plan, {}, now, quiet_now=False)
    assert decision.catch_up.key == "1:daily:40"
    assert [x.key for x in decision.skip] == ["1:daily:10", "1:daily:20", "1:daily:30"]
    assert not decision.show


def test_no_catch_up_when_a_checkpoint_speaks_or_in_quiet_hours():
    plan = [r("daily", 10), r("checkpoint", 15), r("daily", 20)]
    now = T0 + timedelta(hours=3)
    decision = what_to_show(plan, {}, now, quiet_now=False)
    assert [x.kind for x in decision.show] == ["checkpoint"]
    assert decision.catch_up is None and len(decision.skip) == 2
    decision = what_to_show([r("daily", 10)], {}, now, quiet_now=True)
    assert decision.catch_up is None and len(decision.skip) == 1


def test_no_catch_up_next_to_an_on_time_reminder():
    plan = [r("daily", 10), r("daily", 200)]
    decision = what_to_show(plan, {}, T0 + 200 * M, quiet_now=False)
    assert [x.key for x in decision.show] == ["1:daily:200"]
    assert decision.catch_up is None and [x.key for x in decision.skip] == ["1:daily:10"]


def test_failed_checkpoints_are_retried_a_few_times_with_backoff():
    cp = r("checkpoint", 10)
    failed_at = T0 + 10 * M
    ledger = {cp.key: LedgerRow("failed", 1, failed_at)}
    assert what_to_show([cp], ledger, failed_at + RETRY_AFTER - M, quiet_now=False).empty
    assert what_to_show([cp], ledger, failed_at + RETRY_AFTER, quiet_now=False).retry == [cp]
    ledger = {cp.key: LedgerRow("failed", 2, failed_at)}
    assert what_to_show([cp], ledger, failed_at + RETRY_AFTER, quiet_now=False).empty  # backs off
    ledger = {cp.key: LedgerRow("failed", MAX_SHOW_ATTEMPTS, failed_at)}
    assert what_to_show([cp], ledger, failed_at + timedelta(days=1), quiet_now=False).empty
    daily = r("daily", 10)
    assert what_to_show([daily], {daily.key: LedgerRow("failed", 1, failed_at)}, failed_at + timedelta(days=1), quiet_now=False).empty


def test_stale_check_ins_are_skipped():
    check_in = r("check-in", 10)
    assert what_to_show([check_in], {}, T0 + 11 * M, quiet_now=False).show == [check_in]
    late = what_to_show([check_in], {}, T0 + 10 * M + CHECK_IN_STALE + M, quiet_now=False)
    assert late.skip == [check_in] and not late.show


def test_instants_not_wall_clocks_across_a_dst_fold():
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    first = datetime(2026, 10, 25, 2, 30, tzinfo=berlin)  # fold=0: 00:30 UTC
    reminder = Reminder(key="1:daily:x", at=first, kind="daily", due=first)
    second_0240 = datetime(2026, 10, 25, 2, 40, fold=1, tzinfo=berlin)  # 01:40 UTC: 70 minutes later
    decision = what_to_show([reminder], {}, second_0240, quiet_now=False)
    assert decision.catch_up == reminder and not decision.show  # 70 minutes late, not 10
