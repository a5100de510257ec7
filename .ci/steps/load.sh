#!/usr/bin/env bash
# The web sample under load on loopback: 64 clients for 5 s per endpoint here (20 s for the figures
# in docs/performance.md), with malformed, oversized, non-JSON, truncated, slow and stalled bodies
# mixed in. Fails on any error: a valid request not answered 200, a fault not answered its 4xx, or a 5xx.
set -euo pipefail
timeout 180 dotnet benchmarks/RunnerBack.Load/bin/Release/net10.0/RunnerBack.Load.dll 5 64
