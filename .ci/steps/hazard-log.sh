#!/usr/bin/env bash
# The safety case's hazard log (docs/safety/hazards.md) names, for each hazard, the tests that prove
# its controls. HazardLogTests checks that the log and the tests' [Trait("Hazard", …)] agree; this
# runs it with every linked test, so CI says in one line that each hazard is linked and passing.
set -euo pipefail
hazards=$(grep -c '^### H[0-9][0-9]: ' docs/safety/hazards.md)
out=$(dotnet test tests/RunnerBack.Tests -c Release --no-build --filter 'Hazard~H|FullyQualifiedName~HazardLogTests' 2>&1) || { echo "$out" | tail -40; echo "hazard log: a linked test or the log check failed"; exit 1; }
passed=$(echo "$out" | sed -n 's/.*Passed: *\([0-9]*\),.*/\1/p' | tail -1)
echo "hazard log: $hazards hazards, each linked to passing tests ($passed tests with the log check)"
