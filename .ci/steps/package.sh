#!/usr/bin/env bash
# Packs RunnerBack, then builds and runs a consumer that installs it from a local folder feed
# (not a project reference), so a broken package fails CI. Also proves the CLI trims cleanly.
set -euo pipefail
rm -rf artifacts/packages artifacts/consumer-packages
dotnet pack src/RunnerBack -c Release --no-build -o artifacts/packages
dotnet pack src/RunnerBack.AspNetCore -c Release --no-build -o artifacts/packages
unzip -l artifacts/packages/RunnerBack.1*.nupkg
# The web package ships the JSON Schemas its OpenAPI document is made from.
# (Not `tee /dev/stderr`: reopening stderr truncates a log file that .ci/run is redirected to.)
listing=$(unzip -l artifacts/packages/RunnerBack.AspNetCore.1*.nupkg)
echo "$listing"
grep -q "schemas/triage-result.schema.json" <<<"$listing" || { echo "RunnerBack.AspNetCore ships no JSON Schemas"; exit 1; }
dotnet run --project tests/PackageConsumer -c Release

# The CLI published trimmed and self-contained must answer exactly like the framework-dependent build.
dotnet publish samples/RunnerBack.Cli -c Release -r linux-x64 -o artifacts/cli-trimmed
for sample in samples/assessments/*.json samples/assessments/*.jsonl; do
  trimmed=$(artifacts/cli-trimmed/RunnerBack.Cli assess "$sample" || true)
  regular=$(dotnet samples/RunnerBack.Cli/bin/Release/net10.0/RunnerBack.Cli.dll assess "$sample" || true)
  [ "$trimmed" = "$regular" ] || { echo "trimmed CLI differs on $sample"; exit 1; }
done
for args in "questions" "interview --next samples/interview/steps.jsonl"; do
  trimmed=$(artifacts/cli-trimmed/RunnerBack.Cli $args)
  regular=$(dotnet samples/RunnerBack.Cli/bin/Release/net10.0/RunnerBack.Cli.dll $args)
  [ "$trimmed" = "$regular" ] || { echo "trimmed CLI differs on $args"; exit 1; }
done
echo "trimmed CLI: same answers on every bundled example, the questions and the interview"
