#!/usr/bin/env bash
# The interview page in a real browser: installs Debian's Chromium when it is missing (Playwright's
# own browser download is not reachable), then runs the browser tests against the built sample.
# Screenshots land in artifacts/browser; the results count in .ci/run's totals.
set -euo pipefail
if ! command -v chromium >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
chromium --version
dotnet test tests/RunnerBack.Browser.Tests -c Release \
  --logger "trx;LogFilePrefix=browser" --logger "console;verbosity=minimal" \
  --results-directory artifacts/test-results
ls -l artifacts/browser
