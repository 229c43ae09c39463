#!/bin/sh
# The MIME type of .compact files as an installed desktop sees it: the
# installed MIME XML merged with the system's (freedesktop.org.xml) into one
# database by update-mime-database, as the Debian trigger of shared-mime-info
# does, then read by Qt (mime_check).
#   check_mime.sh MIME_CHECK INSTALLED_SHARE WORKSPACE WORK_DIR
set -eu
check=$1 share=$2 workspace=$3 work=$4
if ! command -v update-mime-database >/dev/null; then
  echo "update-mime-database is missing: install shared-mime-info"
  exit 77
fi
db="$work/mimedb"
rm -rf "$db"
mkdir -p "$db/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$share"/mime/packages/*.xml "$db/mime/packages/"
# It reports a malformed file on stderr but still exits 0: fail on any output.
XDG_DATA_DIRS="$db" XDG_DATA_HOME="$work/no-data-home" update-mime-database "$db/mime" \
  >"$work/update-mime-database.log" 2>&1
if [ -s "$work/update-mime-database.log" ]; then
  cat "$work/update-mime-database.log" >&2
  exit 1
fi
XDG_DATA_DIRS="$db" XDG_DATA_HOME="$work/no-data-home" "$check" "$workspace" "$work"
