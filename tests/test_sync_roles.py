"""Who may move files: a coordinator enrols points, imports batches, makes update files and
accepts gaps; at a point a community worker exports batches and imports updates; a volunteer
does neither (the same permission map as every other act)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.sync_data import add_household, enrol_point, make_hub

from pickuppoint.errors import Refused
from pickuppoint.services.operators import records as operators
from pickuppoint.services.operators.signin import sign_in
from pickuppoint.services.sync import enrol, export, gaps, importer


def test_sync_acts_need_their_role(tmp_path: Path) -> None:
    hub = make_hub(tmp_path)
    point = enrol_point(hub, tmp_path, "BZT", "白竹亭东门")
    try:
        add_household(point, "3-2-501", "王秀英", "13800138001")
        # staff both sides: the first operator is added while anything goes, then signs in
        operators.add_operator(hub, "陈协调", "coordinator", "1357")
        sign_in(hub, "陈协调", "1357")
        operators.add_operator(hub, "小周", "volunteer")
        operators.add_operator(point, "王主任", "worker", "2468")
        sign_in(point, "王主任", "2468")
        operators.add_operator(point, "小李", "volunteer")

        sign_in(point, "小李")
        with pytest.raises(Refused, match="同步数据"):
            export.export_batch(point, tmp_path / "b.ppsync")
        assert not (tmp_path / "b.ppsync").exists()
        sign_in(point, "王主任", "2468")
        batch = export.export_batch(point, tmp_path / "b.ppsync")

        sign_in(hub, "小周")
        for act in (lambda: importer.import_files(hub, [batch.path]),
                    lambda: enrol.add_point(hub, "DXL", "东兴路菜场", tmp_path / "dxl.setup"),
                    lambda: export.export_update(hub, "BZT", tmp_path / "u.ppsync"),
                    lambda: gaps.accept_gap(hub, "BZT", 1, 2, "U 盘丢了")):
            with pytest.raises(Refused) as refused:
                act()
            assert refused.value.reason == "not_permitted"
        assert not (tmp_path / "dxl.setup").exists() and not (tmp_path / "u.ppsync").exists()

        sign_in(hub, "陈协调", "1357")
        assert importer.import_files(hub, [batch.path])[0].status == "imported"
        update = export.export_update(hub, "BZT", tmp_path / "u.ppsync")
        sign_in(point, "小李")
        with pytest.raises(Refused):
            importer.import_files(point, [update.path])
        sign_in(point, "王主任", "2468")
        assert importer.import_files(point, [update.path])[0].status == "imported"
    finally:
        point.close()
        hub.close()


def test_lists_and_reports_need_their_role(tmp_path: Path) -> None:
    from pickuppoint.services.context import Context
    from pickuppoint.services.lists import daily, ledger, uncollected
    from pickuppoint.services.site import init_site

    ctx = Context.open(tmp_path / "p.sqlite3", "王主任")
    try:
        init_site(ctx, "P01", "白竹亭接驳点")
        operators.add_operator(ctx, "王主任", "worker", "2468")
        sign_in(ctx, "王主任", "2468")
        operators.add_operator(ctx, "小李", "volunteer")
        sign_in(ctx, "小李")
        # a volunteer prints the uncollected list with masked phones, nothing more
        assert uncollected.gather(ctx, uncollected.Options()).rows == []
        for act in (lambda: uncollected.gather(ctx, uncollected.Options(full_phones=True)),
                    lambda: daily.gather(ctx, daily.parse_day(None)),
                    lambda: ledger.gather(ctx)):
            with pytest.raises(Refused) as refused:
                act()
            assert refused.value.reason == "not_permitted"
        sign_in(ctx, "王主任", "2468")
        uncollected.gather(ctx, uncollected.Options(full_phones=True))
        daily.gather(ctx, daily.parse_day(None))
        ledger.gather(ctx)
    finally:
        ctx.close()
