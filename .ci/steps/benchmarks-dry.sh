#!/usr/bin/env bash
# Runs every benchmark once in BenchmarkDotNet's dry job, in process, so the benchmarks never rot.
set -euo pipefail
dotnet run -c Release --no-build --project benchmarks/RunnerBack.Benchmarks -- \
  --filter '*' --job Dry --inProcess --artifacts artifacts/benchmarks-dry
