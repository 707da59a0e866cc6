#!/usr/bin/env bash
# Cold start of the antq command, whole process, against a hello-world console app built the same way.
#
#   benchmarks/startup.sh [runs] [modes]      e.g. benchmarks/startup.sh 21 "jit r2r aot"
#
# For each mode both programs are built alike: jit = framework-dependent Release build (what `dotnet tool install`
# gives today), r2r = ReadyToRun for this machine's runtime identifier, aot = Native AOT. The two programs are run
# alternately, `runs` times each (after one warm-up run that fills the OS file cache), and the script prints the
# median wall time of each and their ratio, with `antq --version` (starting the program alone) beside them. The mode
# `core` builds, as Native AOT, a small program that reads and validates the plan with the library alone (no command
# line, no Word support), to show what the tool's own image costs. Not a unit test: run it on a quiet machine.
set -euo pipefail

runs="${1:-21}"
modes="${2:-jit r2r}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rid="$(dotnet --info | awk -F': *' '/^ *RID:/ {print $2; exit}')"
plan="$root/docs/examples/province-plan-2026.txt"

project() { # dir [items]: an executable project for net10.0 named after its folder
  mkdir -p "$1"
  cat > "$1/$(basename "$1").csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  ${2:-}
</Project>
EOF
}

project "$work/hello"
echo 'System.Console.WriteLine("hello");' > "$work/hello/Program.cs"

project "$work/core" "<ItemGroup><ProjectReference Include=\"$root/src/AntqDomain/AntqDomain.csproj\" /></ItemGroup>"
cat > "$work/core/Program.cs" <<'EOF'
var plan = AntqDomain.Reading.PlanTextReader.Default.Read(System.IO.File.ReadAllText(args[0])).Plan!;
System.Console.WriteLine(new AntqDomain.Rules.PlanValidator().Check(plan).Findings.Length);
EOF

build() { # mode project out
  case "$1" in
    jit) dotnet publish "$2" -c Release -f net10.0 -o "$3" --nologo -v q >/dev/null ;;
    r2r) dotnet publish "$2" -c Release -f net10.0 -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$3" --nologo -v q >/dev/null ;;
    # Humanizer is not annotated for trimming: its analysis warnings must not stop the experiment.
    aot) dotnet publish "$2" -c Release -f net10.0 -r "$rid" -p:PublishAot=true -p:TreatWarningsAsErrors=false -o "$3" --nologo -v q >/dev/null ;;
  esac
}

command_of() { # mode dir name
  if [ "$1" = aot ]; then echo "$2/$3"; else echo "dotnet $2/$3.dll"; fi
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

time_ms() { # command...   (bash's own clock: no process is started to read the time)
  local start end
  start=$EPOCHREALTIME
  "$@" >/dev/null 2>&1 || true
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f\n", (e - s) * 1000}'
}

printf '%-5s %12s %14s %12s %7s\n' mode hello-ms antq-version-ms antq-ms ratio
for mode in $modes; do
  if [ "$mode" = core ]; then
    build aot "$work/hello/hello.csproj" "$work/$mode-hello"
    build aot "$work/core/core.csproj" "$work/$mode-antq"
    hello="$work/$mode-hello/hello"
    antq="$work/$mode-antq/core"
  else
    build "$mode" "$work/hello/hello.csproj" "$work/$mode-hello"
    build "$mode" "$root/src/AntqDomain.Cli/AntqDomain.Cli.csproj" "$work/$mode-antq"
    hello=$(command_of "$mode" "$work/$mode-hello" hello)
    antq=$(command_of "$mode" "$work/$mode-antq" antq)
  fi
  dotnet build-server shutdown >/dev/null 2>&1 || true   # no compiler server left running beside the timings
  # shellcheck disable=SC2086
  time_ms $hello >/dev/null
  if [ "$mode" = core ]; then time_ms "$antq" "$plan" >/dev/null; else
    # shellcheck disable=SC2086
    time_ms $antq --version >/dev/null
  fi
  : > "$work/h"; : > "$work/a"; : > "$work/v"
  for _ in $(seq "$runs"); do
    # shellcheck disable=SC2086
    time_ms $hello >> "$work/h"
    if [ "$mode" = core ]; then
      time_ms "$antq" "$plan" >> "$work/a"
      echo 0 >> "$work/v"                   # the small program has no --version
    else
      # shellcheck disable=SC2086
      time_ms $antq validate "$plan" >> "$work/a"
      # shellcheck disable=SC2086
      time_ms $antq --version >> "$work/v"  # starting the program alone, without reading or validating
    fi
  done
  h=$(median < "$work/h"); a=$(median < "$work/a"); v=$(median < "$work/v")
  printf '%-5s %12s %14s %12s %7s\n' "$mode" "$h" "$v" "$a" "$(awk -v a="$a" -v h="$h" 'BEGIN {printf "%.2f", a / h}')"
done
