using BenchmarkDotNet.Attributes;
using RunnerBack;

namespace RunnerBack.Benchmarks
{
    // Building an engine with the default rules (budget: under 1 ms).
    [MemoryDiagnoser]
    public class BuildBenchmarks
    {
        [Benchmark]
        public TriageEngine BuildDefaultEngine() => Triage.CreateBuilder().Build();
    }
}
