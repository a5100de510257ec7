using System;
using System.Linq;
using System.Text;
using RunnerBack.Json;
using Xunit;

namespace RunnerBack.Tests.Cli
{
    // The CLI writes JSON Lines as bytes, straight from the library's buffer-writer output. Each line
    // must be exactly the library's response with the line number in front: valid, invalid and
    // blank lines alike, under every trace detail, with letters outside ASCII.
    public sealed class JsonLineBytesTests
    {
        [Theory]
        [InlineData("all", TraceDetail.All)]
        [InlineData("fired", TraceDetail.FiredOnly)]
        [InlineData("none", TraceDetail.None)]
        public void EachLineIsTheLibrarysResponseAfterItsNumber(string option, TraceDetail trace)
        {
            var inputs = RunnerBack.Benchmarks.Workloads.Generate(40, seed: 12)
                .Select((a, i) => TriageJson.Serialize(i % 5 == 0 ? a with { Language = "es", Region = "ES" } : a))
                .Concat(new[] { string.Empty, "{\"painLevel\":11}", "not json", "{\"painLevel\":0,\"symptoms\":[\"chestPain\"],\"requestId\":\"ñandú\"}" })
                .ToArray();
            var (exit, stdout, stderr) = CliProcess.Run($"assess - --jsonl --trace {option}", stdin: string.Join("\n", inputs) + "\n");
            Assert.True(exit == 2, stderr);

            var lines = stdout.Split('\n');
            Assert.Equal(inputs.Length + 1, lines.Length);
            Assert.Equal(string.Empty, lines[^1]);
            for (var i = 0; i < inputs.Length; i++)
            {
                var response = TriageJson.Serialize(TriageJson.Assess(Encoding.UTF8.GetBytes(inputs[i])), trace: trace);
                Assert.Equal("{\"line\":" + (i + 1) + "," + response.Substring(1), lines[i]);
            }
        }
    }
}
