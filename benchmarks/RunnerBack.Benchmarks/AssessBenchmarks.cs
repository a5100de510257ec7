using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using RunnerBack;

namespace RunnerBack.Benchmarks
{
    // Triage.Assess with the default rules against the hand-written baseline (the same
    // disposition and red flags as one plain function), per representative assessment.
    [MemoryDiagnoser]
    public class AssessBenchmarks
    {
        private static readonly TriageEngine Engine = Triage.Default;
        private static readonly TriageOptions Options = TriageOptions.Default;

        [ParamsSource(nameof(Names))]
        public string Case { get; set; } = "Mild";

        public static IEnumerable<string> Names => Workloads.Named.Keys;

        private PainAssessment _assessment = Workloads.Named["Mild"];

        [GlobalSetup]
        public void Setup() => _assessment = Workloads.Named[Case];

        [Benchmark(Baseline = true)]
        public (Disposition, uint) HandWritten() => HandWrittenTriage.Assess(_assessment, Options);

        [Benchmark]
        public TriageResult Assess() => Engine.Assess(_assessment);
    }
}
