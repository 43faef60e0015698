"""The words pacer ships, the loader (user overrides, bad files) and the no-repeat picker."""

from __future__ import annotations

import random
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from pacer.domain import MODES
from pacer.errors import PacerError
from pacer.paths import shipped
from pacer.words.library import (
    CATEGORIES,
    GENERAL,
    NOTIFICATION_CATEGORIES,
    NOTIFICATION_TEXT_MAX,
    STAGES,
    ContentError,
    Entry,
    Library,
    is_notification,
    load_library,
    pick,
)
from pacer.words.notices import NO_CHOICES_HINT

SHIPPED = Path(shipped("content"))
MINIMUM = {
    "encouragement": 40, "self_care": 30, "reflection": 15, "urge": 20, "checkpoint": 8,
    "message": 12, "heard_back": 8, "moving_on": 15, "aftercare": 14, "support": 5, "milestone": 14,
}


@pytest.fixture(scope="module")
def library() -> Library:
    lib, problems = load_library(SHIPPED, None)
    assert problems == []
    return lib


def all_entries(lib: Library) -> list[Entry]:
    return [entry for category in CATEGORIES for entry in lib.entries(category)]


def notification_entries(lib: Library) -> list[Entry]:
    return [e for e in all_entries(lib) if is_notification(e.category, e.stage)]


# -- the shipped files -------------------------------------------------------


def test_every_category_has_a_shipped_file_and_nothing_else():
    assert sorted(p.stem for p in SHIPPED.glob("*.toml")) == sorted(CATEGORIES)
    assert set(MINIMUM) == set(CATEGORIES)


@pytest.mark.parametrize("category", CATEGORIES)
def test_shipped_file_schema(category):
    text = (SHIPPED / f"{category}.toml").read_text(encoding="utf-8")
    assert text.startswith("#"), "each file opens with a short comment header"
    data = tomllib.loads(text)
    assert list(data) == ["entry"]
    for raw in data["entry"]:
        assert set(raw) <= {"id", "text", "title", "modes", "situations", "stage", "when"}, raw
        assert raw.get("modes"), f"{raw['id']}: every shipped entry says which modes it suits"
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", raw["id"]), raw["id"]
        assert raw["text"] == raw["text"].strip() and raw["text"]


@pytest.mark.parametrize("mode", MODES)
def test_minimum_counts_hold_per_mode(library, mode):
    """CONTENT.md's minimum in each mode, counting only what any period of the mode may see.

    Without a situation (never said), situation-tagged entries do not fit; words
    for one time of day do not count; heard_back and support count their
    everyday entries (not the "safety" ones shown alongside).
    """
    for category, minimum in MINIMUM.items():
        stage = GENERAL if category in ("urge", "heard_back", "support") else None
        fitting = [e for e in library.entries(category, mode=mode, stage=stage, situation=None) if e.when is None]
        assert len(fitting) >= minimum, (category, mode, len(fitting))
    assert len(library.entries("urge", mode=mode, stage="check-in")) >= 3
    assert len(library.entries("heard_back", mode="no-contact", stage="safety")) >= 2
    assert len(library.entries("support", mode=mode, stage="safety")) >= 2


def test_ids_are_unique_across_all_files():
    ids = [raw["id"] for c in CATEGORIES for raw in tomllib.loads((SHIPPED / f"{c}.toml").read_text())["entry"]]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates


def test_ids_carry_a_category_prefix(library):
    for category in CATEGORIES:
        prefixes = {e.id.split("-")[0] for e in library.entries(category)}
        assert len(prefixes) == 1, (category, prefixes)


def test_no_text_is_repeated(library):
    def norm(text: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", "", text.casefold()).split())

    texts = [norm(e.text) for e in all_entries(library)]
    assert len(set(texts)) == len(texts)
    titles = [e.title for e in notification_entries(library)]
    assert len(set(titles)) == len(titles)


def test_notification_limits(library):
    entries = notification_entries(library)
    assert {e.category for e in entries} == {*NOTIFICATION_CATEGORIES, "urge"} >= {"milestone"}
    for entry in entries:
        assert entry.title, entry.id
        assert len(entry.title) <= 40, entry.id
        assert len(entry.text) <= 180, entry.id
        assert "\n" not in entry.title + entry.text, entry.id


def test_notifications_are_discreet(library):
    for entry in notification_entries(library):
        words = f"{entry.title} {entry.text}".casefold()
        assert not re.search(r"no[\s-]contact", words), entry.id
        assert not re.search(r"\b(ex|breakup|break-up|blocked|dumped)\b", entry.title.casefold()), entry.id


def test_checkpoint_titles_and_where_to_answer(library):
    for entry in library.entries("checkpoint"):
        assert entry.title.startswith("Checkpoint"), entry.id
        # The notice adds how to answer (pacer.words.notices.NO_CHOICES_HINT); the words leave room for it.
        assert "pacer" not in entry.text, entry.id
        assert len(entry.text) + len(NO_CHOICES_HINT) <= NOTIFICATION_TEXT_MAX, entry.id


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("stage", STAGES["checkpoint"])
def test_every_checkpoint_mode_and_stage_has_questions(library, mode, stage):
    found = library.entries("checkpoint", mode=mode, stage=stage)
    assert len(found) >= 2  # so the rotation does not show the same words every time
    assert all(e.stage == stage and (not e.modes or mode in e.modes) for e in found)


@pytest.mark.parametrize("category", [c for c in CATEGORIES if c != "milestone"])
@pytest.mark.parametrize("mode", MODES)
def test_each_mode_has_enough_to_rotate(library, category, mode):
    assert len(library.entries(category, mode=mode)) >= 5


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("stage", STAGES["milestone"])
def test_every_milestone_has_words_in_each_mode(library, mode, stage):
    assert len(library.entries("milestone", mode=mode, stage=stage, situation=None)) >= 2


STREAKS = re.compile(r"streak|in a row|unbroken|don't break|do not break|keep it going|clean|without contact|"
                     r"no[\s-]contact|days? (?:without|free)|chain|reset", re.IGNORECASE)


def test_milestones_are_warm_without_streak_framing(library):
    for entry in library.entries("milestone"):
        assert not STREAKS.search(f"{entry.title} {entry.text}"), entry.id


# -- words by mode and situation ------------------------------------------------

# In no contact the person keeps a distance: nothing may suggest the other person
# could come back, or that anyone sits watching a phone for a reply. (Messages and
# heard_back are exempt: they are about contact by definition.)
COMES_BACK = re.compile(
    r"phone that stays quiet|quiet phone|watching (?:a|the|your) phone|checking again|whether a message|"
    r"a message comes|\breply\b|their (?:answer|return)|hear(?:ing)? from them|when they(?:'re| are) ready|"
    r"if they (?:get in touch|write|reply|answer)|they(?:'ll| will| may| might| could)? come back|still figuring|"
    r"go(?:ne)? quiet|goes quiet|silence|while you wait|waiting",
    re.IGNORECASE,
)
# Waiting for a reply is not a breakup: nothing may say one happened.
BREAKUP = re.compile(r"break-?up|broke up|\bex\b|how (?:it|things) ended|relationship (?:ended|is over)|"
                     r"no[\s-]contact|letting something end|after being blocked|chose this space|"
                     r"space you chose|the distance you", re.IGNORECASE)


@pytest.mark.parametrize("category", [c for c in CATEGORIES if c not in ("message", "heard_back")])
def test_no_contact_words_never_suggest_they_come_back_or_a_phone_to_watch(library, category):
    for entry in library.entries(category, mode="no-contact"):
        if category == "checkpoint" and entry.stage == "after-reach-out":
            continue  # they reached out: asking whether an answer came is the question
        assert not COMES_BACK.search(f"{entry.title or ''} {entry.text}"), (entry.id, entry.text)


@pytest.mark.parametrize("category", CATEGORIES)
def test_wait_words_never_imply_a_breakup(library, category):
    for entry in library.entries(category, mode="wait"):
        assert not BREAKUP.search(f"{entry.title or ''} {entry.text}"), (entry.id, entry.text)


def test_no_contact_heard_back_owes_no_reply_and_asks_no_warmth(library):
    for entry in library.entries("heard_back", mode="no-contact"):
        text = entry.text.casefold()
        assert not re.search(r"(?<!have to )be warm|warm, not cold", text), entry.id
        assert not re.search(r"answering their silence|punish|silence of your own", text), entry.id
    said = " ".join(e.text for e in library.entries("heard_back", mode="no-contact")).casefold()
    assert "don't owe a reply" in said
    assert "safety" in " ".join(e.text for e in library.entries("heard_back", mode="no-contact", stage="safety")).casefold()


def test_situations_fit_their_modes_and_narrow(library):
    tagged = [e for c in CATEGORIES for e in library.entries(c) if e.situations]
    assert {s for e in tagged for s in e.situations} >= {"blocked", "chose", "ignored", "waiting"}
    blocked_only = library.get("reflection", "refl-a-block-is-an-answer")
    assert blocked_only in library.entries("reflection", mode="no-contact", situation="blocked")
    for situation in (None, "chose", "ignored"):
        assert blocked_only not in library.entries("reflection", mode="no-contact", situation=situation)
    assert all(e in library.entries(e.category, situation="blocked") for e in tagged if "blocked" in e.situations)


def test_night_words_only_at_night(library):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    night = [e for e in library.entries("urge") if e.when == "night"]
    assert night, "the late-hours urge words say when they fit"
    for hour, shown in ((23, True), (3, True), (10, False), (19, False)):
        at = datetime(2026, 11, 24, hour, 0, tzinfo=berlin)
        fitting = library.entries("urge", mode="wait", stage=GENERAL, at=at)
        assert all((e in fitting) == shown for e in night), hour
    for entry in all_entries(library):
        if re.search(r"\btonight\b|it's late|middle of the night", entry.text, re.IGNORECASE):
            assert entry.when == "night", entry.id


def test_check_in_notifications_say_how_to_answer(library):
    from pacer.words.notices import CHECK_IN_HINT

    for entry in library.entries("urge", stage="check-in"):
        assert len(entry.text) + len(CHECK_IN_HINT) <= 180, entry.id
    assert "pacer urge --check-in passed" in CHECK_IN_HINT


GENDERED = re.compile(
    r"\b(he|him|his|himself|she|her|hers|herself|boyfriend|girlfriend|husband|wife|bf|gf|"
    r"man|woman|guy|girl)\b",
    re.IGNORECASE,
)
PROMISES = re.compile(
    r"\bthey(?:'ll| will) (?:come back|reply|answer|return|miss you|realise|realize|regret)|"
    r"\b(?:hero instinct|make them jealous|make them miss you|make them chase)",
    re.IGNORECASE,
)


def test_tone_lints(library):
    for entry in all_entries(library):
        words = f"{entry.title or ''} {entry.text}"
        assert not GENDERED.search(words), (entry.id, GENDERED.search(words))
        assert not PROMISES.search(words), entry.id
        assert "!" not in words, entry.id  # calm, not cheerleading
        assert not re.search(r"[{}<>]", words), entry.id  # no placeholders for names


def test_support_points_to_help_without_inventing_numbers(library):
    texts = [e.text for e in library.entries("support")]
    assert any("findahelpline.com" in t for t in texts)
    assert any("local emergency number" in t for t in texts)
    assert not any(re.search(r"\d{3}", t) for t in texts)


# -- message templates -------------------------------------------------------

PRESSURE = (
    "you always", "you never", "if you don't", "if you do not", "last chance", "by tomorrow",
    "or else", "after everything", "tonight", "deadline", "you owe", "you need to", "you have to",
    "must", "why won't you", "why haven't you", "answer me", "final warning", "unless you",
)
DOOR_OPEN = re.compile(
    r"\bI(?:'m| am) here\b|\bopen\b|\bwhenever\b|\bwhen you're ready\b|\bin your own time\b|"
    r"\bhear from you\b|\bif you'd like\b|\bif you ever\b",
    re.IGNORECASE,
)


def test_message_templates_lint(library):
    for entry in library.entries("message"):
        text = entry.text
        assert len(text) <= 280, entry.id
        assert text.count("?") <= 1, entry.id
        assert "!!" not in text and "??" not in text, entry.id
        assert not any(p in text.casefold() for p in PRESSURE), entry.id
        assert re.search(r"\bI(?:'m|'ve|'d|'ll)?\b", text), entry.id
        assert DOOR_OPEN.search(text), entry.id


def test_message_templates_pass_message_check(library):
    message_check = pytest.importorskip("pacer.words.message_check")
    for entry in library.entries("message"):
        assert message_check.check_message(entry.text) == [], entry.id


# -- filtering ---------------------------------------------------------------


def entry(id: str, category: str = "encouragement", **kwargs) -> Entry:
    return Entry(id=id, category=category, text=f"text of {id}", **kwargs)


def test_fits_modes():
    both, wait_only = entry("a"), entry("b", modes=("wait",))
    assert both.fits("wait", None) and both.fits("no-contact", None) and both.fits(None, None)
    assert wait_only.fits("wait", None) and wait_only.fits(None, None)
    assert not wait_only.fits("no-contact", None)


def test_fits_stages():
    general, check_in = entry("u", "urge"), entry("c", "urge", stage="check-in")
    assert general.fits(None, None) and check_in.fits(None, None)  # None = any stage
    assert general.fits(None, GENERAL) and not check_in.fits(None, GENERAL)
    assert check_in.fits(None, "check-in") and not general.fits(None, "check-in")
    early = entry("e", "checkpoint", stage="early")
    assert early.fits("wait", "early") and not early.fits("wait", "final")


def test_message_stage_only_narrows():
    lib = Library({"message": [entry("m-any", "message"), entry("m-final", "message", stage="final")]})
    assert [e.id for e in lib.entries("message", stage="final")] == ["m-any", "m-final"]
    assert [e.id for e in lib.entries("message", stage="early")] == ["m-any"]
    assert [e.id for e in lib.entries("message")] == ["m-any", "m-final"]
    assert [e.id for e in lib.entries("message", stage=GENERAL)] == ["m-any"]


def test_shipped_urge_prompts_and_check_ins_stay_apart(library):
    prompts = library.entries("urge", mode="wait", stage=GENERAL)
    check_ins = library.entries("urge", mode="wait", stage="check-in")
    assert prompts and check_ins
    assert all(e.stage is None for e in prompts) and all(e.stage == "check-in" for e in check_ins)
    assert len(library.entries("urge")) == len(library.entries("urge", stage=GENERAL)) + len(
        library.entries("urge", stage="check-in"))


def test_mode_filtering_on_shipped(library):
    for mode in MODES:
        other = next(m for m in MODES if m != mode)
        found = library.entries("encouragement", mode=mode)
        assert all(mode in e.modes or not e.modes for e in found)
        assert not any(e.modes == (other,) for e in found)
    assert any(e.modes == ("wait",) for e in library.entries("encouragement"))
    assert any(e.modes == ("no-contact",) for e in library.entries("encouragement"))


def test_requests_for_unknown_things_are_bugs(library):
    with pytest.raises(ValueError):
        library.entries("encouragment")
    with pytest.raises(ValueError):
        library.entries("encouragement", mode="nocontact")
    with pytest.raises(ValueError):
        library.entries("checkpoint", stage="erly")


def test_get(library):
    assert library.get("urge", "urge-wave").category == "urge"
    assert library.get("urge", "no-such-id") is None
    assert library.get("self_care", "urge-wave") is None


# -- the no-repeat rotation --------------------------------------------------


def run_rotation(candidates: list[Entry], cycles: int, seed: int) -> list[list[str]]:
    """Pick like the daemon does: forget the candidates' ids when a new cycle starts."""
    rng, shown, rounds = random.Random(seed), set(), []
    for _ in range(cycles * len(candidates)):
        chosen, new_cycle = pick(candidates, shown, rng)
        if new_cycle:
            shown -= {e.id for e in candidates}
        if new_cycle or not rounds:
            rounds.append([])
        shown.add(chosen.id)
        rounds[-1].append(chosen.id)
    return rounds


@pytest.mark.parametrize("seed", range(20))
@pytest.mark.parametrize("size", [1, 2, 7, 13])
def test_every_entry_once_per_cycle(seed, size):
    candidates = [entry(f"enc-{n}") for n in range(size)]
    rounds = run_rotation(candidates, cycles=5, seed=seed)
    assert len(rounds) == 5
    for ids in rounds:
        assert sorted(ids) == sorted(e.id for e in candidates)


def test_rotation_over_shipped_entries(library):
    candidates = library.entries("checkpoint", mode="no-contact", stage="final")
    for ids in run_rotation(candidates, cycles=4, seed=7):
        assert sorted(ids) == sorted(e.id for e in candidates)
    encouragement = library.entries("encouragement", mode="wait")
    for ids in run_rotation(encouragement, cycles=3, seed=1):
        assert sorted(ids) == sorted(e.id for e in encouragement)


def test_pick_ignores_shown_ids_of_other_entries():
    candidates = [entry("a"), entry("b")]
    chosen, new_cycle = pick(candidates, {"a", "zz-other-stage"}, random.Random(0))
    assert (chosen.id, new_cycle) == ("b", False)


def test_pick_is_random_but_reproducible():
    candidates = [entry(f"enc-{n}") for n in range(10)]
    firsts = {pick(candidates, set(), random.Random(seed))[0].id for seed in range(50)}
    assert len(firsts) > 3
    assert pick(candidates, set(), random.Random(3)) == pick(candidates, set(), random.Random(3))


def test_pick_needs_candidates():
    with pytest.raises(ValueError):
        pick([], set(), random.Random(0))


# -- the user's own words ----------------------------------------------------


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_no_user_folder_is_fine(tmp_path, library):
    for user_dir in (None, tmp_path / "does-not-exist"):
        lib, problems = load_library(SHIPPED, user_dir)
        assert problems == []
        assert len(lib.entries("encouragement")) == len(library.entries("encouragement"))


def test_user_entries_override_and_add(tmp_path, library):
    user = tmp_path / "content"
    write(user, "encouragement.toml", '''
# my own words
[[entry]]
id = "enc-one-hour"
title = "My hour"
text = "My own words for this one."

[[entry]]
id = "mine-walk"
title = "A walk"
text = "Walk to the river."
modes = ["wait"]
''')
    write(user, "README.txt", "not content, ignored")
    lib, problems = load_library(SHIPPED, user)
    assert problems == []
    shipped_ids = [e.id for e in library.entries("encouragement")]
    ids = [e.id for e in lib.entries("encouragement")]
    assert ids == shipped_ids + ["mine-walk"]  # an override keeps its place, new ids go last
    assert lib.get("encouragement", "enc-one-hour").text == "My own words for this one."
    assert lib.get("encouragement", "enc-one-hour").title == "My hour"
    assert lib.get("encouragement", "mine-walk") in lib.entries("encouragement", mode="wait")
    assert lib.get("encouragement", "mine-walk") not in lib.entries("encouragement", mode="no-contact")
    assert lib.entries("self_care") == library.entries("self_care")


def test_user_checkpoint_needs_a_stage_and_counts_for_it(tmp_path):
    user = tmp_path / "content"
    write(user, "checkpoint.toml", '[[entry]]\nid = "my-cp"\nstage = "final"\ntitle = "Checkpoint"\ntext = "Mine."\n')
    lib, problems = load_library(SHIPPED, user)
    assert problems == []
    assert lib.get("checkpoint", "my-cp") in lib.entries("checkpoint", mode="wait", stage="final")


LONG = "x" * 181
BAD_FILES = [
    # (file name, content, entry label or None for the whole file, what is wrong)
    ("urge.toml", '[[entry]\nid = "u"\n', None, "not valid TOML"),
    ("urge.toml", 'id = "u"\ntext = "t"\n', None, "unknown key 'id'"),
    ("urge.toml", '[[entry]]\ntext = "no id"\n', "#1", "missing 'id'"),
    ("urge.toml", '[[entry]]\nid = "Urge Mine"\ntext = "t"\n', "Urge Mine", "'id' must be lowercase"),
    ("urge.toml", '[[entry]]\nid = "urge-mine"\n', "urge-mine", "missing 'text'"),
    ("urge.toml", '[[entry]]\nid = "urge-mine"\ntext = 3\n', "urge-mine", "'text' must be non-empty text"),
    ("urge.toml", '[[entry]]\nid = "urge-mine"\ntext = "  "\n', "urge-mine", "'text' must be non-empty text"),
    ("urge.toml", '[[entry]]\nid = "urge-mine"\ntext = "t"\nmodes = "wait"\n', "urge-mine", "'modes' must be"),
    ("urge.toml", '[[entry]]\nid = "urge-mine"\ntext = "t"\nmodes = ["nc"]\n', "urge-mine", "'modes' must be"),
    ("urge.toml", '[[entry]]\nid = "urge-mine"\ntext = "t"\ntitel = "x"\n', "urge-mine", "unknown key 'titel'"),
    ("urge.toml", '[[entry]]\nid = "urge-mine"\ntext = "t"\nstage = "later"\n', "urge-mine", "'stage' must be"),
    ("urge.toml", '[[entry]]\nid = "urge-mine"\ntext = "t"\nstage = "check-in"\n', "urge-mine",
     "missing 'title'"),
    ("self_care.toml", '[[entry]]\nid = "sc-mine"\ntext = "t"\nstage = "early"\n', "sc-mine",
     "self_care entries take no 'stage'"),
    ("checkpoint.toml", '[[entry]]\nid = "cp-mine"\ntitle = "Checkpoint"\ntext = "t"\n', "cp-mine",
     "missing 'stage'"),
    ("encouragement.toml", '[[entry]]\nid = "enc-mine"\ntext = "t"\n', "enc-mine", "missing 'title'"),
    ("encouragement.toml", f'[[entry]]\nid = "enc-mine"\ntitle = "t"\ntext = "{LONG}"\n', "enc-mine",
     "'text' is 181 characters; at most 180 here"),
    ("aftercare.toml", f'[[entry]]\nid = "after-mine"\ntitle = "{"t" * 41}"\ntext = "t"\n', "after-mine",
     "'title' is 41 characters"),
    ("message.toml", f'[[entry]]\nid = "msg-mine"\ntext = "{"m" * 281}"\n', "msg-mine", "at most 280"),
    ("encouragment.toml", '[[entry]]\nid = "enc-mine"\ntitle = "t"\ntext = "t"\n', None,
     "unknown category 'encouragment'"),
    ("urge.toml", '[[entry]]\nid = "urge-mine"\ntext = "a"\n[[entry]]\nid = "urge-mine"\ntext = "b"\n',
     "urge-mine", "the same id appears twice"),
    ("urge.toml", '[[entry]]\nid = "urge-good"\ntext = "fine"\n[[entry]]\nid = "urge-bad"\n', "urge-bad",
     "missing 'text'"),
    ("urge.toml", 'entry = ["not a table"]\n', "#1", "must be an [[entry]] table"),
]


@pytest.mark.parametrize(("name", "content", "label", "what"), BAD_FILES)
def test_a_bad_user_file_is_skipped_whole_with_one_clear_line(tmp_path, library, name, content, label, what):
    user = tmp_path / "content"
    path = write(user, name, content)
    lib, problems = load_library(SHIPPED, user)
    assert len(problems) == 1
    prefix = f"{path}: entry '{label}': " if label else f"{path}: "
    assert problems[0].startswith(prefix), problems[0]
    assert what in problems[0]
    assert problems[0].endswith("this file is skipped")
    for category in CATEGORIES:  # pacer's own words, untouched
        assert lib.entries(category) == library.entries(category)


def test_exact_problem_line(tmp_path):
    path = write(tmp_path / "c", "encouragement.toml", f'[[entry]]\nid = "enc-x"\ntitle = "t"\ntext = "{LONG}"\n')
    _, problems = load_library(SHIPPED, tmp_path / "c")
    assert problems == [f"{path}: entry 'enc-x': 'text' is 181 characters; at most 180 here; this file is skipped"]


def test_good_user_files_load_beside_a_bad_one(tmp_path):
    user = tmp_path / "content"
    write(user, "self_care.toml", '[[entry]]\nid = "sc-mine"\ntitle = "Mine"\ntext = "Drink water."\n')
    write(user, "urge.toml", "[[entry]\n")
    lib, problems = load_library(SHIPPED, user)
    assert len(problems) == 1 and "urge.toml" in problems[0]
    assert lib.get("self_care", "sc-mine") is not None


def test_user_folder_that_is_a_file(tmp_path):
    path = write(tmp_path, "content", "oops")
    lib, problems = load_library(SHIPPED, path)
    assert len(problems) == 1 and problems[0].startswith(f"{path}: ")
    assert lib.entries("support")


# -- pacer's own files are checked strictly ----------------------------------


@pytest.fixture
def shipped_copy(tmp_path) -> Path:
    return Path(shutil.copytree(SHIPPED, tmp_path / "shipped"))


def test_content_error_is_a_pacer_error():
    assert issubclass(ContentError, PacerError)


def test_bad_shipped_file_raises_naming_file_and_entry(shipped_copy):
    path = shipped_copy / "aftercare.toml"
    path.write_text(path.read_text() + '\n[[entry]]\nid = "after-extra"\ntext = "no title"\n')
    with pytest.raises(ContentError) as caught:
        load_library(shipped_copy, None)
    assert caught.value.message == f"{path}: entry 'after-extra': missing 'title' (it is shown as a notification)"


def test_missing_shipped_file_raises(shipped_copy):
    (shipped_copy / "support.toml").unlink()
    with pytest.raises(ContentError, match=r"support\.toml: missing"):
        load_library(shipped_copy, None)


def test_shipped_id_used_in_two_files_raises(shipped_copy):
    path = shipped_copy / "support.toml"
    path.write_text(path.read_text() + '\n[[entry]]\nid = "urge-wave"\ntext = "again"\n')
    with pytest.raises(ContentError, match="urge-wave"):
        load_library(shipped_copy, None)


def test_shipped_syntax_error_raises(shipped_copy):
    (shipped_copy / "reflection.toml").write_text("[[entry]\n")
    with pytest.raises(ContentError, match="not valid TOML"):
        load_library(shipped_copy, None)
