#!/usr/bin/env bash
# pickuppoint's commands for a clone; `./run.sh help` lists them (see usage() below).
set -euo pipefail
cd "$(dirname "$0")"
VENV=.venv
if [ -n "${PYTHON:-}" ]; then PY=$PYTHON; else
    # python3 when it is 3.11 or newer, else a python3.1x beside it (Ubuntu 22.04: python3.11)
    PY=python3
    for candidate in python3 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            PY=$candidate; break
        fi
    done
fi

python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

system_packages() {
    # Debian/Ubuntu as root: the libraries headless Qt needs, a CJK font, Xvfb and poppler
    # (to look at rendered pages). Skipped elsewhere; see README for other systems.
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 0
    # Ubuntu 22.04's python3 is 3.10: take its python3.11 package instead
    python_ok "$PY" || PY=python3.11
    local pkgs="$PY $PY-venv libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
        libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
        libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xfixes0 libpulse0
        fonts-wqy-microhei poppler-utils poppler-data xvfb xauth"
    local missing=""
    for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
    [ -z "$missing" ] && return 0
    echo "Installing system packages with apt-get:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

usage() {
    cat <<'TEXT'
Usage: ./run.sh COMMAND [ARGS...]

  demo            set up (first time), then open the demo community in a window
  test [ARGS]     set up, lint (ruff), run every test (pytest ARGS), then the quick benchmarks
  app [ARGS]      set up, then run the pickuppoint command (`./run.sh app --help`, `./run.sh app`
                  alone opens the window on your own database)
  bundle          set up, build the one-folder program with PyInstaller into
                  build/bundle/dist/pickuppoint/ and start it once on the demo to check it
  bench [--quick] set up, then run the benchmarks (docs/PERFORMANCE.md)
  setup           only set up: the system packages (as root on Debian/Ubuntu), .venv/ with the
                  Python packages, the generated forms and translations
  help            this text

Set-up needs Python 3.11 or newer (PYTHON=/path/to/python3.11 to choose one).
TEXT
}

setup() {
    system_packages
    if [ ! -x "$VENV/bin/python" ]; then
        if ! python_ok "$PY"; then
            echo "pickuppoint needs Python 3.11 or newer; $PY is $("$PY" -V 2>&1 || echo missing)." >&2
            echo "Install python3.11 (Ubuntu 22.04: sudo apt install python3.11 python3.11-venv) and run" >&2
            echo "  PYTHON=python3.11 ./run.sh $cmd" >&2
            exit 1
        fi
        echo "Creating the Python environment in $VENV/ ($("$PY" -V))"
        "$PY" -m venv "$VENV"
    fi
    local stamp="$VENV/.installed"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        echo "Installing the Python packages into $VENV/ (PySide6/Qt, SQLModel, ReportLab, openpyxl,"
        echo "cryptography and the test tools: about 250 MB to download the first time)"
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install --progress-bar on -e ".[test]"
        touch "$stamp"
    fi
    "$VENV/bin/python" packaging/build_assets.py
}

with_display() {
    # A real window needs a display; start a virtual one where there is none (a server, CI).
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
        echo "No display here: the window runs on a virtual display (Xvfb) you cannot see."
        echo "It keeps running until you press Ctrl+C. On a desktop, the window opens on your screen."
        xvfb-run -a -s "-screen 0 1440x900x24" "$@"
    else
        "$@"
    fi
}

cmd=${1:-help}; shift || true
case "$cmd" in
    help|-h|--help) usage ;;
    setup) setup ;;
    demo) setup; with_display "$VENV/bin/pickuppoint" demo "$@" ;;
    app) setup; "$VENV/bin/pickuppoint" "$@" ;;
    test)
        setup
        export QT_QPA_PLATFORM=offscreen
        "$VENV/bin/python" -m ruff check src tests bench packaging
        "$VENV/bin/python" -m pytest -p no:cacheprovider "$@"
        "$VENV/bin/python" bench/run.py --quick
        ;;
    bench) setup; QT_QPA_PLATFORM=offscreen "$VENV/bin/python" bench/run.py "$@" ;;
    bundle)
        setup
        "$VENV/bin/python" -c 'import PyInstaller' 2>/dev/null || {
            echo "Installing PyInstaller into $VENV/ (the bundle's builder)"
            "$VENV/bin/python" -m pip install -q -e ".[bundle]"
        }
        QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$VENV/bin/python" packaging/build_bundle.py --check
        echo "Install it for this user with packaging/linux/install.sh; on Windows see packaging/windows/."
        ;;
    *) echo "Unknown command: $cmd" >&2; usage >&2; exit 2 ;;
esac
