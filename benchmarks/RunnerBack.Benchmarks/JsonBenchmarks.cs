using System.Text;
using BenchmarkDotNet.Attributes;
using RunnerBack;
using RunnerBack.Json;

namespace RunnerBack.Benchmarks
{
    // The JSON path end to end (UTF-8 bytes in, result bytes out) against Assess alone (budget: at most 3x).
    [MemoryDiagnoser]
    public class JsonBenchmarks
    {
        private static readonly PainAssessment Assessment = Workloads.Named["FullProfile"];
        private static readonly byte[] Request = Encoding.UTF8.GetBytes(TriageJson.Serialize(Assessment));

        [Benchmark(Baseline = true)]
        public TriageResult AssessOnly() => Triage.Assess(Assessment);

        [Benchmark]
        public byte[] JsonEndToEnd() => TriageJson.SerializeToUtf8Bytes(TriageJson.Assess(Request).Result!);

        [Benchmark]
        public AssessmentParseResult ParseOnly() => TriageJson.ParseAssessment(Request);
    }
}
