#!/bin/sh
# Renders the icon files the packages use from optimizer-playground.svg. The results are committed,
# so building the installers needs none of these tools; run this after changing the SVG.
# Needs: rsvg-convert (Debian: librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" optimizer-playground.svg -o "optimizer-playground-$size.png"
done
# Linux: jpackage takes one PNG for the desktop entry; the scenario file type uses the same.
cp optimizer-playground-256.png optimizer-playground.png
# Windows: one .ico holding every size Explorer asks for.
convert optimizer-playground-16.png optimizer-playground-24.png optimizer-playground-32.png \
        optimizer-playground-48.png optimizer-playground-64.png optimizer-playground-128.png \
        optimizer-playground-256.png optimizer-playground.ico
# macOS: an .icns with the Finder's sizes.
png2icns optimizer-playground.icns optimizer-playground-16.png optimizer-playground-32.png \
        optimizer-playground-128.png optimizer-playground-256.png optimizer-playground-512.png >/dev/null
# Only the files the packages use are kept.
rm optimizer-playground-16.png optimizer-playground-24.png optimizer-playground-32.png \
   optimizer-playground-48.png optimizer-playground-64.png optimizer-playground-128.png \
   optimizer-playground-256.png optimizer-playground-512.png
