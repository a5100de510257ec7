using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using RunnerBack;
using RunnerBack.Json;

namespace RunnerBack.Benchmarks
{
    // The JSON path end to end (UTF-8 bytes in, result bytes out) against Assess alone (budget: at
    // most 3x), with its parts alone. "Bytes out" two ways: a new array of the document (what
    // SerializeToUtf8Bytes returns), and a server's own buffer (an IBufferWriter it reuses, as a
    // web server's response pipe is; ResetWrittenCount, because a pipe does not zero its memory
    // between responses the way ArrayBufferWriter.Clear does).
    [MemoryDiagnoser]
    public class JsonBenchmarks
    {
        private static readonly PainAssessment Assessment = Workloads.Named["FullProfile"];
        private static readonly byte[] Request = Encoding.UTF8.GetBytes(TriageJson.Serialize(Assessment));
        private static readonly TriageResult Result = Triage.Assess(Assessment);
        private readonly ArrayBufferWriter<byte> _response = new ArrayBufferWriter<byte>(32 * 1024);

        [Benchmark(Baseline = true)]
        public TriageResult AssessOnly() => Triage.Assess(Assessment);

        [Benchmark]
        public AssessmentParseResult ParseOnly() => TriageJson.ParseAssessment(Request);

        [Benchmark]
        public byte[] WriteOnly() => TriageJson.SerializeToUtf8Bytes(Result);

        [Benchmark]
        public int WriteOnlyIntoBufferWriter()
        {
            _response.ResetWrittenCount();
            TriageJson.Serialize(Result, _response);
            return _response.WrittenCount;
        }

        [Benchmark]
        public byte[] JsonEndToEnd() => TriageJson.SerializeToUtf8Bytes(TriageJson.Assess(Request).Result!);

        [Benchmark]
        public int JsonEndToEndIntoBufferWriter()
        {
            _response.ResetWrittenCount();
            TriageJson.Serialize(TriageJson.Assess(Request).Result!, _response);
            return _response.WrittenCount;
        }
    }
}
