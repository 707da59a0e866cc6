#!/usr/bin/env bash
# Regenerates the Word files written by LibreOffice that the tests read (CI reads the committed files and needs no
# LibreOffice). LibreOffice's XML differs from the OpenXml SDK's (styles, run splitting, section and header parts),
# which is what real files from users look like. Needs: apt-get install -y --no-install-recommends
# libreoffice-writer-nogui fonts-liberation
#   tests/AntqDomain.Tests/Fixtures/libreoffice/regenerate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v soffice >/dev/null || { echo "missing: soffice (see the header of this script)" >&2; exit 2; }

dotnet build "$root/src/AntqDomain.Cli" -c Release -v quiet -nologo >/dev/null
antq=(dotnet "$root/src/AntqDomain.Cli/bin/Release/net10.0/antq.dll")

# 1. The clean example as the library writes it, saved again by LibreOffice.
cp "$root/docs/examples/province-plan-2026.docx" "$work/province-plan-2026.docx"
# 2. The defective example as a person lays it out by hand (automatic numbering), saved again by LibreOffice.
cp "$root/docs/examples/commune-plan-2025-defects.docx" "$work/commune-plan-2025-defects.docx"
# 3. A drafted commune plan of a People's Committee.
"${antq[@]}" draft --level commune --unit "xã Đồng Tâm" --year 2026 --issuer people-committee --date 2026-06-10 --out "$work/commune-draft-2026.docx" 2>/dev/null
# 4. LibreOffice's own conversion of a plain-text plan (a .txt opened and saved as .docx: no layout at all).
cp "$root/docs/examples/province-plan-2026.txt" "$work/province-plan-2026-from-text.txt"

mkdir -p "$work/out"
for f in "$work"/*.docx "$work"/*.txt; do
  soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$work/out" "$f" >/dev/null 2>&1
done
for f in "$work"/out/*.docx; do
  cp "$f" "$here/$(basename "${f%.docx}").lo.docx"
  echo "wrote $(basename "${f%.docx}").lo.docx"
done
