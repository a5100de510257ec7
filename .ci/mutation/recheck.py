# Rechecks the mutants a Stryker run left alive, one at a time and by hand: applies each to the
# library of a clean checkout, rebuilds it, runs a test filter on the already built test assembly
# and records whether a test failed (Killed) or not (Survived). Stryker can report a mutant of code
# that runs once per test process (a table built on first use) as surviving when the process had
# already built it; a fresh build per mutant cannot. Not part of CI (about 20 s a mutant).
#
#   dotnet build tests/RunnerBack.Tests -c Release
#   python3 .ci/mutation/recheck.py <clean checkout> <mutation-report.json> "<test filter>" <out.json> [skip]
#
# A mutant whose source no longer matches the report (the file changed since) is listed as Moved.
import json
import os
import shutil
import subprocess
import sys

repo, report, test_filter, out = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
skip = int(sys.argv[5]) if len(sys.argv) > 5 else 0
files = json.load(open(report))['files']
test_bin = os.path.join(repo, 'tests', 'RunnerBack.Tests', 'bin', 'Release', 'net10.0')
library = os.path.join(repo, 'src', 'RunnerBack', 'RunnerBack.csproj')


def offset(text, position):
    lines = text.split('\n')
    return sum(len(line) + 1 for line in lines[:position['line'] - 1]) + position['column'] - 1


# A recheck means something only if the tests pass on the code as it is.
baseline = subprocess.run(['dotnet', 'test', os.path.join(test_bin, 'RunnerBack.Tests.dll'), '--filter', test_filter], capture_output=True, text=True)
if baseline.returncode != 0:
    sys.exit('The test filter fails on the unmutated build; fix that first.\n' + baseline.stdout[-2000:])

alive = [(name, mutant) for name, file in files.items() for mutant in file['mutants'] if mutant['status'] in ('Survived', 'NoCoverage')]
print(len(alive), 'mutants', flush=True)
results = []
for name, mutant in alive[skip:]:
    relative = name[name.index('src/'):]
    path = os.path.join(repo, relative)
    original = open(path, encoding='utf-8-sig').read()
    reported = files[name]['source']
    start, end = mutant['location']['start'], mutant['location']['end']
    span = reported[offset(reported, start):offset(reported, end)]
    # Lines added or removed above it since the report: look a few lines either way.
    for shift in (0, 1, -1, 2, -2, 3, -3):
        a = offset(original, dict(start, line=start['line'] + shift))
        b = offset(original, dict(end, line=end['line'] + shift))
        if original[a:b] == span:
            break
    row = {'file': relative, 'line': start['line'], 'mutator': mutant['mutatorName'], 'replacement': mutant['replacement'][:80], 'stryker': mutant['status']}
    if original[a:b] != span:
        row['byHand'] = 'Moved'
    else:
        open(path, 'w', encoding='utf-8').write(original[:a] + mutant['replacement'] + original[b:])
        try:
            build = subprocess.run(['dotnet', 'build', library, '-c', 'Release', '-f', 'net10.0', '--no-restore', '-p:TreatWarningsAsErrors=false', '-p:RunAnalyzers=false', '-v', 'q'], capture_output=True, text=True)
            if build.returncode != 0:
                row['byHand'] = 'CompileError'
            else:
                shutil.copy(os.path.join(repo, 'src', 'RunnerBack', 'bin', 'Release', 'net10.0', 'RunnerBack.dll'), test_bin)
                test = subprocess.run(['dotnet', 'test', os.path.join(test_bin, 'RunnerBack.Tests.dll'), '--filter', test_filter], capture_output=True, text=True, timeout=600)
                row['byHand'] = 'Survived' if test.returncode == 0 else 'Killed'
        except subprocess.TimeoutExpired:
            row['byHand'] = 'Timeout'
        finally:
            open(path, 'w', encoding='utf-8').write(original)
    results.append(row)
    print(row['byHand'], relative, start['line'], mutant['mutatorName'], '|', mutant['replacement'][:50].replace('\n', ' '), flush=True)
    json.dump(results, open(out, 'w'), indent=1)
