#!/usr/bin/env bash
# Retakes the pictures of the README's tour and puts them, compressed, in docs/tour.
#
#   scripts/update-tour.sh
#
# Runs ReadmeTourBrowserTest (headless Chromium: apt-get install chromium chromium-driver), which shows the demo
# institute's main pages on a 360-px phone, a 390-px phone in the dark scheme and a desktop, and checks each page as
# every page is checked. pngquant (apt-get install pngquant), when present, makes each picture about half as heavy.
set -euo pipefail
cd "$(dirname "$0")/.."

REQUIRE_BROWSER=true ./mvnw -q test -Dtest=ReadmeTourBrowserTest -Dsurefire.failIfNoSpecifiedTests=false
mkdir -p docs/tour
for picture in target/tour/readme/*.png; do
  if command -v pngquant >/dev/null 2>&1; then
    pngquant --force --skip-if-larger --quality 70-95 --strip --output "docs/tour/$(basename "$picture")" "$picture" \
      || cp "$picture" docs/tour/
  else
    cp "$picture" docs/tour/
  fi
done
du -ch docs/tour/*.png | tail -1
