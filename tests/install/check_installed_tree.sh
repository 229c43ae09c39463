#!/bin/sh
# Installs the build into a scratch DESTDIR and checks the installed tree:
# every file a desktop needs is where it looks, and the installed program
# runs from there (its templates and its desktop module, not the build's).
#   check_installed_tree.sh BUILD_DIR WORK_DIR VERSION APP_ID
# Leaves WORK_DIR/root (DESTDIR, prefix /x) for the tests that follow.
set -eu
build=$1 work=$2 version=$3 id=$4
root="$work/root"
prefix=/x
tree="$root$prefix"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

rm -rf "$work"
mkdir -p "$work"
DESTDIR="$root" cmake --install "$build" --prefix "$prefix" >"$work/install.log"

# Where GNUInstallDirs puts things under the prefix; lib may be lib or
# lib/<multiarch>: the module is looked for relative to the executable.
for f in \
  bin/mentoring-compact \
  share/mentoring-compact/templates/compacts/kl2-career-development.json \
  share/mentoring-compact/templates/compacts/mentoring-team.json \
  share/mentoring-compact/templates/compacts/peer-mentoring.json \
  share/mentoring-compact/templates/compacts/phd-student.json \
  share/mentoring-compact/templates/compacts/postdoctoral.json \
  "share/applications/$id.desktop" \
  "share/metainfo/$id.metainfo.xml" \
  "share/mime/packages/$id.xml" \
  "share/icons/hicolor/scalable/apps/$id.svg" \
  share/icons/hicolor/scalable/mimetypes/application-x-mentoring-compact.svg \
  share/doc/mentoring-compact/copyright; do
  [ -s "$tree/$f" ] || fail "not installed: $prefix/$f"
done
for size in 16 32 48 64 128 256; do
  for f in "apps/$id.png" mimetypes/application-x-mentoring-compact.png; do
    png="$tree/share/icons/hicolor/${size}x${size}/$f"
    if [ ! -s "$png" ]; then
      fail "not installed: $png"
    elif command -v file >/dev/null && ! file "$png" | grep -q "PNG image data, $size x $size"; then
      fail "not a $size x $size PNG: $png"
    fi
  done
done
[ -x "$tree/bin/mentoring-compact" ] || fail "the executable is not executable"
module=$(find "$tree" -name mentoring-compact-desktop.so -path "*/mentoring-compact/*")
[ -n "$module" ] || fail "the desktop module is not installed under lib*/mentoring-compact/"
# Nothing the build leaves beside the executable was installed there.
[ ! -e "$tree/bin/mentoring-compact-desktop.so" ] || fail "the module is in bin/"

exe="$tree/bin/mentoring-compact"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"

out=$("$exe" --version) || fail "--version exited with $?"
[ "$out" = "mentoring-compact $version" ] || fail "--version printed '$out', not 'mentoring-compact $version'"

# The installed templates folder is the one read: a template added to it is
# listed, as built-in, beside the five shipped ones.
templates="$tree/share/mentoring-compact/templates/compacts"
sed 's/"id": "postdoctoral"/"id": "installed-marker"/' "$templates/postdoctoral.json" \
  >"$templates/installed-marker.json"
if out=$("$exe" templates 2>"$work/templates.err"); then
  tab=$(printf '\t')
  echo "$out" | grep -q "^installed-marker$tab.*${tab}built-in\$" ||
    fail "the installed templates folder was not read: $out $(cat "$work/templates.err")"
  [ "$(echo "$out" | wc -l)" -eq 6 ] || fail "expected 6 templates, got: $out"
else
  fail "templates exited with an error: $(cat "$work/templates.err")"
fi
rm -f "$templates/installed-marker.json"

# A workspace from an installed template (also used by the MIME test).
"$exe" new "$work/lab.compact" --scholar "Ada Lovelace" --mentor "Charles Babbage" \
  --template postdoctoral >"$work/new.out" || fail "new --template postdoctoral failed"

# The desktop application starts from the installed tree: the executable
# loads the installed module, the window is shown and painted (offscreen),
# and MC_STARTUP_PROBE=1 quits once it has been (ui/application.cpp).
start() {
  if MC_STARTUP_PROBE=1 timeout 60 "$exe" "$@" >"$work/start.out" 2>"$work/start.err"; then
    rc=0
  else
    rc=$?
  fi
  if [ $rc -ne 0 ] || ! grep -q "^mc-startup-probe " "$work/start.out"; then
    fail "the desktop application ($*) did not start (exit $rc): $(cat "$work/start.out" "$work/start.err")"
  fi
  if grep -i "could not\|cannot\|error" "$work/start.err"; then
    fail "the desktop application ($*) reported a problem"
  fi
}
start
start "$work/lab.compact"

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed; the tree is in $root" >&2
  exit 1
fi
echo "installed tree in $root: complete, and it runs"
