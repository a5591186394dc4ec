"""demo (open the demo community, made on first use) and demo-data (synthetic data at scale)."""

from __future__ import annotations

import time
from pathlib import Path

from pickuppoint.cli.main import add_command, open_context
from pickuppoint.errors import UserError
from pickuppoint.i18n import translate

ORDER = 90


def register(sub) -> None:  # noqa: ANN001
    p = add_command(sub, "demo", _demo, translate("Cli", "打开演示社区（第一次使用时创建）"))
    p.add_argument("--seed", type=int, default=None,
                   help=translate("Cli", "随机种子（同一种子得到同样的社区）"))
    p = add_command(sub, "demo-data", _demo_data,
                    translate("Cli", "生成大量合成数据，用于性能测试"))
    p.add_argument("--households", type=int, required=True, metavar="N",
                   help=translate("Cli", "住户数"))
    p.add_argument("--parcels-per-household", type=int, default=0, metavar="K",
                   help=translate("Cli", "每户包裹数"))
    p.add_argument("--seed", type=int, default=1, metavar="S", help=translate("Cli", "随机种子"))


def _demo(args) -> int:  # noqa: ANN001
    from pickuppoint.services.context import Context
    from pickuppoint.services.demo import community as demo

    path = Path(args.db).expanduser() if getattr(args, "db", None) else demo.demo_db_path()
    operator = getattr(args, "operator", None)
    ctx = Context.open(path, operator)
    try:
        ran = demo.ensure_demo(ctx, args.seed if args.seed is not None else demo.DEMO_SEED)
        if ran:
            with ctx.read() as s:
                from pickuppoint.services.households import records as households

                n = households.count(s, households.Query())
            print(translate("Cli", "已创建演示社区“{name}”：{n} 户。数据库：{path}").format(
                name=ctx.site.name, n=n, path=path))
    finally:
        ctx.close()
    from pickuppoint.ui.app import run_app

    return run_app(path, operator, getattr(args, "lang", None), demo=True)


def _demo_data(args) -> int:  # noqa: ANN001
    from pickuppoint.services.demo import community as demo

    if args.households < 0 or args.parcels_per_household < 0:
        raise UserError(translate("Cli", "住户数和每户包裹数不能是负数。"))
    ctx = open_context(args)
    try:
        demo.ensure_scale_site(ctx)
        start = time.perf_counter()
        made = demo.generate_households(ctx, args.households, args.seed)
        print(translate("Cli", "已生成 {n} 户（{s:.1f} 秒）。").format(
            n=made, s=time.perf_counter() - start))
        if args.parcels_per_household:
            start = time.perf_counter()
            parcels = demo.generate_parcels(ctx, args.parcels_per_household, args.seed)
            print(translate("Cli", "已生成 {n} 个包裹（{s:.1f} 秒）。").format(
                n=parcels, s=time.perf_counter() - start))
    finally:
        ctx.close()
    return 0
