using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using RunnerBack;

namespace RunnerBack.Benchmarks
{
    // Each default rule alone in an engine, on an assessment that exercises every stage, so a slow
    // rule stands out. The empty-engine overhead is the same in every row.
    // 65 rows: run them with `--job Short --inProcess` for a look within minutes (docs/performance.md).
    // No job attribute here: one would run in addition to the job CI asks for on the command line.
    [MemoryDiagnoser]
    public class RuleBenchmarks
    {
        private static readonly PainAssessment Assessment = Workloads.Named["FullProfile"];
        private TriageEngine _engine = Triage.Default;

        [ParamsSource(nameof(RuleIds))]
        public string Rule { get; set; } = "redFlag.chestPain";

        public static IEnumerable<string> RuleIds => Triage.Default.Rules.Select(r => r.Id);

        [GlobalSetup]
        public void Setup()
        {
            var rule = Triage.Default.Rules.Single(r => r.Id == Rule);
            _engine = new TriageEngineBuilder().AddRule(rule).Build();
        }

        [Benchmark]
        public TriageResult AssessWithOneRule() => _engine.Assess(Assessment);
    }
}
