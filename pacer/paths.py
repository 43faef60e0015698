"""The one place that decides where pacer keeps things.

`PACER_HOME=DIR` puts everything under DIR (tests, and people who keep their
data elsewhere); otherwise platformdirs picks the platform's usual places.
Directories are 0700 and files 0600: this is private data.
"""


import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from pacer.errors import StoreError
from pacer.records import Record

APP = "pacer"
DIR_MODE = 0o700
FILE_MODE = 0o600
LOG_BACKUPS = 2  # daemon.log.1 and daemon.log.2
_PACKAGE_DIR = Path(__file__).resolve().parent


class Paths(Record):
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
    def error_log(self) -> Path:
        """Tracebacks of unexpected problems (pacer.errorlog), for a bug report."""
        return self.log_dir / "error.log"

    @property
    def logs(self) -> tuple[Path, ...]:
        """Every log file pacer writes, rotations included (by name: `forget` removes these and nothing else)."""
        rotated = tuple(self.log.with_name(f"{self.log.name}.{n}") for n in range(1, LOG_BACKUPS + 1))
        return (self.log, *rotated, self.start_log, self.error_log, self.error_log.with_name(self.error_log.name + ".1"))

    @property
    def daemon_lock(self) -> Path:
        return self.data_dir / "daemon.lock"

    @property
    def safety_plan(self) -> Path:
        """The person's own safety plan (`pacer safety-plan`): offline, 0600, theirs."""
        return self.data_dir / "safety-plan.toml"

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


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # POSIX; Windows has no symbolic links to fear here
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def make_private_dir(directory: Path) -> None:
    """Create `directory` 0700 if needed; an existing one is only ever made more private, never less.

    A folder the person restricted further (chmod 500, say) stays as they left it,
    and one that is a symbolic link is used as it is: pacer never chmods through a link.
    """
    import stat

    try:
        directory.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        info = directory.lstat()
        if stat.S_ISLNK(info.st_mode):
            if not directory.is_dir():
                raise FileExistsError
            return
        _tighten(directory, info.st_mode, DIR_MODE)
    except FileExistsError:
        raise StoreError(f"{directory} exists but is not a directory") from None
    except OSError as exc:
        raise StoreError(f"cannot use the directory {directory}: {reason(exc)}") from None


def open_private(path: Path, flags: int = os.O_WRONLY) -> int:
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


def touch_private(path: Path) -> None:
    """Create `path` as an empty 0600 file if it does not exist yet (never through a symbolic link)."""
    os.close(open_private(path, os.O_WRONLY))  # for writing: a file pacer may not write is reported now


def refuse_link(path: Path, what: str = "file") -> None:
    """StoreError when `path` is a symbolic link: pacer's own files are plain files in its folders."""
    if path.is_symlink():
        raise StoreError(
            f"{path} is a symbolic link; pacer keeps its {what} as a plain file and never writes through a link: "
            "move the link aside"
        )


def cannot_create(path: Path, exc: OSError) -> str:
    """Why one of pacer's files cannot be opened for writing, in words that say what to do."""
    import errno

    if exc.errno == errno.ELOOP and path.is_symlink():
        return (f"{path} is a symbolic link; pacer keeps its own files as plain files and never writes "
                "through a link: move the link aside")
    if exc.errno in (errno.EACCES, errno.EPERM):
        if path.exists() or path.is_symlink():
            return f"{path} is read-only (its permissions do not let pacer write it); `chmod u+rw {path}` allows it again"
        return f"cannot create {path}: the folder {path.parent} is read-only; `chmod u+rwx {path.parent}` allows it again"
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


def read_file(path: Path, limit: int) -> bytes:
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


def disk_full(directory: Path, *, below: int = 1024 * 1024) -> bool:
    """True when the file system holding `directory` has less than `below` bytes left for us."""
    try:
        info = os.statvfs(directory)
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        return False
    return info.f_bavail * info.f_frsize < below


def _tighten(target: "Path | int", mode: int, private: int) -> None:
    """chmod to `mode` without the bits `private` does not allow; never adds a bit."""
    mode &= 0o777
    if mode & ~private:
        if isinstance(target, int):
            os.fchmod(target, mode & private)
        else:
            os.chmod(target, mode & private)


def write_private(path: Path, text: "str | Iterable[str]") -> None:
    """Write `text` to `path` as a 0600 file, atomically: a same-directory temp file, fsync, os.replace.

    Never a half-written file; StoreError (one line) when it cannot be written.
    """
    stage_private(path, text).commit()


def write_output(path: Path, text: "str | Iterable[str]") -> bool:
    """Write to a path the person named (`export -o`): True if written as a private file, False if in place.

    A regular file, or none yet, is written as write_private does (atomically,
    0600). What is not a regular file is never replaced: a symbolic link is
    followed to what it names (the link stays), and a device or a pipe
    (/dev/stdout, a FIFO) is written in place, its permissions untouched.
    """
    import stat

    target = path
    try:
        mode: int | None = path.lstat().st_mode
        if mode is not None and stat.S_ISLNK(mode):
            mode = path.stat().st_mode  # what the link leads to (the kernel follows /proc/self/fd/1 rightly)
            if stat.S_ISREG(mode):
                target = Path(os.path.realpath(path))
    except FileNotFoundError:
        mode = None  # nothing there yet (or a link to nothing yet): a new private file, where the link leads
        target = Path(os.path.realpath(path)) if path.is_symlink() else path
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {reason(exc)}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise StoreError(f"cannot write {path}: it is a directory; give a file name")
    if mode is None or stat.S_ISREG(mode):
        write_private(target, text)
        return True
    try:
        fd = os.open(path, os.O_WRONLY | _CLOEXEC)
        with os.fdopen(fd, "wb") as handle:
            for chunk in [text] if isinstance(text, str) else text:
                handle.write(chunk.encode("utf-8"))
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {reason(exc)}") from None
    return False


class Staged:
    """A file written in full and fsynced beside its place: `commit()` puts it there (os.replace), `discard()` drops it.

    For all-or-nothing changes that touch a file and the database: stage the
    file first (that is when a full disk shows), commit the database, then
    commit the file, which needs no space.
    """

    def __init__(self, path: Path, tmp: Path) -> None:
        self.path, self.tmp = path, tmp

    def commit(self) -> None:
        try:
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self.discard()
            raise StoreError(f"cannot write {self.path}: {reason(exc)}") from None

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


def stage_private(path: Path, text: "str | Iterable[str]") -> Staged:
    """`text` written and fsynced as a 0600 temp file beside `path`; StoreError (one line) when it cannot be."""
    import tempfile

    if path.is_dir():
        raise StoreError(f"cannot write {path}: it is a directory; give a file name")
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {reason(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as handle:  # mkstemp creates it 0600
            for chunk in [text] if isinstance(text, str) else text:  # chunks: an export need not fit in memory
                handle.write(chunk.encode("utf-8"))  # bytes: the text's own line endings are kept
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StoreError(f"cannot write {path}: {reason(exc)}") from None
    return Staged(path, Path(tmp))


def shipped(name: str) -> Path:
    """A directory pacer ships ("config" or "content").

    Inside an installed wheel they live in pacer/_data/; in a source checkout
    they are the top-level folders beside pacer/.
    """
    packaged = _PACKAGE_DIR / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent / name
