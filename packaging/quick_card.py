"""Write docs/quick-card.zh.pdf (and docs/quick-card.en.pdf): the counter's one-page quick card,
as the program prints it from Help > 打印发放台速查卡 (documents/quick_card.py).

    python packaging/quick_card.py   then look: pdftoppm -r 80 -png docs/quick-card.zh.pdf /tmp/card
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from pickuppoint.documents.quick_card import render_quick_card
    from pickuppoint.ui.translator import load_translator

    for lang in ("zh_CN", "en"):
        load_translator(lang)
        out = ROOT / "docs" / f"quick-card.{lang.split('_')[0]}.pdf"
        out.write_bytes(render_quick_card())
        print(out)


if __name__ == "__main__":
    main()
