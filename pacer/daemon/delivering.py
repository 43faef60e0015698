"""Delivering what is due: one reminder claimed in the ledger, then shown; a part of the Service.

A checkpoint goes out with its choices where the server has them
(pacer.daemon.choices), else plainly through the notifier; a daily reminder
also says a checkpoint is still waiting, at most once a day.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pacer.daemon import choices as on_screen
from pacer.daemon.notify import Notifier, send_with_timeout
from pacer.delivery import what_to_show
from pacer.domain import DeliveryStatus, EventKind, ReminderKind
from pacer.env import Env
from pacer.errors import PacerError
from pacer.paths import shipped
from pacer.period import Period
from pacer.plan import Reminder, in_quiet, pending_checkpoint
from pacer.store import Store
from pacer.text import printable
from pacer.words.library import LibraryCache
from pacer.words.notices import MENTION, category_and_stage, choose, fixed_notice, notice

log = logging.getLogger("pacer.daemon")


class _NotClaimed(Exception):
    """The ledger already holds this key."""


@dataclass
class _Context:
    """What every delivery of one period in one sync shares."""

    store: Store
    env: Env
    period: Period
    reached_out: bool
    library: Any
    waiting: bool  # a checkpoint was shown and waits for its answer


@dataclass
class SyncResult:
    shown: int = 0
    failed: int = 0
    skipped: int = 0
    scheduled: int = 0


class Delivering:
    """The delivering half of pacer.daemon.service.Service."""

    _rng: random.Random
    _send_timeout: float
    _library: LibraryCache  # the words, parsed again only when a words file changes (not at every reminder)

    @property
    def notifier(self) -> Notifier:
        raise NotImplementedError

    def desk(self, env: Env) -> on_screen.Desk | None:
        raise NotImplementedError

    def _deliver(self, env: Env, period: Period, plan: list[Reminder], result: SyncResult) -> None:
        with Store.open(env.paths) as store:
            with store.transaction(write=False):
                ledger = store.ledger(period.stored_id)
                answer = store.last_event(period.stored_id, EventKind.DECISION)
            to_show = what_to_show(plan, ledger, env.now, quiet_now=in_quiet(env.now, env.settings.quiet_hours),
                              answered_at=answer.at if answer else None)
            if to_show.empty:
                return
            if to_show.skip:
                with store.transaction():
                    for reminder in to_show.skip:
                        store.skip_delivery(reminder.key, period.stored_id, reminder.kind, reminder.due, env.now)
                result.skipped += len(to_show.skip)
                log.info("folded %d missed reminder(s) into at most one note", len(to_show.skip))
            library, problems = self._library.load(Path(shipped("content")), Path(env.paths.user_content))
            for problem in problems if self._library.fresh else ():  # said once, not at every reminder
                log.warning("content: %s", problem)
            reached_out = store.first_event(period.stored_id, EventKind.REACH_OUT) is not None
            waiting = pending_checkpoint(plan, answer.at if answer else None, env.now)
            context = _Context(store, env, period, reached_out, library, waiting)
            batch = [(r, False, False) for r in to_show.show] + [(r, False, True) for r in to_show.retry]
            if to_show.catch_up is not None:
                batch.append((to_show.catch_up, True, False))
            for reminder, catch_up, is_retry in batch:
                try:
                    self._deliver_one(context, reminder, catch_up, is_retry, result)
                except _NotClaimed:
                    pass  # another daemon instance or an earlier run has it

    def _deliver_one(self, context: _Context, reminder: Reminder, catch_up: bool, is_retry: bool,
                     result: SyncResult) -> None:
        store, env, period = context.store, context.env, context.period
        desk = self.desk(env) if reminder.kind == ReminderKind.CHECKPOINT else None
        choices = desk is not None and desk.usable()
        with store.transaction():
            fixed = fixed_notice(reminder)
            category, stage = category_and_stage(reminder, context.reached_out) if fixed is None else ("", None)
            mention = reminder.kind == ReminderKind.DAILY and context.waiting and not self._mentioned_today(store, env, period)
            if fixed is not None:
                title, body = fixed
            else:
                entry = choose(store, context.library, category, mode=period.mode, stage=stage, rng=self._rng, now=env.now,
                               situation=period.situation, at=reminder.at.astimezone(env.zone))
                title, body = notice(reminder, entry, catch_up=catch_up, period=period, discreet=env.settings.discreet,
                                     choices=choices, mention=mention)
            # Claim before showing: a crash after this commit loses at most this one
            # notification, and it can never be shown twice.
            if is_retry:
                claimed = store.claim_retry(reminder.key, env.now)
            else:
                claimed = store.claim_delivery(reminder.key, period.stored_id, reminder.kind, reminder.due, env.now, title)
            if not claimed:
                raise _NotClaimed  # rolls the rotation back too
            if mention and body.endswith(MENTION):  # it fitted: said today
                store.mark_mentioned(reminder.key)
        status, error = DeliveryStatus.SHOWN, None
        try:
            if choices and desk is not None:
                choices = self._show_with_choices(desk, context, reminder, title, body, stage)
            else:
                send_with_timeout(self.notifier, title, body, self._send_timeout)
        except PacerError as failure:  # NotificationFailed, or e.g. an unusable backend
            status, error = DeliveryStatus.FAILED, failure.message
            log.warning("could not show %s: %s", reminder.key, error)
        except Exception as failure:  # a backend's own bug must not leave the key half-sent
            status, error = DeliveryStatus.FAILED, f"{type(failure).__name__}: {failure}"
            log.exception("could not show %s", reminder.key)
        with store.transaction():
            store.finish_delivery(reminder.key, status, printable(error) if error else None)
        if status == DeliveryStatus.SHOWN:
            result.shown += 1
            log.info("shown %s%s%s", reminder.key, " (catch-up)" if catch_up else "", " with its choices" if choices else "")
        else:
            result.failed += 1

    def _show_with_choices(self, desk: on_screen.Desk, context: _Context, reminder: Reminder, title: str, body: str,
                           stage: str | None) -> bool:
        """Through the listener, so the answer comes back here; if that fails, plainly, with the command named."""
        from pacer.daemon.dbus_notify import NotifyError
        from pacer.words.notices import checkpoint_body

        try:
            on_screen.show_checkpoint(desk, context.store, reminder.key, context.period.stored_id, title, body,
                                      mode=context.period.mode, stage=stage)
        except NotifyError as failure:
            log.warning("could not show %s with its choices (%s); showing it plainly", reminder.key, failure.message)
            send_with_timeout(self.notifier, title, checkpoint_body(body, choices=False), self._send_timeout)
            return False
        return True

    @staticmethod
    def _mentioned_today(store: Store, env: Env, period: Period) -> bool:
        today = env.now.astimezone(env.zone).date()
        return any(at.astimezone(env.zone).date() == today for at in store.mentioned_at(period.stored_id))
