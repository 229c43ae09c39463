#!/bin/sh
# Installs the Debian 12 packages Mentoring Compact needs to build, run and
# test. Works as root or through sudo. Safe to run again.
set -eu
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
PACKAGES="g++ cmake ninja-build git pkg-config \
  qt6-base-dev qt6-svg-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libqt6svg6 \
  qt6-qpa-plugins libsqlite3-dev sqlite3 libboost-date-time-dev nlohmann-json3-dev \
  libcli11-dev libkainjow-mustache-dev libssl-dev libical-dev libfontconfig-dev catch2 \
  xvfb xauth fonts-dejavu-core fonts-symbola fonts-unifont poppler-utils python3-fonttools \
  desktop-file-utils appstream libxml2-utils shared-mime-info file dpkg-dev \
  clang libclang-rt-14-dev"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  $SUDO apt-get update
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
fi
