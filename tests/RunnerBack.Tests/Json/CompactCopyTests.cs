using System.Linq;
using System.Text;
using System.Text.Json;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // The compact writer copies the bytes it rendered for a rule's finding, contributor,
    // recommendation, red flag and trace entry the first time; the indented writer renders every
    // time. The copies must be exactly what rendering would give, in every language, with every
    // trace detail, and they never change what the items are equal to.
    public sealed class CompactCopyTests
    {
        [Fact]
        public void ACompactResultIsItsIndentedFormWithoutTheWhitespace()
        {
            var results = 0;
            foreach (var language in Languages.All)
            {
                foreach (var assessment in RunnerBack.Benchmarks.Workloads.Generate(40, seed: 17))
                {
                    var result = Triage.Assess(assessment, language, language == "fr" ? "FR" : null);
                    foreach (var trace in new[] { TraceDetail.All, TraceDetail.FiredOnly, TraceDetail.None })
                    {
                        // Twice: the first fills the copies, the second only copies.
                        var first = TriageJson.Serialize(result, trace: trace);
                        var second = TriageJson.Serialize(result, trace: trace);
                        Assert.Equal(first, second);
                        Assert.Equal(Compacted(TriageJson.Serialize(result, indented: true, trace: trace)), second);
                    }

                    results++;
                }
            }

            Assert.Equal(40 * Languages.All.Count, results);
        }

        // An item shared by results written with different trace details is copied whole: only the
        // trace list depends on the detail.
        [Fact]
        public void ACopiedEntryIsTheSameUnderEveryTraceDetail()
        {
            var result = Triage.Assess(AssessmentSpec.MildAche.WithSymptoms(Symptom.Fever).Build());
            var none = JsonDocument.Parse(TriageJson.Serialize(result, trace: TraceDetail.None)).RootElement;
            var all = JsonDocument.Parse(TriageJson.Serialize(result)).RootElement;
            Assert.Equal(0, none.GetProperty("trace").GetArrayLength());
            Assert.Equal(result.Trace.Count, all.GetProperty("trace").GetArrayLength());
            Assert.NotEmpty(result.Findings);
            Assert.Equal(all.GetProperty("findings").GetRawText(), none.GetProperty("findings").GetRawText());
            Assert.Equal(all.GetProperty("recommendations").GetRawText(), none.GetProperty("recommendations").GetRawText());
        }

        [Fact]
        public void AWrittenItemEqualsAFreshOneWithTheSameValues()
        {
            var result = Triage.Assess(AssessmentSpec.MildAche.WithSymptoms(Symptom.ChestPain).Build());
            TriageJson.Serialize(result);

            var entry = result.Trace.First(e => e.Outcome == RuleOutcome.Fired);
            Assert.NotNull(entry.CompactJson);
            var freshEntry = new TraceEntry(entry.RuleId, entry.Outcome, entry.Detail);
            Assert.Equal(entry, freshEntry);
            Assert.Equal(entry.GetHashCode(), freshEntry.GetHashCode());
            Assert.NotEqual(entry, new TraceEntry(entry.RuleId, RuleOutcome.Faulted, entry.Detail));

            var redFlag = result.RedFlags.Single(f => f.Code == "chestPain");
            Assert.NotNull(redFlag.CompactJson);
            var readBack = TriageJson.DeserializeResult(TriageJson.Serialize(result)).RedFlags.Single(f => f.Code == "chestPain");
            Assert.Null(readBack.CompactJson);
            Assert.Equal(redFlag, readBack);
            Assert.Equal(redFlag.GetHashCode(), readBack.GetHashCode());
        }

        private static string Compacted(string indented)
        {
            using var document = JsonDocument.Parse(indented);
            using var buffer = new System.IO.MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonOutput.Encoder }))
            {
                document.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
