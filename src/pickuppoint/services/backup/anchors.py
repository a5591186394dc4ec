"""Each backup holds the head of every site's hash chain (its last record's seq and hash). A
later rewrite of the history (every later hash recomputed, which the chain alone cannot reveal)
is caught against them: the live log must still hold those records with those hashes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from pickuppoint.i18n import translate
from pickuppoint.services.backup.rotation import backup_folder, backups_in


def heads_of(path: Path) -> dict[str, tuple[int, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT site_id, last_seq, last_hash FROM site")}
    finally:
        conn.close()


def backups_checked(ctx, folders: list[Path] | None = None) -> int:  # noqa: ANN001
    """How many backups hold chain heads to check the live log against."""
    folders = folders or [backup_folder(ctx.db.path)]
    return sum(len(list(backups_in(folder, ctx.db.path))) for folder in folders)


def check_against_backups(ctx, folders: list[Path] | None = None) -> list[str]:  # noqa: ANN001
    """Sentences naming each backup whose chain heads the live log contradicts."""
    folders = folders or [backup_folder(ctx.db.path)]
    problems: list[str] = []
    with ctx.read() as s:
        for folder in folders:
            for backup in backups_in(folder, ctx.db.path):
                try:
                    heads = heads_of(backup)
                except sqlite3.Error:
                    continue  # a damaged backup anchors nothing (restore says so when chosen)
                for site_id, (seq, digest) in heads.items():
                    if seq == 0:
                        continue
                    now = s.execute(text("SELECT hash FROM record WHERE site_id = :s AND seq = :q"),
                                    {"s": site_id, "q": seq}).scalar()
                    if now != digest:
                        problems.append(translate(
                            "Backup", "站点 {site} 的前 {n} 条记录与备份 {backup} 不一致：备份之后记录被改写过。"
                        ).format(site=site_id, n=seq, backup=backup.name))
    return problems
