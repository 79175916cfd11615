#!/usr/bin/env bash
# The tests drive Debian's Chromium (a test runner cannot download its own browser here) and
# serve a build through nginx with deploy/nginx/. Installs what is missing when this user may;
# otherwise says how.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$browser" ] || missing+=(chromium)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Cài công cụ kiểm thử: ${missing[*]} (apt-get install)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Thiếu ${missing[*]}. Cài bằng: sudo apt-get install ${missing[*]} (hoặc đặt CHROMIUM_PATH cho Chromium)." >&2
exit 1
