"""The bundle's entry point: the same `pickuppoint` command as the installed package."""

import sys

from pickuppoint.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
