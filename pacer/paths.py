"""The one place that decides where pacer keeps things.

`PACER_HOME=DIR` puts everything under DIR (tests, and people who keep their
data elsewhere); otherwise the platform's usual places (platformdirs' rules).
Directories are 0700 and files 0600: this is private data.

Locations are plain `str`s: `pacer status` runs every few seconds, and
pathlib costs it milliseconds to import. The helpers here take a str or a
Path; code off that path wraps a location in Path(...) where it wants Path's
methods.
"""

from __future__ import annotations

import os
import sys

from pacer.errors import StoreError
from pacer.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import TypeAlias

    StrPath: TypeAlias = "str | os.PathLike[str]"

APP = "pacer"
DIR_MODE = 0o700
FILE_MODE = 0o600
LOG_BACKUPS = 2  # daemon.log.1 and daemon.log.2
_PACKAGE_DIR = os.path.dirname(os.path.realpath(__file__))


class Paths(Record):
    data_dir: str
    config_dir: str
    log_dir: str

    @property
    def db(self) -> str:
        return os.path.join(self.data_dir, "pacer.db")

    @property
    def config(self) -> str:
        return os.path.join(self.config_dir, "config.toml")

    @property
    def config_cache(self) -> str:
        return os.path.join(self.data_dir, ".config.cache")

    @property
    def user_content(self) -> str:
        return os.path.join(self.data_dir, "content")

    @property
    def log(self) -> str:
        return os.path.join(self.log_dir, "daemon.log")

    @property
    def start_log(self) -> str:
        """The daemon's stderr while it starts (`pacer daemon start` shows its last line if it fails)."""
        return os.path.join(self.log_dir, "daemon-start.log")

    @property
    def error_log(self) -> str:
        """Tracebacks of unexpected problems (pacer.errorlog), for a bug report."""
        return os.path.join(self.log_dir, "error.log")

    @property
    def logs(self) -> tuple[str, ...]:
        """Every log file pacer writes, rotations included (by name: `forget` removes these and nothing else)."""
        rotated = tuple(f"{self.log}.{n}" for n in range(1, LOG_BACKUPS + 1))
        return (self.log, *rotated, self.start_log, self.error_log, self.error_log + ".1")

    @property
    def daemon_lock(self) -> str:
        return os.path.join(self.data_dir, "daemon.lock")

    @property
    def safety_plan(self) -> str:
        """The person's own safety plan (`pacer safety-plan`): offline, 0600, theirs."""
        return os.path.join(self.data_dir, "safety-plan.toml")

    @property
    def autostart_offered(self) -> str:
        """Marker: `pacer start` has offered autostart once; it never asks again."""
        return os.path.join(self.data_dir, "autostart-offered")

    def ensure(self) -> None:
        """Create the directories (0700), with a clear error if that is impossible."""
        for directory in (self.data_dir, self.config_dir, self.log_dir):
            make_private_dir(directory)


def resolve(environ: Mapping[str, str] | None = None) -> Paths:
    env = os.environ if environ is None else environ
    home = home_dir(env)
    if home is not None:
        return Paths(data_dir=home, config_dir=home, log_dir=os.path.join(home, "logs"))
    return xdg_paths(env) or _platformdirs_paths()


def xdg_paths(environ: Mapping[str, str]) -> Paths | None:
    """On Linux, the XDG places platformdirs gives, without importing it (it imports typing and pathlib).

    Only for the plain case: an absolute HOME, each XDG_*_HOME unset, empty or
    absolute. None for anything else (another system, a relative variable,
    Android), which is platformdirs' to decide.
    """
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel") or "ANDROID_DATA" in environ:
        return None
    home = environ.get("HOME", "")
    if not os.path.isabs(home):
        return None
    bases = []
    for variable, default in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                              ("XDG_STATE_HOME", ".local/state")):
        value = environ.get(variable, "")
        if value.strip() and not os.path.isabs(value):
            return None
        bases.append(value if os.path.isabs(value) else os.path.join(home.rstrip("/") or "/", default))
    data, config, state = bases
    return Paths(data_dir=os.path.join(data, APP), config_dir=os.path.join(config, APP),
                 log_dir=os.path.join(state, APP, "log"))


def _platformdirs_paths() -> Paths:
    import platformdirs  # only off Linux's plain case: it is not free to import

    return Paths(
        data_dir=platformdirs.user_data_dir(APP, appauthor=False),
        config_dir=platformdirs.user_config_dir(APP, appauthor=False),
        log_dir=platformdirs.user_log_dir(APP, appauthor=False),
    )


def home_dir(environ: Mapping[str, str]) -> str | None:
    """$PACER_HOME as an absolute path (None when unset): relative to the directory pacer was started in."""
    home = environ.get("PACER_HOME", "").strip()
    if not home:
        return None
    return os.path.abspath(os.path.expanduser(home))


def pin_home(environ: os._Environ[str] | dict[str, str] | None = None) -> None:
    """Make $PACER_HOME absolute in the environment, once, before anything else runs.

    A relative PACER_HOME means "relative to where I typed the command"; the
    daemon runs elsewhere (in the data dir), and autostart files run from
    anywhere, so everything started from here must see the absolute path.
    """
    env = os.environ if environ is None else environ
    home = home_dir(env)
    if home is not None:
        env["PACER_HOME"] = home


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # POSIX; Windows has no symbolic links to fear here
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def make_private_dir(directory: StrPath) -> None:
    """Create `directory` 0700 if needed; an existing one is only ever made more private, never less.

    A folder the person restricted further (chmod 500, say) stays as they left it,
    and one that is a symbolic link is used as it is: pacer never chmods through a link.
    """
    import stat

    try:
        os.makedirs(directory, mode=DIR_MODE, exist_ok=True)
        info = os.lstat(directory)
        if stat.S_ISLNK(info.st_mode):
            if not os.path.isdir(directory):
                raise FileExistsError
            return
        _tighten(directory, info.st_mode, DIR_MODE)
    except FileExistsError:
        raise StoreError(f"{directory} exists but is not a directory") from None
    except OSError as exc:
        raise StoreError(f"cannot use the directory {directory}: {reason(exc)}") from None


def open_private(path: StrPath, flags: int = os.O_WRONLY) -> int:
    """Open `path`, one of pacer's own files in its folders, creating it 0600: never through a symbolic link.

    An existing file is only ever made more private. StoreError (one line) when it cannot be opened.
    """
    try:
        fd = os.open(path, flags | os.O_CREAT | _NOFOLLOW | _CLOEXEC, FILE_MODE)
    except OSError as exc:
        raise StoreError(cannot_create(path, exc)) from None
    try:
        _tighten(fd, os.fstat(fd).st_mode, FILE_MODE)
    except OSError as exc:
        os.close(fd)
        raise StoreError(cannot_create(path, exc)) from None
    return fd


def touch_private(path: StrPath) -> None:
    """Create `path` as an empty 0600 file if it does not exist yet (never through a symbolic link)."""
    os.close(open_private(path, os.O_WRONLY))  # for writing: a file pacer may not write is reported now


def refuse_link(path: StrPath, what: str = "file") -> None:
    """StoreError when `path` is a symbolic link: pacer's own files are plain files in its folders."""
    if os.path.islink(path):
        raise StoreError(
            f"{os.fspath(path)} is a symbolic link; pacer keeps its {what} as a plain file and never writes through a link: "
            "move the link aside"
        )


def cannot_create(path: StrPath, exc: OSError) -> str:
    """Why one of pacer's files cannot be opened for writing, in words that say what to do."""
    import errno

    path, parent = os.fspath(path), os.path.dirname(path) or "."
    if exc.errno == errno.ELOOP and os.path.islink(path):
        return (f"{path} is a symbolic link; pacer keeps its own files as plain files and never writes "
                "through a link: move the link aside")
    if exc.errno in (errno.EACCES, errno.EPERM):
        if os.path.lexists(path):
            return f"{path} is read-only (its permissions do not let pacer write it); `chmod u+rw {path}` allows it again"
        return f"cannot create {path}: the folder {parent} is read-only; `chmod u+rwx {parent}` allows it again"
    return f"cannot create {path}: {reason(exc)}"


def reason(exc: OSError) -> str:
    """An OS error in plain words; a full disk said as such."""
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full (no space left on device); free some space and try again"
    return exc.strerror or str(exc)


class NotRegularFile(OSError):
    """A pipe, a device or a socket where pacer expects a file: reading it could block forever or never end."""


class FileTooLarge(OSError):
    """More bytes than the caller's limit."""


def read_file(path: StrPath, limit: int) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them.

    Opened without waiting (a FIFO would block until someone writes to it),
    refused unless a regular file (NotRegularFile: /dev/zero never ends), and
    never read past `limit` (FileTooLarge), whatever its size claims.
    FileNotFoundError, IsADirectoryError, PermissionError as usual.
    """
    import stat

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _CLOEXEC)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(0, "not a regular file (a pipe, a device or a socket)", str(path))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise FileTooLarge(0, f"larger than {limit} bytes", str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)


def decode_text(data: bytes) -> str:
    """UTF-8 text, a byte order mark (Notepad's "UTF-8 with BOM") allowed; UnicodeDecodeError otherwise."""
    return data.decode("utf-8-sig")


def disk_full(directory: StrPath, *, below: int = 1024 * 1024) -> bool:
    """True when the file system holding `directory` has less than `below` bytes left for us."""
    try:
        info = os.statvfs(directory)
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        return False
    return info.f_bavail * info.f_frsize < below


def _tighten(target: StrPath | int, mode: int, private: int) -> None:
    """chmod to `mode` without the bits `private` does not allow; never adds a bit."""
    mode &= 0o777
    if mode & ~private:
        if isinstance(target, int):
            os.fchmod(target, mode & private)
        else:
            os.chmod(target, mode & private)


def shipped(name: str) -> str:
    """A directory pacer ships ("config" or "content").

    Inside an installed wheel they live in pacer/_data/; in a source checkout
    they are the top-level folders beside pacer/.
    """
    packaged = os.path.join(_PACKAGE_DIR, "_data", name)
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(_PACKAGE_DIR), name)
