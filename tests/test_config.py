"""Config: defaults, overrides, and one clear line for every problem."""

from pathlib import Path

import pytest

from pacer import config
from pacer.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_ship_every_key_with_a_comment():
    text = Path(config.default_path()).read_text()
    settings = config.load(Path("/nonexistent/config.toml"))
    assert set(settings.values) == set(config.KEYS)
    for key in config.KEYS:
        name = key.split(".")[1]
        line_index = next(i for i, line in enumerate(text.splitlines()) if line.startswith(f"{name} ="))
        above = text.splitlines()[max(0, line_index - 3):line_index]
        assert any(line.startswith("#") for line in above), f"{key} has no comment near it"


def test_user_file_overrides(tmp_path):
    user = write(tmp_path / "config.toml", '[reminders]\ntimes = ["09:00"]\nquiet_hours = []\n')
    settings = config.load(user)
    assert [t.strftime("%H:%M") for t in settings.reminder_times] == ["09:00"]
    assert settings.quiet_hours is None
    assert settings.discreet is True  # untouched keys keep their defaults


@pytest.mark.parametrize(
    "text, fragments",
    [
        ('[reminders]\ntimes = ["25:00"]\n', ["reminders.times", '["25:00"]', "HH:MM"]),
        ('[reminders]\ntimes = "10:00"\n', ["reminders.times", '"10:00"', "list"]),
        ('[reminders]\ntimes = ["10:00", "10:00"]\n', ["reminders.times", "distinct"]),
        ('[reminders]\nquiet_hours = ["22:00"]\n', ["reminders.quiet_hours", "[]"]),
        ('[reminders]\nquiet_hours = ["22:00", "22:00"]\n', ["reminders.quiet_hours"]),
        ('[reminders]\ndiscreet = "yes"\n', ["reminders.discreet", "true or false"]),
        ('[lengths]\nwait = "400d"\n', ["lengths.wait", "365"]),
        ('[lengths]\nwait = 3\n', ["lengths.wait", "3"]),
        ('[checkpoints]\nwait = []\n', ["checkpoints.wait", "non-empty"]),
        ('[checkpoints]\nno_contact = ["3d", "x"]\n', ["checkpoints.no_contact", '"x"']),
        ('[general]\ntimezone = "Mars/Olympus"\n', ["general.timezone", "Mars/Olympus"]),
        ('[general]\ndefault_mode = "ghost"\n', ["general.default_mode", "ghost"]),
        ('[reminders]\ntimez = []\n', ["unknown setting reminders.timez"]),
        ("reminders = 3\n", ["reminders must be a [reminders] table"]),
        ("[reminders\ntimes = 1\n", ["not valid TOML", "line 1"]),
        ('[notifications]\nbackend = "pigeon"\n', ["notifications.backend", "pigeon"]),
    ],
)
def test_bad_user_files_get_one_clear_line(tmp_path, text, fragments):
    user = write(tmp_path / "config.toml", text)
    with pytest.raises(ConfigError) as excinfo:
        config.load(user)
    message = excinfo.value.message
    assert "\n" not in message
    assert str(user) in message
    for fragment in fragments:
        assert fragment in message


def test_not_utf8(tmp_path):
    user = tmp_path / "config.toml"
    user.write_bytes(b"\xff\xfe[reminders]")
    with pytest.raises(ConfigError, match="UTF-8"):
        config.load(user)


def test_missing_defaults_is_its_own_error(tmp_path):
    with pytest.raises(ConfigError, match="missing"):
        config.load(tmp_path / "config.toml", defaults_path=tmp_path / "nope.toml")


def test_set_writes_atomically_with_private_mode(tmp_path):
    user = tmp_path / "cfg" / "config.toml"
    config.set_value(user, "reminders.times", '["09:00", "21:00"]')
    assert (user.stat().st_mode & 0o777) == 0o600
    assert [t.strftime("%H:%M") for t in config.load(user).reminder_times] == ["09:00", "21:00"]
    config.set_value(user, "reminders.discreet", "false")
    settings = config.load(user)
    assert settings.discreet is False and len(settings.reminder_times) == 2
    assert list(user.parent.iterdir()) == [user]  # no temp files left behind


@pytest.mark.parametrize(
    "key, value, fragment",
    [
        ("reminders.timez", "[]", "unknown setting"),
        ("reminders.times", '["9"]', "HH:MM"),
        ("reminders.times", "25:00", "or plainly: 09:00,21:00"),
        ("lengths.wait", "3 dayz", "a duration up to 365 days"),
        ("reminders", "09:00", "a table of settings; set one of them: reminders.times"),
        ("general.default_mode", '"ghost"', "wait"),
    ],
)
def test_set_refuses_without_writing(tmp_path, key, value, fragment):
    user = write(tmp_path / "config.toml", '[reminders]\ntimes = ["08:00"]\n')
    before = user.read_bytes()
    with pytest.raises(ConfigError, match=fragment):
        config.set_value(user, key, value)
    assert user.read_bytes() == before


def test_set_refuses_to_rewrite_a_broken_file(tmp_path):
    user = write(tmp_path / "config.toml", "[reminders\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        config.set_value(user, "reminders.discreet", "false")
    assert user.read_text() == "[reminders\n"


def test_get_prints_toml():
    settings = config.load(Path("/nonexistent/config.toml"))
    assert config.get(settings, "reminders.times") == '["10:00", "20:30"]'
    assert config.get(settings, "reminders.discreet") == "true"
    with pytest.raises(ConfigError):
        config.get(settings, "nope")


def test_every_setting_has_a_plain_form_for_config_set():
    from pacer.config import KEYS
    from pacer.config_input import PLAIN

    assert set(PLAIN) == set(KEYS)
