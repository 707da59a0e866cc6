#!/usr/bin/env bash
# Builds the documentation site into docs/_site with docfx (a local tool, see dotnet-tools.json): the pages of docs/
# and an API reference generated from the XML documentation of AntqDomain and AntqDomain.Docx. Any warning — a
# broken link, a missing file, an unresolved cross-reference — fails the build.
set -euo pipefail
cd "$(dirname "$0")"
dotnet tool restore >/dev/null
rm -rf api/*.yml api/.manifest _site
dotnet docfx docfx.json --warningsAsErrors "$@"
echo "site: $(pwd)/_site/index.html"
