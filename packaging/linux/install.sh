#!/usr/bin/env bash
# Install the built bundle for the current user (no root): the program in
# ~/.local/lib/pickuppoint, the command ~/.local/bin/pickuppoint, the menu entry and its icons.
#   packaging/linux/install.sh [BUNDLE_DIR]      (default: build/bundle/dist/pickuppoint)
#   packaging/linux/install.sh --uninstall       (the data in ~/.local/share/pickuppoint is kept)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
lib=$HOME/.local/lib/pickuppoint
bin=$HOME/.local/bin
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor
if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$lib" "$bin/pickuppoint" "$apps/pickuppoint.desktop" \
        "$icons/64x64/apps/pickuppoint.png" "$icons/256x256/apps/pickuppoint.png"
    echo "Removed pickuppoint (the data in ${XDG_DATA_HOME:-$HOME/.local/share}/pickuppoint is kept)."
    exit 0
fi
bundle=${1:-$root/build/bundle/dist/pickuppoint}
[ -x "$bundle/pickuppoint" ] || { echo "No bundle at $bundle: run ./run.sh bundle first." >&2; exit 1; }
mkdir -p "$lib" "$bin" "$apps" "$icons/64x64/apps" "$icons/256x256/apps"
rm -rf "$lib" && cp -a "$bundle" "$lib"
ln -sf "$lib/pickuppoint" "$bin/pickuppoint"
install -m 644 "$here/pickuppoint.desktop" "$apps/pickuppoint.desktop"
install -m 644 "$root/resources/icons/pickuppoint-64.png" "$icons/64x64/apps/pickuppoint.png"
install -m 644 "$root/resources/icons/pickuppoint.png" "$icons/256x256/apps/pickuppoint.png"
echo "Installed: $bin/pickuppoint and the menu entry 社区接驳点."
