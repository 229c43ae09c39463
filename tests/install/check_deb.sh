#!/bin/sh
# Builds the Debian package with CPack into a scratch folder and checks it:
# the control data declares the libraries the binaries link and the plugins
# and fonts they load; the contents are the installed tree under /usr; the
# package, unpacked into a scratch root (dpkg-deb -x, not installed: that
# needs root and a clean system, docs/install.md), runs from there.
#   check_deb.sh BUILD_DIR WORK_DIR APP_ID
set -eu
build=$1 work=$2 id=$3
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

rm -rf "$work"
mkdir -p "$work"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 || {
  cat "$work/cpack.log" >&2
  exit 1
}
deb=$(ls "$work"/mentoring-compact_*.deb)
echo "built $deb"

dpkg-deb -f "$deb" Package Version Architecture Depends Recommends | tee "$work/control"
depends=$(dpkg-deb -f "$deb" Depends)
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 \
  libsqlite3-0 libssl3 libical3 fonts-dejavu-core; do
  echo "$depends" | tr ',' '\n' | grep -q "^ *$package\( \|\$\)" ||
    fail "Depends does not name $package: $depends"
done

dpkg-deb -c "$deb" | awk '{print $NF}' >"$work/contents"
for f in \
  ./usr/bin/mentoring-compact \
  ./usr/lib/mentoring-compact/mentoring-compact-desktop.so \
  ./usr/share/mentoring-compact/templates/compacts/postdoctoral.json \
  "./usr/share/applications/$id.desktop" \
  "./usr/share/metainfo/$id.metainfo.xml" \
  "./usr/share/mime/packages/$id.xml" \
  "./usr/share/icons/hicolor/scalable/apps/$id.svg" \
  "./usr/share/icons/hicolor/48x48/apps/$id.png" \
  ./usr/share/icons/hicolor/scalable/mimetypes/application-x-mentoring-compact.svg \
  ./usr/share/icons/hicolor/48x48/mimetypes/application-x-mentoring-compact.png \
  ./usr/share/doc/mentoring-compact/copyright; do
  grep -qx "$f" "$work/contents" || fail "the package does not hold $f"
done
# Nothing outside /usr (a file from the build machine, a stray prefix).
if grep -v '^\./$' "$work/contents" | grep -v '^\./usr/'; then
  fail "the package holds files outside /usr"
fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
out=$("$root/usr/bin/mentoring-compact" --version) || fail "--version failed"
echo "$out" | grep -q "^mentoring-compact " || fail "--version printed: $out"
if MC_STARTUP_PROBE=1 timeout 60 "$root/usr/bin/mentoring-compact" >"$work/start.out" 2>&1 &&
  grep -q "^mc-startup-probe " "$work/start.out"; then
  :
else
  fail "the packaged desktop application did not start: $(cat "$work/start.out")"
fi

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed; the package is $deb" >&2
  exit 1
fi
echo "package $deb: dependencies declared, contents complete, and it runs"
