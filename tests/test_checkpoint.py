"""checkpoint, move-on, heard-back, check-message through the CLI: the flow, "once", refusals."""

from __future__ import annotations

import json
import math

from freezegun import freeze_time

from pacer.commands import checkpoint as core
from pacer.env import load_env
from pacer.store import Store
from tests.cli_helpers import run, status_json

START = "2026-11-23 18:00:00"  # 19:00 in Berlin; no-contact 14d: checkpoints day 3, 7, 14
DAY4 = "2026-11-27 10:00:00"  # the day-3 checkpoint (26 Nov 19:00) is due and unanswered
KIND_MESSAGE = "I hope you're okay. I'm here whenever you'd like to talk."



def start(*args: str) -> None:
    with freeze_time(START):
        # At a terminal (the tty fixture) start asks for the situation and a reason: neither said.
        result = run("start", *(args or ("14d", "--mode", "no-contact")), input="\n\n")
        assert result.exit_code == 0, result.output


def events(kind: str | None = None) -> list[dict]:
    """Every event of the newest period, through the public history JSON."""
    periods = json.loads(run("history", "--json").stdout)["periods"]
    found = periods[0]["events"] if periods else []
    return [e for e in found if kind is None or e["kind"] == kind]


def last_period() -> dict:
    return json.loads(run("history", "--json").stdout)["periods"][0]


# -- the checkpoint and pending ------------------------------------------------


def test_a_decision_clears_the_pending_checkpoint():
    start()
    with freeze_time(DAY4):
        assert status_json()["pending_checkpoint"] is True
        assert "waiting for you: `pacer checkpoint`" in run("status").stdout
        result = run("checkpoint", "--choice", "wait")
        assert result.exit_code == 0, result.output
        assert "Keep going: noted." in result.stdout
        assert "The next checkpoint is Mon 30 Nov 19:00 (in 3 days)." in result.stdout
        assert status_json()["pending_checkpoint"] is False
    assert [(e["kind"], e["choice"], e["stage"]) for e in events()] == [("decision", "wait", "early")]
    with freeze_time("2026-12-01 10:00:00"):  # the day-7 checkpoint is new, so pending again
        assert status_json()["pending_checkpoint"] is True


def test_interactive_checkpoint_shows_summary_reflection_support_and_menu(tty):
    start()
    with freeze_time(DAY4):
        run("note", "a calm evening")
        result = run("checkpoint", input="1\n")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Checkpoint · no-contact · day 4 of 14\n3 days so far · 0 urges · 1 note\n")
    # No contact: keep going first, then move on, then reach out once; "I heard back" whenever it can be said.
    assert "  1  Keep going\n  2  Move on\n  3  Reach out once\n  4  I heard back\n" in out
    env = load_env()
    with Store.open(env.paths) as store:  # one reflection and one support entry, remembered as shown
        assert len(store.shown_entries("reflection")) == 1
        assert len(store.shown_entries("support")) == 1
    assert events("decision")[0]["choice"] == "wait"


def test_checkpoint_without_a_terminal_or_choice_is_refused_and_records_nothing():
    start()
    with freeze_time(DAY4):
        result = run("checkpoint")
        assert result.exit_code == 2
        assert result.stderr == (
            "Error: a checkpoint needs your answer: run `pacer checkpoint` in a terminal, "
            "or add --choice wait|move-on|reach-out|heard-back\n"
        )
        assert result.stdout == ""
        result = run("checkpoint", "--choice", "reach-out")
        assert result.exit_code == 2 and "needs the message: add --message TEXT" in result.stderr
        result = run("checkpoint", "--choice", "maybe")
        assert result.exit_code == 2
        assert result.stderr == "Error: unknown choice 'maybe'; choose one of: reach-out, wait, move-on, heard-back\n"
        result = run("checkpoint", "--choice", "wait", "--message", "hello")
        assert result.exit_code == 2 and "a message goes with the choice reach-out" in result.stderr
        result = run("checkpoint", "--choice", "move-on")
        assert result.exit_code == 2 and "add --yes" in result.stderr
        result = run("checkpoint", "--choice", "reach-out", "--message", "   ")
        assert result.exit_code == 2 and result.stderr == "Error: the message is empty; write a few words\n"
        assert status_json()["pending_checkpoint"] is True
    assert events() == []


def test_checkpoint_without_a_period():
    result = run("checkpoint", "--choice", "wait")
    assert result.exit_code == 1
    assert result.stderr == "Error: there is no active period; `pacer start` begins one\n"


# -- reach out once ------------------------------------------------------------


def test_reach_out_once_then_refused_then_anyway():
    start()
    with freeze_time(DAY4):
        result = run("checkpoint", "--choice", "reach-out", "--message", KIND_MESSAGE)
        assert result.exit_code == 0, result.output
        assert "Recorded: you reached out once." in result.stdout
        assert "pacer never sends anything" in result.stdout
        assert "It reads short and calm." in result.stdout
        view = status_json()
        assert view["reached_out_at"] == "2026-11-27T11:00:00+01:00"
        assert view["pending_checkpoint"] is False
        assert view["last_contact_at"] == "2026-11-27T11:00:00+01:00"

    with freeze_time("2026-11-28 10:00:00"):
        result = run("checkpoint", "--choice", "reach-out", "--message", "me again")
        assert result.exit_code == 1
        assert result.stderr == (
            "Error: you already reached out once in this period (Fri 27 Nov, 11:00). One message, then give them "
            "space: the next step is theirs. If you are sure, --anyway records a second message as such\n"
        )
        assert len(events("reach-out")) == 1
        result = run("checkpoint", "--choice", "reach-out", "--message", "me again", "--anyway")
        assert result.exit_code == 0, result.output
        assert "Recorded as a second message." in result.stdout
    reach_outs = events("reach-out")
    assert [(e["text"], e["anyway"]) for e in reach_outs] == [(KIND_MESSAGE, False), ("me again", True)]
    assert reach_outs[1]["stage"] == "after-reach-out"


def test_the_menu_after_a_reach_out_is_the_reply_window(tty):
    start()
    with freeze_time(DAY4):
        assert run("checkpoint", "--choice", "reach-out", "--message", KIND_MESSAGE, "--yes").exit_code == 0
    with freeze_time("2026-12-01 10:00:00"):
        prepared = core.prepare(load_env())
        assert prepared.stage == core.AFTER_REACH_OUT
        assert prepared.menu == ("wait", "move-on", "heard-back")
        assert prepared.reflection is None
        result = run("checkpoint", input="1\n")
    assert result.exit_code == 0, result.output
    assert "You reached out Fri 27 Nov 11:00; now the reply window" in result.stdout
    assert "  1  Keep going\n  2  Move on\n  3  I heard back\n" in result.stdout
    assert "Reach out once" not in result.stdout
    assert [e["stage"] for e in events("decision")] == ["early", "after-reach-out"]


def test_stages():
    start()
    with freeze_time(DAY4):
        assert core.prepare(load_env()).stage == core.EARLY
    with freeze_time("2026-12-08 10:00:00"):  # the period is complete
        prepared = core.prepare(load_env())
        assert prepared.stage == core.FINAL and prepared.menu == ("wait", "move-on", "reach-out", "heard-back")
        assert prepared.reflection is None


# -- no checkpoint left: a follow-up, so pacer asks again -----------------------

AFTER_END = "2026-12-08 10:00:00"  # the 14-day period ended on 7 Dec at 19:00 (Berlin)


def test_reaching_out_at_the_final_checkpoint_opens_a_reply_window_with_a_checkpoint():
    start()
    with freeze_time(AFTER_END):
        result = run("checkpoint", "--choice", "reach-out", "--message", KIND_MESSAGE, "--yes")
        assert result.exit_code == 0, result.output
        assert "No checkpoint was left, so the period now runs until Fri 11 Dec, 11:00" in result.stdout
        assert "The next checkpoint, Fri 11 Dec 11:00 (in 3 days), asks whether you heard back." in result.stdout
        view = status_json()
        assert view["days_total"] == 18 and view["pending_checkpoint"] is False
        assert view["next_checkpoint"] == {"at": "2026-12-11T11:00:00+01:00", "day": 18}
    with freeze_time("2026-12-11 10:00:01"):  # due: pending, and the question is the reply window's
        assert status_json()["pending_checkpoint"] is True
        prepared = core.prepare(load_env())
        assert prepared.stage == core.AFTER_REACH_OUT
        assert prepared.menu == ("wait", "move-on", "heard-back")
    assert [e.get("length_s") for e in events("decision")] == [18 * 86400 - 8 * 3600]


def test_keep_waiting_after_the_end_adds_a_checkpoint_and_stores_nothing_more(tmp_path):
    start("10d", "--mode", "no-contact", "--checkpoints", "3d,7d")
    for n, moment in enumerate(("2026-12-04 10:00:00", "2026-12-08 10:00:00", "2026-12-12 10:00:00"), start=1):
        with freeze_time(moment):
            result = run("checkpoint", "--choice", "wait")
            assert result.exit_code == 0, result.output
            assert "No checkpoint was left" in result.stdout
    with Store.open(load_env().paths) as store:
        period = store.active_period()
    # The old ends, answered, are no longer checkpoints: a year of follow-ups stores nothing more.
    assert [o.days for o in period.checkpoints] == [3, 7]
    assert period.checkpoint_offsets[-1] == period.length
    export = tmp_path / "export.json"
    assert run("export", "--format", "json", "-o", str(export)).exit_code == 0
    restored = run("import", str(export), "--replace", "--yes")
    assert restored.exit_code == 0, restored.output
    assert status_json()["days_total"] == math.ceil(period.length.total_seconds() / 86400)


def test_keep_waiting_with_checkpoints_ahead_changes_nothing_about_the_period():
    start()
    with freeze_time(DAY4):
        assert run("checkpoint", "--choice", "wait").exit_code == 0
        assert status_json()["days_total"] == 14
    assert "length_s" not in events("decision")[0]


def test_the_follow_up_length_is_a_setting():
    start()
    assert run("config", "set", "checkpoints.follow_up", '"12h"').exit_code == 0
    with freeze_time(AFTER_END):
        result = run("checkpoint", "--choice", "wait")
        assert "The next checkpoint is today 23:00." in result.stdout


def test_no_follow_up_past_a_year():
    with freeze_time(START):
        assert run("start", "365d", "--mode", "no-contact").exit_code == 0
    with freeze_time("2027-11-24 10:00:00"):
        result = run("checkpoint", "--choice", "wait")
        assert result.exit_code == 0, result.output
        assert "as long as pacer holds one (a year)" in result.stdout
        assert status_json()["days_total"] == 365


def test_interactive_reach_out_from_a_template(tty):
    start()
    with freeze_time(DAY4):
        # 3 = reach out once, y = still want to, 1 = first template, k = keep it, y = record
        result = run("checkpoint", input="3\ny\n1\nk\ny\n")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Messages that fit" in out and "Write my own here" in out
    assert "reaching out is usually kept for the end" in out  # no-contact, early
    recorded = events("reach-out")
    assert len(recorded) == 1
    assert recorded[0]["text"] in " ".join(out.split())  # exactly the template shown (wrapped)
    with Store.open(load_env().paths) as store:
        assert len(store.shown_entries("message")) == 3


def test_interactive_own_message_is_checked_and_changed(tty, monkeypatch):
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    start()
    with freeze_time(DAY4):
        # 3 = reach out, y = still want to, 4 = write my own here (3 templates + own + editor), an ultimatum,
        # e = change it (on the line: CliRunner reads the whole new line), a kind one, k = keep, y = record
        result = run("checkpoint", input=f"3\ny\n4\nAnswer me by tonight or we're done!!!\ne\n{KIND_MESSAGE}\nk\ny\n")
    assert result.exit_code == 0, result.output
    assert "A few gentle thoughts before you send it" in result.stdout
    assert [e["text"] for e in events("reach-out")] == [KIND_MESSAGE]


def test_interactive_reach_out_through_the_editor(tty, monkeypatch):
    monkeypatch.setattr("click.edit", lambda text="", **kw: "I miss talking with you. I'm here when you're ready.\n")
    start()
    with freeze_time(DAY4):
        result = run("checkpoint", input="3\ny\n5\nk\ny\n")
    assert result.exit_code == 0, result.output
    assert [e["text"] for e in events("reach-out")] == ["I miss talking with you. I'm here when you're ready."]


def test_declining_or_cancelling_records_nothing(tty):
    start()
    with freeze_time(DAY4):
        result = run("checkpoint", input="3\ny\n1\nk\nn\n")
        assert result.exit_code == 0 and "Nothing recorded" in result.stdout
        result = run("checkpoint", input="3\ny\n1\nc\n")
        assert result.exit_code == 0 and "Nothing recorded" in result.stdout
        result = run("checkpoint", input="3\nn\n")  # not after all, at the word of caution
        assert result.exit_code == 0 and "Keeping the space you chose is a choice too." in result.stdout
        assert "Messages that fit" not in result.stdout
        result = run("checkpoint", input="2\nn\n")
        assert result.exit_code == 0 and "Nothing changed; the period goes on" in result.stdout
        assert status_json()["pending_checkpoint"] is True
        result = run("checkpoint", input="")  # end of input at the menu: aborted, nothing recorded
        assert result.exit_code == 1
    assert events() == []
    with Store.open(load_env().paths) as store:  # what was never recorded was never "shown" either
        assert store.shown_entries("message") == set()


# -- move on -----------------------------------------------------------------


def test_move_on_ends_the_period_and_plans_aftercare(tty):
    start()
    with freeze_time(DAY4):
        result = run("checkpoint", input="2\ny\n")
    assert result.exit_code == 0, result.output
    assert "You chose to move on." in result.stdout
    assert "one gentle note a day (the first tomorrow 10:00)" in result.stdout
    period = last_period()
    assert period["outcome"] == "moved-on" and period["ended_at"] == "2026-11-27T11:00:00+01:00"
    assert [e["choice"] for e in period["events"]] == ["move-on"]
    from pacer.session import period_plan

    env = load_env()
    with Store.open(env.paths) as store:
        ended = store.last_period()
        aftercare = [r for r in period_plan(store, ended, env) if r.kind == "aftercare"]
    assert len(aftercare) == 7
    assert status_json()["active"] is False


def test_move_on_command():
    start()
    with freeze_time(DAY4):
        result = run("move-on")
        assert result.exit_code == 2 and result.stderr == "Error: moving on ends the period and needs confirmation: add --yes\n"
        assert status_json()["active"] is True
        result = run("move-on", "--yes")
        assert result.exit_code == 0, result.output
        assert "Letting go is not failing." in result.stdout
    assert last_period()["outcome"] == "moved-on"
    assert run("move-on", "--yes").exit_code == 1  # nothing left to move on from


# -- heard back ----------------------------------------------------------------


def test_heard_back_in_wait_mode_ends_the_period():
    start("2d", "--mode", "wait", "--checkpoints", "12h")
    with freeze_time("2026-11-24 10:00:00"):
        result = run("heard-back")
        assert result.exit_code == 2 and "--yes ends the period as heard back, --keep-going keeps it" in result.stderr
        result = run("heard-back", "--note", "a short, friendly reply", "--yes")
    assert result.exit_code == 0, result.output
    assert "take a breath first" in result.stdout
    assert "The period has ended" in result.stdout
    period = last_period()
    assert period["outcome"] == "heard-back"
    assert [(e["kind"], e["text"], e["end"]) for e in period["events"]] == [("heard-back", "a short, friendly reply", True)]


def test_heard_back_in_no_contact_asks_and_can_keep_going(tty):
    start()
    with freeze_time(DAY4):
        result = run("heard-back", input="\n")  # the default in no-contact: keep going
        assert result.exit_code == 0, result.output
        assert "(No keeps it going) [y/N]" in result.stdout
        assert "Your period goes on" in result.stdout
        assert status_json()["active"] is True
        assert status_json()["pending_checkpoint"] is True  # heard-back alone answers no checkpoint
        result = run("heard-back", input="y\ny\n")  # recorded once already: asked first, then to end
    assert result.exit_code == 0 and last_period()["outcome"] == "heard-back"
    assert [e["end"] for e in events("heard-back")] == [False, True]


def test_heard_back_in_no_contact_without_a_terminal_keeps_going():
    start()
    with freeze_time(DAY4):
        result = run("heard-back", "--keep-going")
        assert result.exit_code == 0 and status_json()["active"] is True
        assert run("heard-back", "--yes", "--keep-going").exit_code == 2


def test_heard_back_at_a_checkpoint_after_reaching_out(tty):
    start("2d", "--mode", "wait", "--checkpoints", "12h")
    with freeze_time("2026-11-24 08:00:00"):
        assert run("checkpoint", "--choice", "reach-out", "--message", KIND_MESSAGE, "--yes").exit_code == 0
    with freeze_time("2026-11-24 20:00:00"):
        result = run("checkpoint", input="1\n\n")  # 1 = heard back; Enter = end (the default in wait mode)
    assert result.exit_code == 0, result.output
    assert "as heard back? [Y/n]" in result.stdout
    period = last_period()
    assert period["outcome"] == "heard-back"
    assert [e["kind"] for e in period["events"]] == ["decision", "reach-out", "decision", "heard-back"]


# -- check-message -------------------------------------------------------------


def test_check_message_json_and_exit_codes():
    result = run("check-message", KIND_MESSAGE, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"ok": True, "findings": []}
    result = run("check-message", "Answer me by tonight or we're done!!!", "--json")
    assert result.exit_code == 0
    view = json.loads(result.stdout)
    assert view["ok"] is False
    assert {"ultimatum", "shouting"} <= {f["code"] for f in view["findings"]}
    assert all(set(f) == {"code", "message", "span"} and f["message"] for f in view["findings"])  # span: added, never removed
    result = run("check-message", "-", input="WHY WON'T YOU ANSWER???")
    assert result.exit_code == 0 and "A few gentle thoughts" in result.stdout
    assert "short and calm" in run("check-message", "-", input=KIND_MESSAGE + "\n").stdout
    for empty in ("", "  \n"):
        result = run("check-message", empty)
        assert result.exit_code == 2 and result.stderr == "Error: the message is empty; write a few words\n"
    assert run("check-message", "-", input="").exit_code == 2
    assert run("check-message", "x" * 500_000).exit_code == 2
