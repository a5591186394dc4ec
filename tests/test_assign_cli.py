"""The command line of assignment: points add --building, points assign / unassign / list,
rounds create --point, rounds assign (exit codes, one JSON object, nothing written on refusal)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from tests.cli_helpers import run_cli

from pickuppoint.services.context import Context


def test_assignment_commands(tmp_path: Path, capsys) -> None:
    hub = tmp_path / "hub.sqlite3"

    def cli(*args: str | Path):  # noqa: ANN202
        return run_cli(capsys, "--db", hub, *args)

    assert cli("init", "--site-id", "JDB", "--name", "白竹街道办", "--role", "coordinator").code == 0
    roster = tmp_path / "r.csv"
    roster.write_text("楼栋,单元,房号,户主,人数\n" + "".join(
        f"{b},1,{r},住户{b}{r},1\n" for b in (1, 2, 4, 5) for r in (101, 102)), encoding="utf-8")
    assert cli("households", "import", roster, "--json").json()["imported"] == 8
    added = cli("points", "add", "PA", "--name", "东门", "-o", tmp_path / "PA.setup",
                "--building", "1", "--building", "2", "--json")
    assert added.code == 0 and added.json()["site_id"] == "PA"
    refused = cli("points", "add", "PB", "--name", "西门", "-o", tmp_path / "PB.setup", "--building", "9")
    assert refused.code == 1 and "没有 9 栋" in refused.err and not (tmp_path / "PB.setup").exists()
    assert cli("points", "add", "PB", "--name", "西门", "-o", tmp_path / "PB.setup", "--building", "4").code == 0
    listed = cli("points", "list", "--json").json()
    assert listed == {"points": [{"site_id": "PA", "name": "东门", "households": 4},
                                 {"site_id": "PB", "name": "西门", "households": 2}], "unassigned": 2}
    made = cli("rounds", "create", "配发", "--kind", "allocation", "--point", "PA", "--point", "pb", "--json")
    assert made.code == 0 and made.json()["points"] == ["PA", "PB"]
    assert cli("rounds", "create", "别的", "--point", "PX").code == 1
    assert cli("parcels", "allocate", "配发", "--json").json()["parcels"] == 8
    moved = cli("points", "assign", "PB", "--household", "2-1-101", "--json")
    assert moved.code == 0 and moved.json() == {"point": "PB", "households": 1, "unchanged": 0, "parcels": 1}
    assert cli("points", "unassign", "--building", "5", "--json").json()["households"] == 0
    assert cli("points", "unassign").code == 1
    assert cli("rounds", "assign", "配发", "--all", "--json").json()["points"] == []
    assert cli("rounds", "assign", "配发").code == 2
    ctx = Context.open(hub, "协调员")
    with ctx.read() as s:
        points = dict(s.execute(text("SELECT household_code, point_site FROM parcel")).all())
        assert s.execute(text("SELECT count(*) FROM record WHERE kind = 'round.created'")).scalar() == 1
    ctx.close()
    assert points["1-1-101"] == "PA" and points["2-1-101"] == "PB" and points["4-1-101"] == "PB"
    assert points["5-1-101"] == ""  # no point, in a round for both: either may hand it over
