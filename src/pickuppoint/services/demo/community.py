"""The demo community (`pickuppoint demo`) and synthetic data at scale (`demo-data`).

The demo community is made on first use by an ordered list of populate steps (`STEPS`). Each
step says whether it still has work to do (`needed`) and does it (`run`) with its own random
generator seeded from the demo seed and the step's name, so the demo is the same on every
machine and adding a step later changes nothing that earlier steps make. A step added later
also fills demo databases made before it existed. To add a step (a round and its parcels, say):

    from pickuppoint.services.demo.community import PopulateStep, register_step
    register_step(PopulateStep("parcels", needed=..., run=...))

or append it to `STEPS` below.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import text

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.demo.people import DemoPeople
from pickuppoint.services.site import init_site

DEMO_SITE_ID = "DEMO01"
DEMO_SEED = 20220405
DEMO_FILENAME = "demo.sqlite3"
CHUNK = 20_000

Progress = Callable[[int, int], None]


# The demo's names are data (the community's own words), not interface text: not translated.
DEMO_SITE_NAME = "白竹亭社区接驳点"
GRID_NAMES = ("第一网格", "第二网格", "第三网格", "第四网格", "第五网格", "第六网格", "第七网格",
              "第八网格", "第九网格", "第十网格")


def demo_db_path() -> Path:
    """Where `pickuppoint demo` keeps its community when no --db is given: its own file in the
    user data directory, never the point's real database."""
    from pickuppoint.paths import APP_NAME

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DEMO_FILENAME


# --- the demo community -------------------------------------------------------------------

@dataclass(frozen=True)
class Building:
    number: str
    floors: int
    units: int  # 0: no units (the code's unit is 0)
    rooms_per_floor: int
    grid: int


# Ten blocks of flats and a row of shop-houses: 2 units x 6 floors (older walk-ups), 11-floor
# blocks, 18-floor towers with one lift lobby, and building 11 with no units.
DEMO_BUILDINGS = (
    *(Building(str(n), 6, 2, 2, 1 + (n - 1) // 3) for n in range(1, 7)),
    Building("7", 11, 2, 2, 3),
    Building("8", 11, 2, 2, 3),
    Building("9", 18, 1, 4, 4),
    Building("10", 18, 1, 4, 4),
    Building("11", 3, 0, 4, 4),
)
OCCUPIED = 0.9  # some flats stand empty


def grid_name(number: int) -> str:
    return GRID_NAMES[number - 1] if number <= len(GRID_NAMES) else f"第{number}网格"


def demo_addresses(
        buildings: tuple[Building, ...] = DEMO_BUILDINGS) -> list[tuple[str, str, str, int]]:
    """Every flat of the demo community: (building, unit, room, grid)."""
    out = []
    for b in buildings:
        for unit in range(1, b.units + 1) if b.units else [0]:
            for floor in range(1, b.floors + 1):
                for r in range(1, b.rooms_per_floor + 1):
                    out.append((b.number, str(unit), f"{floor}{r:02d}", b.grid))
    return out


@dataclass(frozen=True)
class PopulateStep:
    name: str
    needed: Callable[..., bool]  # (ctx) -> bool
    run: Callable[..., None]  # (ctx, rng: random.Random) -> None
    late: bool = False  # works on what the other steps made (e.g. receiving a demo round): runs last


def _households_needed(ctx) -> bool:  # noqa: ANN001 - Context
    with ctx.read() as s:
        return s.execute(text("SELECT count(*) FROM household")).scalar_one() == 0


def _populate_households(ctx, rng: random.Random) -> None:  # noqa: ANN001 - Context
    people = DemoPeople(rng)
    flats = [f for f in demo_addresses() if rng.random() < OCCUPIED]
    flagged = set(rng.sample(range(len(flats)), k=round(len(flats) * 0.08)))
    profiles = people.profile_cycle(len(flagged))
    data = []
    for i, (building, unit, room, grid) in enumerate(flats):
        profile = profiles.pop() if i in flagged else None
        data.append(people.household(building, unit, room, grid_name(grid), profile))
    with ctx.write() as w:
        w.append_many("household.created", [d.payload() for d in data])


STEPS: list[PopulateStep] = [
    PopulateStep("households", _households_needed, _populate_households),
]


def register_step(step: PopulateStep) -> None:
    """Add a populate step (runs after those already listed); registering twice does nothing."""
    if all(s.name != step.name for s in STEPS):
        STEPS.append(step)


def ensure_demo(ctx, seed: int = DEMO_SEED) -> list[str]:  # noqa: ANN001 - Context
    """Make this database the demo community, or finish making it. Returns the names of the
    steps that ran (empty when the demo was already complete)."""
    site = ctx.site
    with ctx.read() as s:
        last_seq = s.execute(text("SELECT last_seq FROM site WHERE is_self = 1")).scalar_one()
    if site.site_id != DEMO_SITE_ID:
        if last_seq > 0:
            raise UserError(translate(
                "Demo", "这个数据库已是接驳点 {id}（{name}）的数据，不能放入演示社区；"
                        "请用 --db 指定另一个文件。").format(id=site.site_id, name=site.name))
        init_site(ctx, DEMO_SITE_ID, DEMO_SITE_NAME)
    from pickuppoint.services.demo import receiving, rounds  # noqa: F401  (the demo's own steps register themselves)

    ran = []
    for step in [s for s in STEPS if not s.late] + [s for s in STEPS if s.late]:
        if step.needed(ctx):
            step.run(ctx, random.Random(f"{seed}:{step.name}"))
            ran.append(step.name)
    return ran


# --- synthetic data at scale (benchmarks) ---------------------------------------------------

SCALE_BUILDING = Building("", floors=30, units=2, rooms_per_floor=4, grid=0)


def _scale_addresses(existing: set[str]):  # noqa: ANN202 - generator of (b, u, r, grid)
    """Flats in as many 2-unit, 30-floor towers as it takes, skipping codes already used."""
    number = 0
    per_grid = 10  # ten towers per grid
    while True:
        number += 1
        b = Building(str(number), SCALE_BUILDING.floors, SCALE_BUILDING.units,
                     SCALE_BUILDING.rooms_per_floor, 1 + (number - 1) // per_grid)
        for building, unit, room, grid in demo_addresses((b,)):
            if f"{building}-{unit}-{room}" not in existing:
                yield building, unit, room, grid


def generate_households(ctx, count: int, seed: int = 1,  # noqa: ANN001 - Context
                        progress: Progress | None = None) -> int:
    """`count` synthetic households, written in transactions of CHUNK records through the
    bulk projection. Returns how many were written."""
    if count < 0:
        raise UserError(translate("Demo", "住户数不能是负数。"))
    rng = random.Random(f"{seed}:scale-households")
    people = DemoPeople(rng)
    with ctx.read() as s:
        existing = set(s.execute(text("SELECT code FROM household")).scalars())
    flats = _scale_addresses(existing)
    done = 0
    while done < count:
        n = min(CHUNK, count - done)
        payloads = []
        for _ in range(n):
            building, unit, room, grid = next(flats)
            profile = people.random_profile() if rng.random() < 0.08 else None
            payloads.append(people.payload(building, unit, room, grid_name(grid), profile))
        with ctx.write() as w:
            w.append_many("household.created", payloads)
        done += n
        if progress:
            progress(done, count)
    return done


def generate_parcels(ctx, per_household: int, seed: int = 1,  # noqa: ANN001 - Context
                     progress: Progress | None = None) -> int:
    """`per_household` synthetic parcels for every household (benchmarks): the number made."""
    if per_household <= 0:
        return 0
    from pickuppoint.services.parcels.records import add_synthetic_parcels

    return add_synthetic_parcels(ctx, per_household=per_household, seed=seed, progress=progress)


def ensure_scale_site(ctx) -> None:  # noqa: ANN001 - Context
    """A fresh database gets a site id of its own for the synthetic data."""
    with ctx.read() as s:
        last_seq = s.execute(text("SELECT last_seq FROM site WHERE is_self = 1")).scalar_one()
    if last_seq == 0:
        init_site(ctx, "BENCH01", "基准测试接驳点")
