"""The plan/apply flow both importers share (the roster, services/households/roster_import.py; a
supplier's manifest, services/manifests/manifest.py).

Reading gives a `MappedFile` (the table and which column is which field). Planning checks every
row and compares it with the database: an `ImportPlan` says, with the file's own row numbers,
what is wrong (errors), what is odd (warnings), and which rows are new, update something or
change nothing. `apply_plan` writes it in one transaction, comparing with the database again
inside it (so a plan made a while ago still writes only what changes, and importing the same
file twice changes nothing); a plan with errors writes nothing unless the bad rows are skipped.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from pickuppoint.errors import UserError
from pickuppoint.services.imports.tabular import Table

Progress = Callable[[int, int], None]
CHUNK = 5000
PREVIEW_ROWS = 20


@dataclass(frozen=True)
class Issue:
    row: int  # the file's own row number
    message: str

    MAX = 240  # a sentence to read; a huge cell quoted in it is cut in the middle

    def __post_init__(self) -> None:
        if len(self.message) > self.MAX:
            object.__setattr__(self, "message", self.message[:150] + " … " + self.message[-80:])

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "message": self.message}


@dataclass
class MappedFile:
    """A file read, with its columns mapped to fields (column index -> field)."""

    path: Path
    table: Table
    mapping: dict[int, str]

    # the importer's guess with the user's choices on top: (headers, overrides) -> mapping
    resolver: ClassVar[Callable[[list[str], Mapping[str | int, str] | None], dict[int, str]]]

    @property
    def headers(self) -> list[str]:
        return self.table.headers

    def remap(self, overrides: Mapping[str | int, str]) -> MappedFile:
        return type(self)(self.path, self.table, type(self).resolver(self.table.headers, overrides))

    def preview(self, n: int = PREVIEW_ROWS) -> list[tuple[int, list[str]]]:
        return self.table.rows[:n]


@dataclass(kw_only=True)
class ImportResult:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    dry_run: bool = False
    refused: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"imported": self.imported, "updated": self.updated, "skipped": self.skipped,
                "unchanged": self.unchanged,
                "errors": [i.to_json() for i in self.errors],
                "warnings": [i.to_json() for i in self.warnings],
                "dry_run": self.dry_run}


@dataclass(kw_only=True)
class ImportPlan(ABC):
    rows: int = 0  # rows that say something (blank and footer rows not counted)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    error_rows: list[int] = field(default_factory=list)
    duplicate_rows: list[int] = field(default_factory=list)
    new_rows: list[int] = field(default_factory=list)
    updated_rows: list[int] = field(default_factory=list)
    unchanged_rows: list[int] = field(default_factory=list)

    def skipped(self, skip_errors: bool) -> int:
        return (len(self.error_rows) if skip_errors else 0) + len(self.duplicate_rows)

    def sort_issues(self) -> None:
        self.errors.sort(key=lambda i: i.row)
        self.warnings.sort(key=lambda i: i.row)
        self.error_rows = sorted(set(self.error_rows))

    def note(self, kind: str, row: int) -> None:
        """A row compared with the database: 'new', 'update' or 'same'."""
        {"new": self.new_rows, "update": self.updated_rows, "same": self.unchanged_rows}[kind].append(row)

    def counts(self, skip_errors: bool, dry_run: bool) -> dict[str, Any]:
        """What applying the plan does, as far as the plan knows (for --dry-run and reports)."""
        if self.errors and not skip_errors:
            return {"errors": self.errors, "warnings": self.warnings, "dry_run": dry_run, "refused": True}
        return {"imported": len(self.new_rows), "updated": len(self.updated_rows),
                "unchanged": len(self.unchanged_rows), "skipped": self.skipped(skip_errors),
                "errors": self.errors, "warnings": self.warnings, "dry_run": dry_run}

    @abstractmethod
    def refusal(self) -> str:
        """The one sentence that refuses applying a plan that still has errors."""


def apply_plan(ctx: Any, plan: ImportPlan, skip_errors: bool, progress: Progress | None,
               compare: Callable[[Any], tuple[Sequence[Any], Sequence[dict[str, Any]], int]],
               write_new: Callable[[Any, Sequence[Any]], None], updated_kind: str) -> dict[str, Any]:
    """Write a plan in one transaction. `compare(writer)` compares the plan with the database
    inside it: (what to create, the `updated_kind` records' payloads, how many are unchanged);
    `write_new(writer, chunk)` creates a chunk of the first. Returns the result's counts."""
    if plan.errors and not skip_errors:
        raise UserError(plan.refusal())
    with ctx.write() as w:
        new, updates, unchanged = compare(w)
        total = len(new) + len(updates)
        done = 0
        if progress:
            progress(0, total)
        for start in range(0, len(new), CHUNK):
            chunk = new[start:start + CHUNK]
            write_new(w, chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
        for start in range(0, len(updates), CHUNK):
            chunk = updates[start:start + CHUNK]
            w.append_many(updated_kind, list(chunk))
            done += len(chunk)
            if progress:
                progress(done, total)
    return {"imported": len(new), "updated": len(updates), "unchanged": unchanged,
            "skipped": plan.skipped(skip_errors), "errors": plan.errors, "warnings": plan.warnings}
