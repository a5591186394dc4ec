"""Writing files the user asked for (-o FILE, a backup, an export): the whole file or nothing.

Only a regular file is written (or created): a device (/dev/full), a named pipe or a folder is
refused before anything happens, never replaced by a rename. The content goes to a temporary
file beside the target, created readable by the owner only (0600 on Linux: these files hold the
names and phones of vulnerable people), is flushed to the disk (fsync), then renamed over the
target, and the folder is synced so the rename survives a power cut. A write that fails (full
disk, read-only stick, pulled stick) leaves the target as it was and says so in one sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate

OWNER_ONLY = 0o600


def check_target(path: Path | str) -> Path:
    """`path` as a Path if it may be written: absent or a regular file, in an existing folder."""
    target = Path(path).expanduser()
    if "\x00" in str(target):
        raise _error(target, translate("Files", "文件名里有空字符"))
    try:
        st = target.stat()
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise _error(target, translate("Files", "文件夹不存在")) from None
        return target
    except OSError as exc:
        raise _error(target, _reason(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise _error(target, translate("Files", "这是一个文件夹"))
    if not stat.S_ISREG(st.st_mode):
        raise _error(target, translate("Files", "这不是普通文件，而是设备或管道"))
    return target


def write_file(path: Path | str, data: bytes | Callable[[Path], None]) -> Path:
    """Write `data` (bytes, or a function that writes the temporary file it is given) to `path`
    atomically, owner-only. Raises UserError (one sentence) and leaves no part behind on failure."""
    target = check_target(path)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
        try:
            if isinstance(data, bytes | bytearray | memoryview):
                view = memoryview(data)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
            else:
                os.close(fd)
                fd = -1
                data(tmp)
                fd = os.open(tmp, os.O_RDWR)
            os.fsync(fd)
        finally:
            if fd >= 0:
                os.close(fd)
        if os.name == "posix":
            os.chmod(tmp, OWNER_ONLY)  # a writer that recreated the file got the umask's mode
        os.replace(tmp, target)
        sync_folder(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _error(target, _reason(exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def owner_only(path: Path) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(OWNER_ONLY)


def _reason(exc: OSError) -> str:
    return {
        errno.ENOSPC: translate("Files", "磁盘已满"),
        errno.EDQUOT: translate("Files", "磁盘已满"),
        errno.EROFS: translate("Files", "位置是只读的"),
        errno.EACCES: translate("Files", "没有写入权限"),
        errno.EPERM: translate("Files", "没有写入权限"),
        errno.ENOENT: translate("Files", "文件夹不存在"),
        errno.EIO: translate("Files", "写入出错，U 盘或磁盘可能已拔出或损坏"),
        errno.EISDIR: translate("Files", "这是一个文件夹"),
        errno.ENAMETOOLONG: translate("Files", "文件名太长"),
    }.get(exc.errno, exc.strerror or str(exc))


def _error(target: Path, reason: str) -> UserError:
    return UserError(translate("Files", "无法写入文件 {path}（{reason}），请换一个位置或文件名。").format(
        path=target, reason=reason))
