"""The bundle's entry point: the same `pickuppoint` command as the installed package.

On Windows the windowed program (pickuppoint.exe) has no console: Python then has no stdout or
stderr, and the messages the program writes there go to nothing instead of failing."""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from pickuppoint.__main__ import main  # noqa: E402

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the start backup is checked in a child process
    sys.exit(main())
