using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
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
    //
    // Three floors, as ResultOnly is for Assess: the least each part of the path can cost whatever
    // the library does. Reading the request is at least tokenising it with the BCL's reader (every
    // token, no names matched, no values kept); writing the document is at least copying its bytes
    // once, into a new array or into the reused buffer. Their sum with AssessOnly bounds the end to
    // end rows from below, so it tells how far a multiple of Assess can be met at all.
    [MemoryDiagnoser]
    public class JsonBenchmarks
    {
        private static readonly PainAssessment Assessment = Workloads.Named["FullProfile"];
        private static readonly byte[] Request = Encoding.UTF8.GetBytes(TriageJson.Serialize(Assessment));
        private static readonly TriageResult Result = Triage.Assess(Assessment);
        private static readonly byte[] Document = TriageJson.SerializeToUtf8Bytes(Result);
        private readonly ArrayBufferWriter<byte> _response = new ArrayBufferWriter<byte>(32 * 1024);

        [Benchmark(Baseline = true)]
        public TriageResult AssessOnly() => Triage.Assess(Assessment);

        [Benchmark]
        public AssessmentParseResult ParseOnly() => TriageJson.ParseAssessment(Request);

        [Benchmark]
        public int ReadRequestTokensOnly()
        {
            var reader = new Utf8JsonReader(Request);
            var tokens = 0;
            while (reader.Read())
            {
                tokens++;
            }

            return tokens;
        }

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
        public byte[] CopyDocumentOnly()
        {
            var bytes = GC.AllocateUninitializedArray<byte>(Document.Length);
            Document.AsSpan().CopyTo(bytes);
            return bytes;
        }

        [Benchmark]
        public int CopyDocumentIntoBufferWriter()
        {
            _response.ResetWrittenCount();
            _response.Write(Document);
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
