#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own browser download does not work here).
# Installs it, with a CJK font so screenshots show the Chinese labels, when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "wqy\|noto sans cjk"; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
  echo "Chromium is missing: install Debian's 'chromium' and 'fonts-wqy-zenhei' packages (as root: apt-get install chromium fonts-wqy-zenhei)" >&2
  exit 1
fi
echo "Installing chromium and fonts-wqy-zenhei from Debian ..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
