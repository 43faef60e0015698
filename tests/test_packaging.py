"""What a release carries: the sdist and the wheel built as `python -m build` does.

The wheel must hold pacer's settings and words, the licence and full metadata,
and nothing from tests/. Runs in a few seconds (the build sets up its own
isolated environment with hatchling). Without `build` (part of the test extra)
it is skipped, except under CI, where it fails.
"""

from __future__ import annotations

import email.parser
import importlib.util
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DIST_NAME = "pacer-companion"  # the command and the import package stay `pacer`
VERSION = re.search(r'^__version__ = "([^"]+)"$', (ROOT / "pacer" / "__init__.py").read_text(), re.M).group(1)
DIST_INFO = f"pacer_companion-{VERSION}.dist-info"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _cannot(reason: str) -> None:
    if _in_ci():
        pytest.fail(f"{reason}; CI must check the release build", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    spec = importlib.util.find_spec("build")
    if spec is None or spec.origin is None:
        _cannot("the `build` package is not installed (pip install build, or the test extra: pip install '.[test]')")
    out = tmp_path_factory.mktemp("dist")
    # The sdist first, then the wheel from the unpacked sdist: so the sdist too
    # must carry everything the wheel needs.
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                          cwd=out, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        _cannot(f"python -m build failed (no access to the package index for hatchling?): "
                f"{(done.stdout + done.stderr)[-1500:]}")
    return out


def _one(dist: Path, pattern: str) -> Path:
    found = sorted(dist.glob(pattern))
    assert len(found) == 1, f"expected one {pattern} in {dist}, found {[p.name for p in found]}"
    return found[0]


@pytest.fixture(scope="module")
def wheel(dist) -> zipfile.ZipFile:
    with zipfile.ZipFile(_one(dist, "*.whl")) as whl:
        yield whl


def test_the_files_are_named_after_the_distribution_and_version(dist):
    assert _one(dist, "*.whl").name == f"pacer_companion-{VERSION}-py3-none-any.whl"
    assert _one(dist, "*.tar.gz").name == f"pacer_companion-{VERSION}.tar.gz"


def test_the_wheel_carries_settings_words_and_licence_and_no_tests(wheel):
    names = set(wheel.namelist())
    assert "pacer/_data/config/default.toml" in names
    shipped = {n.removeprefix("pacer/_data/content/") for n in names if n.startswith("pacer/_data/content/")}
    assert shipped == {p.name for p in (ROOT / "content").glob("*.toml")}
    assert {"pacer/__init__.py", "pacer/launch.py", "pacer/__main__.py"} <= names
    assert wheel.read(f"{DIST_INFO}/licenses/LICENSE").decode() == (ROOT / "LICENSE").read_text()
    assert not [n for n in names if n.startswith("tests/") or "/tests/" in n], "tests/ must stay out of the wheel"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    top = {n.split("/", 1)[0] for n in names}
    assert top == {"pacer", DIST_INFO}, f"unexpected top-level entries: {top}"


def test_the_wheel_metadata(wheel):
    meta = email.parser.Parser().parsestr(wheel.read(f"{DIST_INFO}/METADATA").decode())
    assert meta["Name"] == DIST_NAME
    assert meta["Version"] == VERSION
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert meta["Requires-Python"] == ">=3.11"
    assert meta["Summary"]
    assert meta["Description-Content-Type"] == "text/markdown"
    assert meta.get_payload().startswith("# pacer"), "the README is the long description"
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL"))
    assert {"Homepage", "Source", "Issues", "Changelog"} <= set(urls)
    assert all(u.startswith("https://") for u in urls.values())
    classifiers = meta.get_all("Classifier")
    assert "Programming Language :: Python :: 3.11" in classifiers
    assert "Environment :: Console" in classifiers
    assert "Intended Audience :: End Users/Desktop" in classifiers
    entry_points = wheel.read(f"{DIST_INFO}/entry_points.txt").decode()
    assert re.search(r"^\[console_scripts\]\npacer = pacer\.launch:run$", entry_points, re.M)


def test_the_sdist_carries_what_a_packager_needs(dist):
    with tarfile.open(_one(dist, "*.tar.gz")) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    assert {"pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "PKG-INFO",
            "config/default.toml", "pacer/__init__.py", "tests/conftest.py"} <= names
    assert {f"content/{p.name}" for p in (ROOT / "content").glob("*.toml")} <= names
    assert not [n for n in names if n.startswith(".ci/")]


def test_the_changelog_has_an_entry_for_this_version():
    headings = re.findall(r"^## (\S+)", (ROOT / "CHANGELOG.md").read_text(), re.M)
    assert headings and headings[0] == VERSION, f"CHANGELOG.md's newest entry is {headings[:1]}, the version is {VERSION}"


def test_pacer_version_prints_the_one_version():
    done = subprocess.run([sys.executable, "-m", "pacer", "--version"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout == f"pacer {VERSION}\n"
