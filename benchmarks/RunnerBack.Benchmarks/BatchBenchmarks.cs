using BenchmarkDotNet.Attributes;
using RunnerBack;

namespace RunnerBack.Benchmarks
{
    // 100,000 generated assessments, as when an app re-triages a stored history. Reported per assessment.
    [MemoryDiagnoser]
    public class BatchBenchmarks
    {
        public const int Count = 100_000;

        private PainAssessment[] _batch = System.Array.Empty<PainAssessment>();

        [GlobalSetup]
        public void Setup() => _batch = Workloads.Generate(Count, seed: 2026);

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
        public int Assess()
        {
            var engine = Triage.Default;
            var urgent = 0;
            foreach (var assessment in _batch)
            {
                urgent += engine.Assess(assessment).Disposition >= Disposition.UrgentCare ? 1 : 0;
            }

            return urgent;
        }
    }
}
