#!/usr/bin/env bash
# The two commands of the quick start:
#   ./run.sh demo   set up (first time) and open the demo community
#   ./run.sh test   set up (first time) and run every test, then the quick benchmarks
# Also: ./run.sh setup | ./run.sh app [ARGS...] (the pickuppoint command) | ./run.sh bench [--quick]
set -euo pipefail
cd "$(dirname "$0")"
VENV=.venv
PY=${PYTHON:-python3}

system_packages() {
    # Debian/Ubuntu as root: the libraries headless Qt needs, a CJK font, Xvfb and poppler
    # (to look at rendered pages). Skipped elsewhere; see README for other systems.
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 0
    local pkgs="python3-venv libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
        libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
        libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xfixes0 libpulse0
        fonts-wqy-microhei poppler-utils poppler-data xvfb xauth"
    local missing=""
    for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
    [ -z "$missing" ] && return 0
    echo "Installing system packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

setup() {
    system_packages
    if [ ! -x "$VENV/bin/python" ]; then
        "$PY" -m venv "$VENV"
    fi
    local stamp="$VENV/.installed"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e ".[test]"
        touch "$stamp"
    fi
    "$VENV/bin/python" packaging/build_assets.py
}

with_display() {
    # A real window needs a display; start a virtual one where there is none (a server, CI).
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1440x900x24" "$@"
    else
        "$@"
    fi
}

cmd=${1:-help}; shift || true
case "$cmd" in
    setup) setup ;;
    demo) setup; with_display "$VENV/bin/pickuppoint" demo "$@" ;;
    app) setup; "$VENV/bin/pickuppoint" "$@" ;;
    test)
        setup
        export QT_QPA_PLATFORM=offscreen
        "$VENV/bin/python" -m pytest -p no:cacheprovider "$@"
        "$VENV/bin/python" bench/run.py --quick
        ;;
    bench) setup; QT_QPA_PLATFORM=offscreen "$VENV/bin/python" bench/run.py "$@" ;;
    *) sed -n '2,6p' "$0"; exit 2 ;;
esac
