"""The one place that decides where pacer keeps things.

`PACER_HOME=DIR` puts everything under DIR (tests, and people who keep their
data elsewhere); otherwise platformdirs picks the platform's usual places.
Directories are 0700 and files 0600: this is private data.
"""


import os
from pathlib import Path
from typing import Mapping, NamedTuple

from pacer.errors import StoreError

APP = "pacer"
DIR_MODE = 0o700
FILE_MODE = 0o600
LOG_BACKUPS = 2  # daemon.log.1 and daemon.log.2
_PACKAGE_DIR = Path(__file__).resolve().parent


class Paths(NamedTuple):
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / "pacer.db"

    @property
    def config(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def config_cache(self) -> Path:
        return self.data_dir / ".config.cache"

    @property
    def user_content(self) -> Path:
        return self.data_dir / "content"

    @property
    def log(self) -> Path:
        return self.log_dir / "daemon.log"

    @property
    def start_log(self) -> Path:
        """The daemon's stderr while it starts (`pacer daemon start` shows its last line if it fails)."""
        return self.log_dir / "daemon-start.log"

    @property
    def logs(self) -> tuple[Path, ...]:
        """Every log file pacer writes, rotations included (by name: `forget` removes these and nothing else)."""
        rotated = tuple(self.log.with_name(f"{self.log.name}.{n}") for n in range(1, LOG_BACKUPS + 1))
        return (self.log, *rotated, self.start_log)

    @property
    def daemon_lock(self) -> Path:
        return self.data_dir / "daemon.lock"

    @property
    def autostart_offered(self) -> Path:
        """Marker: `pacer start` has offered autostart once; it never asks again."""
        return self.data_dir / "autostart-offered"

    def ensure(self) -> None:
        """Create the directories (0700), with a clear error if that is impossible."""
        for directory in (self.data_dir, self.config_dir, self.log_dir):
            make_private_dir(directory)


def resolve(environ: Mapping[str, str] | None = None) -> Paths:
    env = os.environ if environ is None else environ
    home = home_dir(env)
    if home is not None:
        return Paths(data_dir=home, config_dir=home, log_dir=home / "logs")
    import platformdirs  # only when needed: it is not free to import

    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP, appauthor=False)),
    )


def home_dir(environ: Mapping[str, str]) -> Path | None:
    """$PACER_HOME as an absolute path (None when unset): relative to the directory pacer was started in."""
    home = environ.get("PACER_HOME", "").strip()
    if not home:
        return None
    return Path(os.path.abspath(os.path.expanduser(home)))


def pin_home(environ: "os._Environ[str] | dict[str, str] | None" = None) -> None:
    """Make $PACER_HOME absolute in the environment, once, before anything else runs.

    A relative PACER_HOME means "relative to where I typed the command"; the
    daemon runs elsewhere (in the data dir), and autostart files run from
    anywhere, so everything started from here must see the absolute path.
    """
    env = os.environ if environ is None else environ
    home = home_dir(env)
    if home is not None:
        env["PACER_HOME"] = str(home)


def make_private_dir(directory: Path) -> None:
    try:
        directory.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        if directory.stat().st_mode & 0o777 != DIR_MODE:
            directory.chmod(DIR_MODE)
    except FileExistsError:
        raise StoreError(f"{directory} exists but is not a directory") from None
    except OSError as exc:
        raise StoreError(f"cannot use the directory {directory}: {exc.strerror or exc}") from None


def touch_private(path: Path) -> None:
    """Create `path` as an empty 0600 file if it does not exist yet."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE)
        os.close(fd)
        if path.stat().st_mode & 0o777 != FILE_MODE:
            path.chmod(FILE_MODE)
    except OSError as exc:
        raise StoreError(f"cannot create {path}: {exc.strerror or exc}") from None


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path` as a 0600 file, atomically: a same-directory temp file, fsync, os.replace.

    Never a half-written file; StoreError (one line) when it cannot be written.
    """
    import tempfile

    if path.is_dir():
        raise StoreError(f"cannot write {path}: it is a directory; give a file name")
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:  # mkstemp creates it 0600
            handle.write(text.encode("utf-8"))  # bytes: the text's own line endings are kept
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None


def shipped(name: str) -> Path:
    """A directory pacer ships ("config" or "content").

    Inside an installed wheel they live in pacer/_data/; in a source checkout
    they are the top-level folders beside pacer/.
    """
    packaged = _PACKAGE_DIR / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent / name
