"""Import one batch file into a coordinator database, then report the process's memory.

    sync_import.py HUB_DB FILE

Prints one JSON line: {"new_records": n, "status": ..., "rss": bytes, "hwm": bytes}.
Exit status 3 when sync is not in the tree yet.
"""

from __future__ import annotations

import json
import sys


def memory() -> dict[str, int]:
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line[2:5].lower()] = int(line.split()[1]) * 1024
    return out


def main() -> None:
    try:
        from pickuppoint.services.sync import importer
    except ModuleNotFoundError:
        print(json.dumps({"not_ready": "pickuppoint.services.sync does not exist yet"}))
        sys.exit(3)
    from pickuppoint.services.context import Context

    ctx = Context.open(sys.argv[1], "bench")
    [result] = importer.import_files(ctx, [sys.argv[2]])
    ctx.close()
    print(json.dumps({"new_records": result.new_records, "status": result.status,
                      "reason": result.reason, **memory()}))


if __name__ == "__main__":
    main()
