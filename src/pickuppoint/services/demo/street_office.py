"""A small street office for the Sync views' screenshots and tests: a coordinator, two points
enrolled with setup files, parcels handed over and exported in batch files; one file cut short
(the stick pulled too early, its records then missing: a gap), one parcel handed over at both
points (a conflict), and one handover at a point after its last export."""

from __future__ import annotations

from pathlib import Path

from pickuppoint.domain.address import parse_address
from pickuppoint.services.context import Context
from pickuppoint.services.counter.handover import hand_over
from pickuppoint.services.households import records as households
from pickuppoint.services.parcels.records import ParcelData, add_parcels, update_parcel
from pickuppoint.services.receiving.records import receive_many
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.site import init_site
from pickuppoint.services.sync import enrol, export, settings


def street_office(folder: Path, received: bool = False) -> tuple[Context, dict[str, Context], list[Path]]:
    """(the coordinator, the points by site id, the files to import, in arrival order).
    `received`: each point first takes in its parcels at receiving (so the lists have parcels
    waiting at both points)."""
    hub = Context.open(folder / "hub.sqlite3", "李晓东")
    init_site(hub, "JDB", "白竹街道办", "coordinator")
    enrol.create_deployment(hub)
    people = ["张建国", "王秀英", "李桂兰", "赵德明", "陈淑芬", "刘志强", "杨玉珍", "黄国平"]
    codes = {"BZT": [], "DXL": []}
    veg = rounds.create(hub, "4月10日 蔬菜包", kind="allocation", item="蔬菜包")
    rice = rounds.create(hub, "4月12日 米面油", kind="allocation", item="米面油")
    for site, building in (("BZT", 3), ("DXL", 7)):
        for i, head in enumerate(people):
            addr = parse_address(f"{building}-{1 + i // 4}-{501 + i % 4}")
            households.create(hub, households.HouseholdData.at(addr, head=head, phone=f"1380013{building}{i:03d}"))
            with hub.write() as w:
                codes[site] += add_parcels(w, [ParcelData(round_id=r.id, household_code=addr.code,
                                                          point_site=site, items=r.item)
                                              for r in (veg, rice)])
    shared = codes["BZT"][0]
    update_parcel(hub, shared, point_site="")  # a parcel either point may hand over
    (folder / "bzt").mkdir()
    (folder / "dxl").mkdir()
    points = {}
    for site, name in (("BZT", "白竹亭东门"), ("DXL", "东兴路菜场")):
        made = enrol.add_point(hub, site, name, folder / f"{site}.ppsetup")
        p = Context.open(folder / site.lower() / "point.sqlite3", "志愿者小周")
        enrol.enrol_from_setup(p, made.path, made.code)
        points[site] = p
    files = []
    lost = None
    for site, p in points.items():
        if received:
            for r, arrived in ((veg, codes[site][0::2]), (rice, codes[site][1::2])):
                receive_many(p, r.id, arrived)
        mine = [c for c in codes[site] if c != shared]
        for n, chunk in enumerate((mine[:4], mine[4:7], mine[7:11])):
            for code in chunk[::2]:
                hand_over(p, [code])
            if n == 0 and site == "BZT":
                hand_over(p, [shared])
            if n == 0 and site == "DXL":
                hand_over(p, [shared])
            done = export.export_batch(p, folder / f"{site}-{n + 1}.ppsync")
            with p.db.write_session() as s:  # as if acknowledged: the next file starts after it
                settings.put(s, settings.ACKED, str(done.seq_to))
            if site == "DXL" and n == 1:  # DXL's second file never arrived whole
                lost = done.path
            else:
                files.append(done.path)
    cut = folder / "DXL-2.ppsync"
    cut.write_bytes(lost.read_bytes()[:-100])  # the stick pulled out too early
    files.insert(4, cut)
    hand_over(points["BZT"], [codes["BZT"][13]])  # after the last export: not yet sent
    return hub, points, files
