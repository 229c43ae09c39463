#!/bin/sh
# Renders the PNG sizes of the application icon and of the .compact document
# icon into hicolor/ from their SVGs. Run once after changing an SVG and
# commit the PNGs: the build does not need rsvg-convert (librsvg2-bin).
#   sh resources/icons/render-png-icons.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.mentoringcompact.MentoringCompact
for size in 16 32 48 64 128 256; do
  dir="$here/hicolor/${size}x${size}"
  mkdir -p "$dir/apps" "$dir/mimetypes"
  rsvg-convert -w "$size" -h "$size" -o "$dir/apps/$id.png" "$here/mentoring-compact.svg"
  rsvg-convert -w "$size" -h "$size" -o "$dir/mimetypes/application-x-mentoring-compact.png" \
    "$here/hicolor/scalable/mimetypes/application-x-mentoring-compact.svg"
done
