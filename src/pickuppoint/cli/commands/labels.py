"""labels ROUND -o FILE.pdf [--layout a4-3x8|roll-50x30] [--signs]: a round's parcel labels, or
its building signs for the storage area."""

from __future__ import annotations

import argparse

from pickuppoint.cli.main import add_command, open_context
from pickuppoint.documents.labels import LAYOUT_NAMES, page_count, write_labels
from pickuppoint.i18n import translate

ORDER = 32


def register(sub) -> None:  # noqa: ANN001
    p = add_command(sub, "labels", _labels, translate("Cli", "打印一个批次的包裹标签（PDF）"))
    p.add_argument("round", metavar="ROUND", help=translate("Cli", "批次名称或编号"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--layout", choices=LAYOUT_NAMES, default="a4-3x8",
                   help=translate("Cli", "a4-3x8：A4 不干胶标签纸，每页 3×8 张；roll-50x30：50×30 毫米标签卷"))
    p.add_argument("--signs", action="store_true",
                   help=translate("Cli", "改为打印楼栋分拣牌（每栋楼一页 A4）"))


def _labels(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    if args.signs:
        from pickuppoint.documents.signs import write_building_signs

        pages = write_building_signs(ctx, args.round, args.output)
        print(translate("Cli", "已生成 {pages} 页楼栋分拣牌，保存到 {path}。").format(pages=pages, path=args.output))
        return 0
    n = write_labels(ctx, args.round, args.output, args.layout)
    print(translate("Cli", "已生成 {n} 张标签（{pages} 页），保存到 {path}。").format(
        n=n, pages=page_count(n, args.layout), path=args.output))
    return 0
