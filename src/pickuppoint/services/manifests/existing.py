"""The parcels already in the database that the lines of a manifest may be: found by order
number, or (lines without one) by what they say; and what importing a line would do to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.eventlog.log import dbapi
from pickuppoint.i18n import translate
from pickuppoint.services.parcels.records import code_for_order

if TYPE_CHECKING:
    from pickuppoint.services.manifests.manifest import Line


class Existing:
    """The parcels already in the database that lines of this round may be."""

    def __init__(self, session: Session, round_id: str, lines: list[Line]):
        self.round_id = round_id
        self.session = session
        self.elsewhere: dict[str, str] = {}  # code -> the other round's name
        self.codes = {id(x): code_for_order(round_id, x.order_no) for x in lines}
        wanted = sorted({c for c in self.codes.values() if c})
        cur = dbapi(session)  # plain sqlite3: thousands of parameters, no per-query parsing
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for code, name in cur.execute(
                    "SELECT p.code, r.name FROM parcel p JOIN round r ON r.id = p.round_id "
                    f"WHERE p.code IN ({', '.join('?' * len(chunk))}) AND p.round_id != ?",
                    (*chunk, round_id)):
                self.elsewhere[code] = name
        rows = session.execute(text(
            "SELECT p.*, r.name AS round_name FROM parcel p JOIN round r ON r.id = p.round_id "
            "WHERE p.round_id = :r ORDER BY p.rowid"), {"r": round_id}).all()
        self.by_code = {r.code: r for r in rows}
        self.by_order = {r.order_no: r for r in rows if r.order_no}
        self.by_line = self._pair_lines_without_order_no(rows, lines)

    @staticmethod
    def _pair_lines_without_order_no(rows: list[Any], lines: list[Line]) -> dict[int, Any]:
        """Lines without an order number are known by what they say: the parcels of the same
        address, recipient and items pair with the lines of the file that say so, the same line
        first (all it says the same), then the rest in their order (a changed amount: an update).
        So one household's two different orders stay two parcels, and a second import changes
        nothing."""
        stored: dict[tuple[str, str, str], list[Any]] = {}
        for r in rows:
            if not r.order_no:
                stored.setdefault((r.address, r.recipient, r.items), []).append(r)
        paired: dict[int, Any] = {}
        waiting: list[Line] = []
        for line in lines:
            if line.order_no:
                continue
            same = stored.get((line.address, line.recipient, line.items), [])
            exact = next((r for r in same if all(getattr(r, k) == v for k, v in line.values().items()
                                                 if v is not None)), None)
            if exact is not None:
                same.remove(exact)
                paired[id(line)] = exact
            else:
                waiting.append(line)
        for line in waiting:
            same = stored.get((line.address, line.recipient, line.items), [])
            if same:
                paired[id(line)] = same.pop(0)
        return paired

    def find(self, line: Line) -> Any:
        if line.order_no:  # a parcel recorded before codes were namespaced: by its order number
            code = self.new_code(line)
            return (self.by_code.get(code) if code else None) or self.by_order.get(line.order_no)
        return self.by_line.get(id(line))

    def new_code(self, line: Line) -> str:
        """The code a new parcel of this line gets: namespaced by the round ('' to be numbered)."""
        code = self.codes.get(id(line))
        return code if code is not None else code_for_order(self.round_id, line.order_no)

    def household_of(self, line: Line) -> str | None:
        row = self.find(line)
        return row.household_code if row is not None else None

    def code_of(self, line: Line) -> str:
        row = self.find(line)
        return row.code if row is not None else ""

    def classify(self, line: Line) -> tuple[str, dict[str, Any] | None, str]:
        """('new'|'update'|'same'|'error', payload or changes, a message)."""
        row = self.find(line)
        code = self.new_code(line)
        if row is None and code in self.elsewhere:
            return "error", None, translate("Manifest", "订单号 {order} 已经是批次“{round}”的包裹。").format(
                order=line.order_no, round=self.elsewhere[code])
        if row is None:
            return "new", {"round_id": self.round_id, "code": code, "order_no": line.order_no,
                           **line.values()}, ""
        values = line.values()
        if values["household_code"] is None:  # keep a household matched by hand
            values.pop("household_code")
        changes = {k: v for k, v in values.items() if getattr(row, k) != v}
        if not changes:
            return "same", None, ""
        if row.status == "collected":
            return "same", None, translate("Manifest", "包裹 {code} 已领取，订单内容的变化没有更新。").format(
                code=row.code)
        return "update", {"code": row.code, "changes": changes}, ""
