"""pacer.paths: where pacer keeps things, decided without pathlib or platformdirs on Linux's plain case."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs
import pytest

from pacer import paths
from pacer.dbfile import file_uri
from pacer.paths import APP, Paths, resolve, xdg_paths

linux = pytest.mark.skipif(sys.platform != "linux", reason="the XDG places are computed on Linux only")
XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")


def _platformdirs() -> Paths:
    return Paths(
        data_dir=platformdirs.user_data_dir(APP, appauthor=False),
        config_dir=platformdirs.user_config_dir(APP, appauthor=False),
        log_dir=platformdirs.user_log_dir(APP, appauthor=False),
    )


def _environment(monkeypatch, home: str | None, **xdg: str) -> None:
    monkeypatch.delenv("PACER_HOME", raising=False)
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    for name in XDG:
        if name in xdg:
            monkeypatch.setenv(name, xdg[name])
        else:
            monkeypatch.delenv(name, raising=False)


@linux
@pytest.mark.parametrize("home, xdg", [
    ("/home/sam", {}),
    ("/home/sam/", {}),
    ("/", {}),
    ("/home/sam", {"XDG_DATA_HOME": "/data", "XDG_CONFIG_HOME": "/conf/", "XDG_STATE_HOME": "/st"}),
    ("/home/sam", {"XDG_DATA_HOME": "", "XDG_CONFIG_HOME": "  ", "XDG_STATE_HOME": "/var/tmp/state"}),
    ("/home/a b", {"XDG_CONFIG_HOME": "/home/a b/.cfg"}),
])
def test_the_xdg_places_are_the_ones_platformdirs_gives(monkeypatch, home, xdg):
    _environment(monkeypatch, home, **xdg)
    assert xdg_paths(os.environ) is not None  # computed here, not handed to platformdirs
    assert resolve() == _platformdirs()


@linux
@pytest.mark.parametrize("home, xdg", [
    ("relative/home", {}),
    ("", {}),
    (None, {}),
    ("/home/sam", {"XDG_DATA_HOME": "relative/data"}),
    ("/home/sam", {"XDG_STATE_HOME": " /leading-space"}),
])
def test_what_is_not_plain_is_left_to_platformdirs(monkeypatch, home, xdg):
    _environment(monkeypatch, home, **xdg)
    assert xdg_paths(os.environ) is None
    try:
        expected = _platformdirs()
    except RuntimeError:  # platformdirs finds no home at all: neither does pacer
        with pytest.raises(RuntimeError):
            resolve()
        return
    assert resolve() == expected


def test_pacer_home_holds_everything_and_is_absolute(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PACER_HOME", "here")
    found = resolve()
    assert found == Paths(str(tmp_path / "here"), str(tmp_path / "here"), str(tmp_path / "here" / "logs"))
    assert found.db == str(tmp_path / "here" / "pacer.db")
    assert found.logs[:3] == tuple(str(tmp_path / "here" / "logs" / name)
                                   for name in ("daemon.log", "daemon.log.1", "daemon.log.2"))


def test_locations_are_plain_strings(monkeypatch):
    _environment(monkeypatch, "/home/sam")
    found = resolve()
    every = [found.data_dir, found.config_dir, found.log_dir, found.db, found.config, found.config_cache,
             found.user_content, found.log, found.start_log, found.error_log, found.daemon_lock, found.safety_plan,
             found.autostart_offered, paths.shipped("config"), *found.logs]
    assert all(type(location) is str for location in every)


@pytest.mark.parametrize("name", ["pacer.db", "a b/pacer.db", "50%/x?y#z/pacer.db", "ü/~x_.-/pacer.db", "a/../b/pacer.db"])
def test_the_database_uri_is_the_one_pathlib_writes(monkeypatch, tmp_path, name):
    monkeypatch.chdir(tmp_path)
    for path in (str(tmp_path / name), name):
        assert file_uri(path) == Path(path).absolute().as_uri()
