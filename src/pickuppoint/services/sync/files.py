"""Why a file was refused (one sentence each) and where refused files are kept aside."""

from __future__ import annotations

import shutil
from pathlib import Path

from pickuppoint.eventlog import clock
from pickuppoint.i18n import translate


def refusal(reason: str, path: Path, **details: object) -> str:
    name = Path(path).name
    texts = {
        "unreadable": translate("Sync", "无法读取 {name}。"),
        "not-sync-file": translate("Sync", "{name} 不是同步文件。"),
        "header": translate("Sync", "{name} 的文件头损坏，无法识别。"),
        "version": translate("Sync", "{name} 是更新版本的软件做的，请先升级本软件。"),
        "truncated": translate("Sync", "{name} 不完整（文件被截断，可能是拔 U 盘太早），请让对方重新导出。"),
        "signature": translate(
            "Sync", "{name} 的签名对不上：文件不完整（可能拔 U 盘太早）、被改动过，或不是它声称的站点做的。"),
        "body": translate("Sync", "{name} 的内容损坏或被改动过，已拒收。"),
        "other-deployment": translate("Sync", "{name} 属于另一个协调中心的部署，不是本部署的文件。"),
        "unknown-signer": translate("Sync", "{name} 来自未登记的站点 {site}：请先在“接驳点”里添加它。"),
        "key-changed": translate("Sync", "{name} 的签名密钥与站点 {site} 登记的不同：可能是冒充的文件。"),
        "not-for-us": translate("Sync", "{name} 不是发给本站点的文件。"),
        "wrong-kind": translate("Sync", "{name} 是另一种同步文件（{kind}），不能在这里导入。"),
        "older-update": translate("Sync", "{name} 是旧的更新文件（第 {version} 版），本站已有第 {have} 版。"),
        "replayed": translate("Sync", "{name} 与已导入的同编号文件内容不同：是重放或伪造的文件。"),
        "count": translate("Sync", "{name} 的记录数与文件头不符，已拒收。"),
        "chain": translate("Sync", "{name} 的记录与文件头或已有记录对不上（哈希链断开），已拒收。"),
        "records": translate("Sync", "{name} 的记录与本机已有的对不上，已拒收：{detail}"),
        "forged": translate("Sync", "{name} 里有不是 {site} 自己写的记录，已拒收。"),
    }
    text = texts.get(reason, texts["body"])
    return text.format(name=name, **{k: str(v) for k, v in details.items()},
                       **({} if "site" in details else {"site": "?"}),
                       **({} if "kind" in details else {"kind": "?"}),
                       **({} if "detail" in details else {"detail": ""}))


def quarantine(path: Path, folder: Path) -> Path | None:
    """Copy a refused file aside (the original stays where it was, e.g. on the stick)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = clock.utc_now_iso().replace(":", "").replace("-", "")[:15]
        target = folder / f"{stamp}-{Path(path).name}"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{stamp}-{n}-{Path(path).name}"
        shutil.copyfile(path, target)
        return target
    except OSError:
        return None


def quarantine_folder(db_path: Path) -> Path:
    return Path(db_path).parent / "sync-quarantine"
