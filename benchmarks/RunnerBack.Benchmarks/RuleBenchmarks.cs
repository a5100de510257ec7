using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using RunnerBack;

namespace RunnerBack.Benchmarks
{
    // Each default rule alone in an engine, on an assessment that exercises every stage, so a slow
    // rule stands out. The empty-engine overhead is the same in every row.
    // 65 rows: a short job keeps a full run within minutes; the other classes use the default job.
    [MemoryDiagnoser]
    [ShortRunJob]
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
