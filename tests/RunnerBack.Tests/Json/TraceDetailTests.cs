using System.Linq;
using System.Text.Json.Nodes;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // The trace is most of a result's size, so a writer may leave it out or keep only what fired.
    public sealed class TraceDetailTests
    {
        private static readonly TriageEngine Faulty = Triage.CreateBuilder().AddRule(new Support.ThrowingRule(RuleKind.Contributor)).Build();

        [Fact]
        public void FiredOnlyKeepsTheFiredAndFaultedRulesInPipelineOrder()
        {
            var result = Faulty.Assess(Assessments.Answered(5, PainQuality.Sharp, PainLocation.Ribs, trend: PainTrend.Worsening));
            var expected = result.Trace.Where(e => e.Outcome != RuleOutcome.NotApplicable).Select(e => e.RuleId).ToArray();
            Assert.Contains(result.Trace, e => e.Outcome == RuleOutcome.Faulted);
            Assert.True(expected.Length > 2 && expected.Length < result.Trace.Count / 2, "the case needs some rules of each outcome");

            var trace = JsonNode.Parse(TriageJson.Serialize(result, trace: TraceDetail.FiredOnly))!["trace"]!.AsArray();
            Assert.Equal(expected, trace.Select(e => (string)e!["ruleId"]!));
            Assert.DoesNotContain(trace, e => (string)e!["outcome"]! == "notApplicable");
        }

        [Fact]
        public void NoneWritesAnEmptyTraceAndTheRestUnchanged()
        {
            var result = Triage.Assess(Assessments.Answered(3, PainQuality.DullAche, PainLocation.Neck));
            var full = JsonNode.Parse(TriageJson.Serialize(result))!.AsObject();
            var bare = JsonNode.Parse(TriageJson.Serialize(result, indented: true, trace: TraceDetail.None))!.AsObject();
            Assert.Empty(bare["trace"]!.AsArray());
            full.Remove("trace");
            bare.Remove("trace");
            Assert.True(JsonNode.DeepEquals(full, bare));
            Assert.True(TriageJson.SerializeToUtf8Bytes(result, TraceDetail.None).Length < TriageJson.SerializeToUtf8Bytes(result).Length / 3);
        }
    }
}
