#!/bin/sh
# Add crmdesk to the desktop menu of the current user: run from the unpacked bundle folder.
#   ./install.sh            # installs a menu entry and icon pointing at this folder
#   ./install.sh --remove   # removes them
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/crmdesk.desktop" "$icons/crmdesk.png"
    exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/crmdesk.png" "$icons/crmdesk.png"
sed -e "s|^Exec=crmdesk|Exec=\"$here/crmdesk\"|" -e "s|^TryExec=crmdesk|TryExec=$here/crmdesk|" \
    "$here/crmdesk.desktop" > "$apps/crmdesk.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$apps" || true; fi
echo "crmdesk added to the applications menu ($apps/crmdesk.desktop)"
