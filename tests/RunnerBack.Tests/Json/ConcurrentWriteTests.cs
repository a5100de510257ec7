using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Json
{
    /// <summary>
    /// A server's first requests arrive together. The writer fills its caches on first use (each
    /// entry's JSON, the pipeline's trace table), so on a fresh engine many threads fill them at
    /// once; every thread must still get the bytes a single thread gets.
    /// </summary>
    public sealed class ConcurrentWriteTests
    {
        private const int Threads = 8;

        [Fact]
        [Trait("Hazard", "H11")]
        public void ResultsWrittenFromManyThreadsAtOnceOnAFreshEngineAreTheOneThreadBytes()
        {
            var assessments = FsCheck.Fluent.Gen.Sample(Generators.Assessment, 64).Select(s => s.Build()).ToArray();
            var single = Engines.NewDefaultEngine();
            var expected = assessments.Select(a => TriageJson.Serialize(single.Assess(a))).ToArray();

            for (var round = 0; round < 8; round++)
            {
                // A new engine of newly constructed rules each round: every entry's JSON and the
                // pipeline's trace table are built while the threads race for them.
                var engine = Engines.NewDefaultEngine();
                var actual = new string[Threads][];
                var errors = new Exception?[Threads];
                using var start = new Barrier(Threads);
                var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
                {
                    var mine = new string[assessments.Length];
                    var write = Ways[t % Ways.Length];
                    start.SignalAndWait();

                    // An exception on a thread of our own would end the test process; keep it for the assertion.
                    try
                    {
                        // Each thread starts at another assessment, so first writes of different entries overlap too.
                        for (var k = 0; k < assessments.Length; k++)
                        {
                            var i = (k + (t * assessments.Length / Threads)) % assessments.Length;
                            mine[i] = write(engine.Assess(assessments[i]));
                        }

                        actual[t] = mine;
                    }
                    catch (Exception error)
                    {
                        errors[t] = error;
                    }
                })).ToArray();
                Array.ForEach(threads, t => t.Start());
                Array.ForEach(threads, t => t.Join());
                Assert.All(errors, Assert.Null);

                for (var t = 0; t < Threads; t++)
                {
                    for (var i = 0; i < assessments.Length; i++)
                    {
                        Assert.True(expected[i] == actual[t][i], $"round {round}, thread {t}, assessment {i}:\nexpected {expected[i]}\nactual   {actual[t][i]}");
                    }
                }
            }
        }

        // The four ways a compact result leaves the library (the indented one keeps no cache). Thread
        // t writes with way t % 4, so the ways race each other for the same caches.
        private static readonly Func<TriageResult, string>[] Ways =
        {
            result => TriageJson.Serialize(result),
            result => Encoding.UTF8.GetString(TriageJson.SerializeToUtf8Bytes(result)),
            result =>
            {
                var buffer = new ArrayBufferWriter<byte>();
                TriageJson.Serialize(result, buffer);
                return Encoding.UTF8.GetString(buffer.WrittenSpan);
            },
            result =>
            {
                using var stream = new MemoryStream();
                TriageJson.Serialize(result, stream);
                return Encoding.UTF8.GetString(stream.ToArray());
            },
        };
    }
}
