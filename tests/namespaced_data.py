"""Test data for namespaced parcel codes: households, and group-buy exports whose order numbers
(跟团号) the next round uses again, imported through the real manifest import."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from counter_data import add_household
from pickuppoint.services.manifests.manifest import import_manifest
from pickuppoint.services.rounds import records as rounds

HOMES = {"3-2-501": ("张建国", "13800138001"), "3-2-502": ("王秀英", "13800138002"),
         "5-1-301": ("赵磊", "13800138003")}


def households(ctx) -> None:
    for code, (head, phone) in HOMES.items():
        add_household(ctx, code, head, phone)


def export(folder: Path, name: str, rows: list[tuple[str, str, str]]) -> Path:
    """A group buy's export: 跟团号, the household's address, the product."""
    lines = ["跟团号,收货人,手机号,收货地址,商品名称,应付金额,支付状态"]
    for number, home, item in rows:
        head, phone = HOMES[home]
        b, u, r = home.split("-")
        lines.append(f"{number},{head},{phone},白竹亭小区{b}号楼{u}单元{r}室,{item},25.00,已付")
    path = folder / f"{name}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def order_round(ctx, folder: Path, name: str, rows: list[tuple[str, str, str]],
                date: str = "2026-11-23") -> str:
    """An order round made from a group buy's export; returns the round's id."""
    rid = rounds.create(ctx, name, kind="order", date=date, item="团购").id
    result = import_manifest(ctx, rid, export(folder, name, rows))
    assert not result.refused and result.imported == len(rows), result.to_json()
    return rid


def code_of(ctx, round_id: str, label: str) -> str:
    with ctx.read() as s:
        return s.execute(text("SELECT code FROM parcel WHERE round_id = :r AND label = :l"),
                         {"r": round_id, "l": label}).scalar_one()


def set_received(ctx, code: str) -> None:
    from pickuppoint.services.receiving.records import receive_many

    with ctx.read() as s:
        rid = s.execute(text("SELECT round_id FROM parcel WHERE code = :c"), {"c": code}).scalar_one()
    [out] = receive_many(ctx, rid, [code])
    assert out.kind == "received", out.message
