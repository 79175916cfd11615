#!/usr/bin/env bash
# The browser tests drive Debian's Chromium; a test runner cannot download its own browser here.
# Installs it when missing and this user may; otherwise says how.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Cài Chromium cho kiểm thử trình duyệt (apt-get install chromium)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Thiếu Chromium ở $browser. Cài bằng: sudo apt-get install chromium (hoặc đặt CHROMIUM_PATH)." >&2
exit 1
