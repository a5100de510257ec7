using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using RunnerBack;

namespace RunnerBack.Benchmarks
{
    // Triage.Assess with the default rules against the hand-written baseline, per representative
    // assessment; the same whole result computed by hand (no pipeline); and the floor under both:
    // returning the same result without running any rule.
    [MemoryDiagnoser]
    public class AssessBenchmarks
    {
        private static readonly TriageEngine Engine = Triage.Default;
        private static readonly TriageOptions Options = TriageOptions.Default;
        private static readonly HandWrittenResult WholeAnswer = new HandWrittenResult(Engine);

        [ParamsSource(nameof(Names))]
        public string Case { get; set; } = "Mild";

        public static IEnumerable<string> Names => Workloads.Named.Keys;

        private PainAssessment _assessment = Workloads.Named["Mild"];
        private ResultFloor _floor = new ResultFloor(Engine, Engine.Assess(Workloads.Named["Mild"]));

        [GlobalSetup]
        public void Setup()
        {
            _assessment = Workloads.Named[Case];
            _floor = new ResultFloor(Engine, Engine.Assess(_assessment));
        }

        [Benchmark(Baseline = true)]
        public (Disposition, uint) HandWritten() => HandWrittenTriage.Assess(_assessment, Options);

        [Benchmark]
        public TriageResult Assess() => Engine.Assess(_assessment);

        [Benchmark]
        public TriageResult HandWrittenWholeResult() => WholeAnswer.Assess(_assessment);

        [Benchmark]
        public TriageResult ResultOnly() => _floor.Build();
    }
}
