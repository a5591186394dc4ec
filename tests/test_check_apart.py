"""The start backup's check runs in a child process and says what it found in the window's
language: a clean copy passes, a forged record is named, in Chinese or in English."""

from __future__ import annotations

import re
import sqlite3

from counter_data import community
from pickuppoint.services.backup import rotation
from pickuppoint.ui import check_apart

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_the_child_passes_a_clean_copy_and_names_a_forged_record_in_either_language(ctx, db_path):
    community(ctx)
    backup = rotation.take_backup(db_path)
    assert check_apart.problems(backup, "zh_CN") == []
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE record SET hash = 'forged' WHERE seq = 3")
    conn.commit()
    conn.close()
    chinese = check_apart.problems(backup, "zh_CN")
    english = check_apart.problems(backup, "en")
    assert chinese and all(CJK.search(p) for p in chinese)
    assert len(english) == len(chinese)
    # the point's name is Chinese whatever the language; the sentence around it is not
    assert english[0].startswith("Record 3 of ") and "was changed" in english[0], english
