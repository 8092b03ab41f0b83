#!/usr/bin/env bash
# Opens tabconv's written .docx files with the programs people use, and fails on any difference.
#
# 1. Installs LibreOffice (writer, no GUI), python-docx, pandoc, poppler and CJK fonts when missing.
# 2. Runs the Swift suite DocxClientTests with missing clients counted as failures:
#    LibreOffice's text export of a small file, line by line; python-docx's and pandoc's view of
#    both seeds (table count, rows×columns, every cell's place, spans and text, as
#    scripts/docx-client-view.py prints them) against the model the file was written from; a file
#    with a list label, a footnote, a comment, a text box, a header and a footer saved again by
#    LibreOffice and read back by tabconv, and opened by python-docx.
# 3. Prints both seeds to PDF with LibreOffice and checks the PDF: pages, a CJK font embedded, and
#    the form titles in its text. Page 1 of each is left as a PNG for a person to look at.
#
# Usage: scripts/docx-clients-check.sh [OUTPUT_DIR]   (default: a new temporary folder, kept)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d /tmp/tabconv-docx-clients.XXXXXX)}"
mkdir -p "$out"

scripts/install-system-packages.sh libreoffice-writer-nogui python3-docx pandoc poppler-utils fonts-noto-cjk

swift build --build-tests
TABCONV_REQUIRE_DOCX_CLIENTS=1 TABCONV_DOCX_CLIENT_OUTPUT="$out" swift test --skip-build --filter DocxClientTests

render="$out/render"
mkdir -p "$render"
cp "$out"/python-docx/*.docx "$render"/
failures=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}"; then echo "ok: $1"; else echo "FAILED: $1"; failures=$((failures + 1)); fi
}
for docx in "$render"/*.docx; do
  soffice "-env:UserInstallation=file://$render/lo-profile" --headless --norestore \
    --convert-to pdf --outdir "$render" "$docx" >/dev/null 2>&1 || true
  pdf="${docx%.docx}.pdf"
  name="$(basename "$docx")"
  check "$name prints to PDF" test -s "$pdf"
  [ -s "$pdf" ] || continue
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  check "$name: $pages pages" test "$pages" -ge 1
  check "$name: a CJK font is embedded" sh -c "pdffonts '$pdf' | grep -qi 'cjk\|song\|hei\|ming'"
  text="$(pdftotext -layout "$pdf" - | tr -d ' ')"
  case "$name" in
    market*) title="2023年部门整体支出绩效目标表" ;;
    county*) title="部门整体绩效目标" ;;
    *) title="" ;;
  esac
  check "$name: the text holds $title" grep -q "$title" <<<"$text"
  pdftoppm -png -r 60 -f 1 -l 1 "$pdf" "${docx%.docx}"
done
echo "pages to look at: $(ls "$render"/*.png | tr '\n' ' ')"
[ "$failures" -eq 0 ] && echo "docx clients check: all passed" || { echo "docx clients check: $failures failed"; exit 1; }
