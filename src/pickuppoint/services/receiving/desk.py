"""A receiving desk: scans decided at once, records written in batches off the GUI thread.

`ScanSession` decides each scan from the database plus what the session already decided (so a
second scan of a parcel sees the first before it is written); `take()` hands the records to
`write_batch`, which appends them in one transaction. The receiving page uses these; the CLI
and the services' `receive`/`receive_many` decide and write in one transaction instead.
"""

from __future__ import annotations

from sqlalchemy import text

from pickuppoint.domain import codes
from pickuppoint.errors import NotFound, UserError
from pickuppoint.i18n import translate
from pickuppoint.services.parcels.view import find_parcel, normalize_code
from pickuppoint.services.receiving.records import Batch, ReceiveOutcome, _one
from pickuppoint.services.rounds import records as rounds


class ScanSession:
    """Receiving one round at a desk: each scan is decided at once from the database and what
    this session already decided; the records go into a batch that `take()` hands to a writer
    (`write_batch`, off the GUI thread), so the scanner never waits for the disk."""

    def __init__(self, ctx, round_id: str):  # noqa: ANN001 - Context
        self.ctx = ctx
        with ctx.read() as s:
            self.round = rounds.get(s, round_id)
        self.round_id = self.round.id
        self.site_id = ctx.site.site_id
        self._batch = Batch()

    def scan(self, code: str, damaged: bool = False, note: str = "",
             surplus_confirmed: bool = False) -> ReceiveOutcome:
        """Decide a scan. `surplus_confirmed`: the person confirmed that a code resembling a
        listed one (outcome `lookalike`) is a surplus parcel all the same."""
        if not normalize_code(code):
            raise UserError(translate("Receiving", "包裹编号是空的。"))
        with self.ctx.read() as s:
            return _one(s, self.site_id, self.round_id, code, damaged, note.strip(), self._batch,
                        surplus_confirmed)

    def forget_code(self, code: str) -> None:
        """A receipt was undone: decide this code from the database again."""
        self._batch.status.pop(code, None)

    def mark_damaged(self, code: str, note: str = "") -> ReceiveOutcome:
        """Mark a parcel damaged (the last one scanned, usually); one not yet received is
        received as damaged."""
        note = note.strip()
        b = self._batch
        with self.ctx.read() as s:
            parcel = find_parcel(s, normalize_code(code), round_id=self.round_id, site_id=self.site_id)
        key = parcel.code if parcel else normalize_code(code)
        shown = parcel.shown if parcel else codes.label_of(key, self.round_id)
        status = b.status.get(key, parcel.status if parcel else None)
        if status is None:
            raise NotFound(translate("Receiving", "没有编号为 {code} 的包裹。").format(code=code))
        if status == "collected":
            raise UserError(translate("Receiving", "包裹 {code} 已经领取，不能再标记破损。").format(code=shown))
        if status == "cancelled":
            raise UserError(translate("Receiving", "包裹 {code} 已作废，不能标记破损。").format(code=shown))
        if status == "expected":
            b.received.append({"code": key, "damaged": True, "note": note})
        else:
            b.damaged.append({"code": key, "note": note})
        b.status[key] = "damaged"
        return ReceiveOutcome("damaged", key, translate(
            "Receiving", "包裹 {code} 已标记为破损。").format(code=shown), parcel, damaged=True, label=shown)

    @property
    def has_pending(self) -> bool:
        """Records decided but not yet taken for writing."""
        return bool(self._batch)

    def take(self) -> Batch | None:
        """The records decided since the last take (None when there are none)."""
        b = self._batch
        if not b:
            return None
        out = Batch(b.received, b.surplus, b.damaged)
        b.received, b.surplus, b.damaged = [], [], []
        return out

    def forget(self) -> None:
        """A write failed: decide from the database alone again."""
        self._batch = Batch()


def write_batch(ctx, batch: Batch) -> int:  # noqa: ANN001 - Context
    """Append a scanning session's batch in one transaction. A parcel that changed meanwhile
    (received at another desk) is left as it is. Returns the number of records written."""
    with ctx.write() as w:
        s = w.session
        status = {}
        codes_ = [p["code"] for p in batch.received + batch.surplus]
        for i in range(0, len(codes_), 500):
            chunk = codes_[i:i + 500]
            marks = ",".join(f":c{j}" for j in range(len(chunk)))
            rows = s.execute(text(f"SELECT code, status FROM parcel WHERE code IN ({marks})"),
                             {f"c{j}": c for j, c in enumerate(chunk)})
            status.update({r.code: r.status for r in rows})
        todo = Batch(
            received=[p for p in batch.received if status.get(p["code"]) == "expected"],
            surplus=[p for p in batch.surplus if p["code"] not in status],
            damaged=batch.damaged)
        todo.write(w)
        return len(todo.received) + len(todo.surplus) + len(todo.damaged)
