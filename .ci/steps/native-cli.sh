#!/usr/bin/env bash
# Publishes the CLI with NativeAOT and checks that the native binary answers every bundled sample,
# the question catalogue and the interview steps byte for byte as the JIT build does. NativeAOT
# links with clang; a fresh Debian machine gets it (and zlib) from apt.
set -euo pipefail
if ! command -v clang >/dev/null && ! command -v clang-14 >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev >/dev/null
fi
compiler=$(command -v clang || command -v clang-14)

rm -rf artifacts/cli-native
log=$(dotnet publish samples/RunnerBack.Cli -c Release -r linux-x64 -p:NativeCli=true -p:CppCompilerAndLinker="$compiler" -o artifacts/cli-native 2>&1) \
  || { echo "$log"; exit 1; }
if echo "$log" | grep -E "warning (IL|NETSDK)[0-9]+" ; then
  echo "the NativeAOT publish has AOT or trim warnings"; exit 1
fi
ls -l artifacts/cli-native/RunnerBack.Cli

native=artifacts/cli-native/RunnerBack.Cli
jit="dotnet samples/RunnerBack.Cli/bin/Release/net10.0/RunnerBack.Cli.dll"
compare() {
  a=$("$native" "$@" || true)
  b=$($jit "$@" || true)
  [ "$a" = "$b" ] || { echo "native CLI differs on: $*"; exit 1; }
}
for sample in samples/assessments/*.json samples/assessments/*.jsonl; do
  compare assess "$sample"
  compare assess "$sample" --format text
done
# Every language, with a region's emergency number, through the trimmed native build too.
for language in es fr de pt pt-BR; do
  compare assess samples/assessments/emergency.json --language "$language" --region GB
  compare assess samples/assessments/stop-and-rest.json --format text --language "$language"
  compare questions --language "$language"
  compare explain --language "$language"
done
compare questions
compare interview --next samples/interview/steps.jsonl
compare explain
compare --version
echo "native CLI: same bytes as the JIT build on every bundled sample, in every language, the questions, the interview and the rules"
