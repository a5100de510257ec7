using System.Buffers;
using BenchmarkDotNet.Attributes;
using RunnerBack;
using RunnerBack.Json;

namespace RunnerBack.Benchmarks
{
    // The JSON path over many different requests, as a server sees them: BatchBenchmarks' 100,000
    // generated assessments, each sent as its own request, against Assess over the same assessments
    // (baseline). JsonBenchmarks repeats one request, so the core's caches and branch predictors see
    // the same work every time; this tells whether the JSON path's multiple of Assess holds when the
    // input varies. Reported per request.
    [MemoryDiagnoser]
    public class JsonMixBenchmarks
    {
        public const int Count = BatchBenchmarks.Count;

        private readonly ArrayBufferWriter<byte> _response = new ArrayBufferWriter<byte>(64 * 1024);
        private PainAssessment[] _assessments = System.Array.Empty<PainAssessment>();
        private byte[][] _requests = System.Array.Empty<byte[]>();

        [GlobalSetup]
        public void Setup()
        {
            _assessments = Workloads.Generate(Count, seed: 2026);
            _requests = Workloads.Requests(_assessments);
        }

        [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
        public int Assess() => BatchBenchmarks.AssessAll(_assessments);

        [Benchmark(OperationsPerInvoke = Count)]
        public long JsonEndToEnd()
        {
            var bytes = 0L;
            foreach (var request in _requests)
            {
                bytes += TriageJson.SerializeToUtf8Bytes(TriageJson.Assess(request).Result!).Length;
            }

            return bytes;
        }

        [Benchmark(OperationsPerInvoke = Count)]
        public long JsonEndToEndIntoBufferWriter()
        {
            var bytes = 0L;
            foreach (var request in _requests)
            {
                _response.ResetWrittenCount();
                TriageJson.Serialize(TriageJson.Assess(request).Result!, _response);
                bytes += _response.WrittenCount;
            }

            return bytes;
        }
    }
}
