"""Running the command line in tests, in-process (fast) or as the real program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> dict:
        return json.loads(self.out)


def run_cli(capsys, *args: str | Path) -> CliResult:
    """`pickuppoint ARGS` in this process: exit status, stdout, stderr."""
    from pickuppoint.__main__ import main

    capsys.readouterr()
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return CliResult(code, captured.out, captured.err)


def run_program(*args: str | Path, env: dict[str, str] | None = None,
                input: str | None = None) -> CliResult:  # noqa: A002
    """The installed program in a subprocess, as acceptance checks run it."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "pickuppoint", *map(str, args)],
                          capture_output=True, text=True, env=full_env, input=input, timeout=120)
    return CliResult(proc.returncode, proc.stdout, proc.stderr)
