using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Cli
{
    public sealed class CliTests
    {
        [Theory]
        [InlineData("keep-running.json", "keepRunning")]
        [InlineData("run-with-modifications.json", "runWithModifications")]
        [InlineData("stop-and-rest.json", "stopAndRest")]
        [InlineData("see-professional.json", "seeProfessional")]
        [InlineData("urgent-care.json", "urgentCare")]
        [InlineData("emergency.json", "emergency")]
        public void EachBundledExampleGivesItsDisposition(string file, string disposition)
        {
            var (exit, stdout, stderr) = CliProcess.Run($"assess samples/assessments/{file}");
            Assert.True(exit == 0, stderr);
            var result = TriageJson.DeserializeResult(stdout);
            Assert.Equal(disposition, JsonDocument.Parse(stdout).RootElement.GetProperty("disposition").GetString());
            Assert.Equal(Triage.Assess(TriageJson.ParseAssessment(File.ReadAllText(Path.Combine(CliProcess.Samples, file))).Assessment!), result);
        }

        [Fact]
        public void InvalidInputPrintsEveryErrorAndExitsTwo()
        {
            var (exit, stdout, _) = CliProcess.Run("assess -", stdin: "{\"painLevel\":\"high\",\"mood\":1}");
            Assert.Equal(2, exit);
            var errors = JsonDocument.Parse(stdout).RootElement.GetProperty("errors").EnumerateArray().ToArray();
            Assert.Equal(new[] { "$.painLevel", "$.mood", "$.symptoms" }, errors.Select(e => e.GetProperty("path").GetString()));
            Assert.Equal(new[] { "wrongType", "unknownProperty", "required" }, errors.Select(e => e.GetProperty("code").GetString()));
        }

        [Fact]
        public void StandardInputWorksForASingleObject()
        {
            var (exit, stdout, _) = CliProcess.Run("assess -", stdin: File.ReadAllText(Path.Combine(CliProcess.Samples, "emergency.json")));
            Assert.Equal(0, exit);
            Assert.Equal(Disposition.Emergency, TriageJson.DeserializeResult(stdout).Disposition);
        }

        [Fact]
        public void JsonLinesGiveOneLinePerInputAndExitTwoWhenOneIsInvalid()
        {
            var (exit, stdout, _) = CliProcess.Run("assess samples/assessments/batch.jsonl");
            Assert.Equal(2, exit);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(5, lines.Length);
            Assert.Equal(4, JsonDocument.Parse(lines[3]).RootElement.GetProperty("line").GetInt32());
            Assert.Equal(new[] { Disposition.KeepRunning, Disposition.RunWithModifications, Disposition.StopAndRest, Disposition.Emergency },
                lines.Where((_, i) => i != 3).Select(l => TriageJson.DeserializeResult(l).Disposition));
        }

        // --trace fired keeps the rules that fired; none leaves the trace empty, one document or many.
        [Fact]
        public void TheTraceCanBeCutDown()
        {
            var full = TriageJson.DeserializeResult(CliProcess.Run("assess samples/assessments/stop-and-rest.json").Stdout);
            var fired = JsonDocument.Parse(CliProcess.Run("assess samples/assessments/stop-and-rest.json --trace fired").Stdout).RootElement.GetProperty("trace");
            Assert.Equal(
                full.Trace.Where(e => e.Outcome == RuleOutcome.Fired).Select(e => e.RuleId),
                fired.EnumerateArray().Select(e => e.GetProperty("ruleId").GetString()));
            Assert.InRange(fired.GetArrayLength(), 1, full.Trace.Count - 1);
            var lines = CliProcess.Run("assess samples/assessments/batch.jsonl --trace none").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(lines.Where((_, i) => i != 3), line => Assert.Equal(0, JsonDocument.Parse(line).RootElement.GetProperty("trace").GetArrayLength()));
        }

        [Fact]
        public void JsonLinesFromStandardInputAreDetectedAndStreamed()
        {
            const int count = 20_000;
            var (exit, stdout, stderr) = CliProcess.Run("assess -", writeStdin: stream =>
            {
                var line = Encoding.UTF8.GetBytes(Requests.Calm(2, "tightness") + "\n");
                for (var i = 0; i < count; i++)
                {
                    stream.Write(line);
                }
            });
            Assert.True(exit == 0, stderr);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(count, lines.Length);
            Assert.All(new[] { lines[0], lines[^1] }, l => Assert.Equal(Disposition.RunWithModifications, TriageJson.DeserializeResult(l).Disposition));

            // stderr is not a terminal here, so no progress line.
            Assert.Empty(stderr);
        }

        // A person watching a long batch sees a progress line on stderr (RUNNERBACK_PROGRESS=1
        // stands in for a terminal); stdout is unchanged.
        [Fact]
        public void ALongBatchShowsProgressOnATerminal()
        {
            var line = Encoding.UTF8.GetBytes(Requests.Calm(2) + "\n");
            var (exit, stdout, stderr) = CliProcess.Run(
                "assess -",
                writeStdin: stream =>
                {
                    for (var i = 0; i < 20_000; i++)
                    {
                        stream.Write(line);
                    }
                },
                environment: ("RUNNERBACK_PROGRESS", "1"));
            Assert.Equal(0, exit);
            Assert.Equal(20_000, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Equal("\rrunnerback: 10,000 lines...\rrunnerback: 20,000 lines...\rrunnerback: 20,000 lines done\n", stderr);
        }

        [Fact]
        [Trait("Hazard", "H12")]
        public void AnOverlongLineIsReportedWithoutStoppingTheStream()
        {
            var overlong = "{\"painLevel\":0,\"symptoms\":[],\"x\":\"" + new string('a', TriageJson.MaxInputBytes * 3) + "\"}";
            var input = "{\"painLevel\":0,\"symptoms\":[]}\n" + overlong + "\r\n{\"painLevel\":0,\"symptoms\":[]}\r\n\n";
            var (exit, stdout, _) = CliProcess.Run("assess - --jsonl", stdin: input);
            Assert.Equal(2, exit);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(4, lines.Length);
            Assert.StartsWith("{\"line\":2,\"errors\":", lines[1], StringComparison.Ordinal);
            Assert.Contains("tooLarge", lines[1], StringComparison.Ordinal);
            Assert.StartsWith("{\"line\":3,\"disposition\":", lines[2], StringComparison.Ordinal);
            Assert.Equal(Disposition.KeepRunning, TriageJson.DeserializeResult(lines[2]).Disposition);

            // The blank fourth line is answered too, so output line N is always input line N's.
            Assert.StartsWith("{\"line\":4,\"errors\":[{\"path\":\"$\"", lines[3], StringComparison.Ordinal);
        }

        [Fact]
        [Trait("Hazard", "H12")]
        public void JsonLinesCarryTheLineNumberAndTheRequestId()
        {
            var input = "{\"requestId\":\"a\"," + Requests.Calm(2).Substring(1) + "\n{\"requestId\":\"b\",\"painLevel\":2}\n";
            var (exit, stdout, _) = CliProcess.Run("assess - --jsonl", stdin: input);
            Assert.Equal(2, exit);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("{\"line\":1,\"disposition\":", lines[0], StringComparison.Ordinal);
            Assert.Equal("a", TriageJson.DeserializeResult(lines[0]).RequestId);
            Assert.StartsWith("{\"line\":2,\"requestId\":\"b\",\"errors\":[", lines[1], StringComparison.Ordinal);
        }

        [Fact]
        public void AssessAnswersInTheLanguageAskedFor()
        {
            var (exit, stdout, _) = CliProcess.Run("assess samples/assessments/emergency.json --language es --region ES");
            Assert.Equal(0, exit);
            var result = TriageJson.DeserializeResult(stdout);
            Assert.Equal("es", result.Language);
            Assert.Contains("al 112", result.Recommendations.Single(r => r.Code == "callEmergencyServices").Instructions, StringComparison.Ordinal);

            var text = CliProcess.Run("assess samples/assessments/stop-and-rest.json --format text --language de").Stdout;
            Assert.StartsWith("AUFHÖREN UND AUSRUHEN\n", text, StringComparison.Ordinal);
            Assert.Contains("\nWas du tun kannst:\n", text, StringComparison.Ordinal);
            Assert.Contains("1 Tag", text, StringComparison.Ordinal);
            Assert.Equal(1, CliProcess.Run("assess samples/assessments/emergency.json --language x_y").ExitCode);
        }

        [Fact]
        public void TextFormatIsReadable()
        {
            var (exit, stdout, _) = CliProcess.Run("assess samples/assessments/keep-running.json --format text");
            Assert.Equal(0, exit);
            Assert.StartsWith("KEEP RUNNING\n", stdout, StringComparison.Ordinal);
            Assert.Contains("Shoulder blade squeeze (hold 15-30 s, 3 repetitions, daily)", stdout, StringComparison.Ordinal);
            Assert.Contains("Seated upper-back rotation (hold 5 s, 5 repetitions per side, daily)", stdout, StringComparison.Ordinal);
            Assert.Contains("not a diagnosis", stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void TextFormatListsRedFlags()
        {
            var (exit, stdout, _) = CliProcess.Run("assess samples/assessments/emergency.json --format text");
            Assert.Equal(0, exit);
            Assert.StartsWith("EMERGENCY\n", stdout, StringComparison.Ordinal);
            Assert.Contains("Warning signs:\n  ! ", stdout, StringComparison.Ordinal);
            Assert.Contains("  ! " + Triage.Assess(new PainAssessment(0, symptoms: new[] { Symptom.ChestPain })).RedFlags[0].Explanation + "\n", stdout, StringComparison.Ordinal);
            Assert.Contains("Call emergency services (now; do not drive yourself)", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("chestPain", stdout, StringComparison.Ordinal);
        }

        // Plain headings, the runner's words rather than codes, stop signals under their own
        // heading, no heading without lines, and each dose said once.
        [Fact]
        public void TheTextReportReadsWellForARunner()
        {
            var (_, stdout, _) = CliProcess.Run("assess samples/assessments/stop-and-rest.json --format text");
            Assert.DoesNotContain("Warning signs", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("none", stdout, StringComparison.Ordinal);
            Assert.Contains("Why to stop running:\n  - ", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("escalatingPain", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("armSwingFaults", stdout, StringComparison.Ordinal);
            Assert.Contains("Take an extra rest day (1 day, this week)", stdout, StringComparison.Ordinal);
            var headings = stdout.Split('\n').Select((line, i) => (line, i)).Where(l => l.line.EndsWith(':')).ToList();
            var lines = stdout.Split('\n');
            Assert.All(headings, h => Assert.StartsWith("  ", lines[h.i + 1], StringComparison.Ordinal));
        }

        [Fact]
        public void ExplainListsEveryRuleWithItsSource()
        {
            var (exit, stdout, _) = CliProcess.Run("explain");
            Assert.Equal(0, exit);
            var rules = JsonDocument.Parse(stdout).RootElement.GetProperty("rules").EnumerateArray().ToArray();
            Assert.Equal(Triage.Default.Rules.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
            Assert.All(rules, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("source").GetString())));
            Assert.Equal("emergency", rules[0].GetProperty("minimumDisposition").GetString());

            var text = CliProcess.Run("explain --format text").Stdout;
            Assert.Contains("redFlag.spinalCordCompression", text, StringComparison.Ordinal);

            // Sources by title, never by a file only the team has.
            Assert.Contains("Article \"Can I Run With Upper Back Pain?\"", text, StringComparison.Ordinal);
            Assert.All(new[] { stdout, text, CliProcess.Run("explain --format markdown").Stdout }, catalogue =>
                Assert.DoesNotMatch(RunnerBack.Tests.Rules.RuleMetadataTests.SeedFileName, catalogue));
        }

        [Theory]
        [InlineData("")]
        [InlineData("frobnicate")]
        [InlineData("assess")]
        [InlineData("assess a.json b.json")]
        [InlineData("assess a.json --format yaml")]
        [InlineData("assess a.json --trace some")]
        [InlineData("explain --trace none")]
        public void UsageErrorsExitOne(string arguments)
        {
            var (exit, stdout, stderr) = CliProcess.Run(arguments);
            Assert.Equal(1, exit);
            Assert.Empty(stdout);
            Assert.Contains("Usage:", stderr, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--help", "runnerback interview --next")]
        [InlineData("-h", "runnerback explain")]
        [InlineData("help", "runnerback help [COMMAND]")]
        [InlineData("help interview", "runnerback interview [--mode safety|complete]")]
        [InlineData("assess --help", "runnerback assess FILE|-")]
        public void HelpPrintsUsageAndExitsZero(string arguments, string expected)
        {
            var (exit, stdout, stderr) = CliProcess.Run(arguments);
            Assert.True(exit == 0, stderr);
            Assert.StartsWith("Usage:\n", stdout, StringComparison.Ordinal);
            Assert.Contains(expected, stdout, StringComparison.Ordinal);
            Assert.Empty(stderr);
        }

        [Fact]
        public void HelpForOneCommandShowsOnlyThatCommand()
        {
            var stdout = CliProcess.Run("help questions").Stdout;
            Assert.Contains("runnerback questions", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("runnerback assess", stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void VersionPrintsThePackageAndRuleSetVersions()
        {
            var (exit, stdout, _) = CliProcess.Run("--version");
            Assert.Equal(0, exit);
            Assert.Equal($"runnerback 1.0.0 (rule set {Triage.RuleSetVersion})\n", stdout);
        }

        [Theory]
        [InlineData("assess a.json --format yaml", "unknown option '--format yaml' for assess")]
        [InlineData("assess a.json --colour", "unknown option '--colour' for assess")]
        [InlineData("explain --trace none", "unknown option '--trace none' for explain")]
        [InlineData("help frobnicate", "unknown command 'frobnicate'")]
        public void AnUnknownOptionNamesItself(string arguments, string expected)
        {
            var (exit, _, stderr) = CliProcess.Run(arguments);
            Assert.Equal(1, exit);
            Assert.StartsWith("runnerback: " + expected + ".", stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void AMissingFileExitsOne()
        {
            var (exit, _, stderr) = CliProcess.Run("assess samples/assessments/no-such-file.json");
            Assert.Equal(1, exit);
            Assert.Contains("no-such-file.json", stderr, StringComparison.Ordinal);
        }
    }
}
