#!/usr/bin/env bash
# The public API is tracked in src/RunnerBack/PublicAPI/<target>/PublicAPI.*.txt. This proves the
# build fails when a public member is added without being listed there: a copy of the library with
# one extra public type must not build, and must name the unlisted symbol (RS0016).
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp Directory.Build.props Directory.Packages.props "$work"/
mkdir -p "$work/src"
cp -r src/RunnerBack "$work/src/"
rm -rf "$work/src/RunnerBack/bin" "$work/src/RunnerBack/obj"
printf 'namespace RunnerBack\n{\n    /// <summary>Not in the public API files.</summary>\n    public static class Unlisted\n    {\n    }\n}\n' > "$work/src/RunnerBack/Unlisted.cs"
if out=$(dotnet build "$work/src/RunnerBack" -c Release -f net10.0 2>&1); then
  echo "an unlisted public type built: the public API is not tracked"; exit 1
fi
echo "$out" | grep -q "RS0016.*RunnerBack.Unlisted" || { echo "$out" | tail -20; echo "the build failed, but not for the unlisted public type"; exit 1; }
echo "public API: an unlisted public type fails the build (RS0016)"
