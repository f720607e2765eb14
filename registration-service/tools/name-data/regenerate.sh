#!/usr/bin/env bash
# Makes src/main/resources/names/strokes.txt.gz again from its two sources:
#   Unicode's Unihan database (kTotalStrokes), from Debian's unicode-data package or from unicode.org;
#   the cnchar-order package from npm (stroke sequences), and extra-sequences.tsv beside this script.
# Needs a JDK, npm, and either apt-get (Debian) or curl and unzip. Run from anywhere:
#   registration-service/tools/name-data/regenerate.sh
# then run the registration tests: the table's version changes, and stored sort keys are made again at start-up.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/names/strokes.txt.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

if command -v apt-get >/dev/null && apt-get download unicode-data >/dev/null 2>&1; then
    dpkg-deb -x unicode-data_*.deb deb
    bzcat deb/usr/share/unicode/Unihan_IRGSources.txt.bz2 > Unihan_IRGSources.txt
else
    curl -fsSLO https://www.unicode.org/Public/UCD/latest/ucd/Unihan.zip
    unzip -q Unihan.zip Unihan_IRGSources.txt
fi
npm pack --silent cnchar-order@3.2.6 >/dev/null
tar xzf cnchar-order-3.2.6.tgz

mkdir -p "$(dirname "$out")"
java "$here/StrokeTable.java" Unihan_IRGSources.txt package/cnchar.order.min.js "$here/extra-sequences.tsv" "$out"
echo "wrote $out"
