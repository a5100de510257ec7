using BenchmarkDotNet.Attributes;
using RunnerBack;

namespace RunnerBack.Benchmarks
{
    // 100,000 generated assessments, as when an app re-triages a stored history. Reported per assessment.
    [MemoryDiagnoser]
    public class BatchBenchmarks
    {
        public const int Count = 100_000;

        // How many times in a row AssessEachSixteenTimesInARow gives each assessment.
        private const int Repeats = 16;

        private PainAssessment[] _batch = System.Array.Empty<PainAssessment>();
        private PainAssessment[] _repeated = System.Array.Empty<PainAssessment>();

        [GlobalSetup]
        public void Setup()
        {
            _batch = Workloads.Generate(Count, seed: 2026);

            // The first Count / Repeats of the batch, each Repeats times in a row.
            _repeated = new PainAssessment[Count];
            for (var i = 0; i < Count; i++)
            {
                _repeated[i] = _batch[i / Repeats];
            }
        }

        [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
        public int HandWritten()
        {
            var options = TriageOptions.Default;
            var urgent = 0;
            foreach (var assessment in _batch)
            {
                urgent += HandWrittenTriage.Assess(assessment, options).Disposition >= Disposition.UrgentCare ? 1 : 0;
            }

            return urgent;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public int Assess() => AssessAll(_batch);

        // The same generator's assessments, so the same work per call on average, but each given
        // several times in a row: the core then sees one call's branches and indirect calls
        // again in the next. The gap to Assess is what varied input costs the engine beyond its
        // work.
        [Benchmark(OperationsPerInvoke = Count)]
        public int AssessEachSixteenTimesInARow() => AssessAll(_repeated);

        // One loop for every Assess-over-many row (these two and JsonMixBenchmarks' baseline), so
        // that only their input differs.
        internal static int AssessAll(PainAssessment[] assessments)
        {
            var engine = Triage.Default;
            var urgent = 0;
            foreach (var assessment in assessments)
            {
                urgent += engine.Assess(assessment).Disposition >= Disposition.UrgentCare ? 1 : 0;
            }

            return urgent;
        }
    }
}
