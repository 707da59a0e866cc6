#!/usr/bin/env bash
# Renders drafted plans the way people open them: antq draft → .docx → LibreOffice (headless) → PDF → PNG.
# Checks that every draft converts without error and has the expected number of pages, and regenerates
# docs/images/drafted-plan-page1.png (the first page of a drafted province plan). Run by hand, not by CI:
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation
#   docs/tools/render-drafted-plan.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for tool in soffice pdfinfo pdftoppm; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (see the header of this script)" >&2; exit 2; }
done

dotnet build "$root/src/AntqDomain.Cli" -c Release -v quiet -nologo >/dev/null
antq=(dotnet "$root/src/AntqDomain.Cli/bin/Release/net10.0/antq.dll")

# level | unit | year | issuer | expected pages (A4, Times New Roman 14 pt or its metric twin Liberation Serif)
cases=(
  "province|tỉnh Tuyên Quang|2026|committee|3"
  "commune|xã Đồng Tâm|2026|people-committee|2"
  "district|huyện Bắc Sơn|2024|committee|2"
  "central||2025|committee|3"
)
status=0
for c in "${cases[@]}"; do
  IFS='|' read -r level unit year issuer pages <<<"$c"
  name="$level-$year-$issuer"
  "${antq[@]}" draft --level "$level" --unit "$unit" --year "$year" --issuer "$issuer" --out "$work/$name.docx" 2>/dev/null
  if ! soffice --headless --convert-to pdf --outdir "$work" "$work/$name.docx" >"$work/$name.log" 2>&1 || [ ! -s "$work/$name.pdf" ]; then
    echo "FAIL $name: LibreOffice could not convert it"; cat "$work/$name.log"; status=1; continue
  fi
  got="$(pdfinfo "$work/$name.pdf" | awk '/^Pages:/ {print $2}')"
  if [ "$got" != "$pages" ]; then
    echo "FAIL $name: $got pages, expected $pages"; status=1
  else
    echo "ok   $name: $got pages"
  fi
done

pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/province-2026-committee.pdf" "$root/docs/images/drafted-plan-page1"
echo "wrote docs/images/drafted-plan-page1.png"
exit $status
