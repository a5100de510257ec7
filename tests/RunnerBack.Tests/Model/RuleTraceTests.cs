using System.Collections;
using System.Linq;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Model
{
    // The trace is compared as part of every result's equality, so its own equality, text and
    // enumerator are pinned here on traces from real evaluations.
    public sealed class RuleTraceTests
    {
        private static RuleTrace TraceOf(AssessmentSpec spec, ITriageEngine? engine = null) =>
            (engine ?? Triage.Default).Assess(spec.Build()).Trace;

        [Fact]
        public void TracesOfEqualEvaluationsAreEqual()
        {
            var first = TraceOf(AssessmentSpec.MildAche);
            var second = TraceOf(AssessmentSpec.MildAche);
            Assert.True(first == second);
            Assert.False(first != second);
            Assert.True(first.Equals((object)second));
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
        }

        [Fact]
        public void TracesDifferWhenAnOutcomeOrTheLengthDiffers()
        {
            var calm = TraceOf(AssessmentSpec.NoPain);
            var chestPain = TraceOf(AssessmentSpec.MildAche.WithSymptoms(Symptom.ChestPain));
            Assert.Equal(calm.Count, chestPain.Count);
            Assert.False(calm == chestPain);
            Assert.True(calm != chestPain);

            var longer = TraceOf(AssessmentSpec.NoPain, Triage.CreateBuilder().AddRule(new DelegateRule("app.extra", RuleKind.Contributor, _ => { })).Build());
            Assert.Equal(calm.Count + 1, longer.Count);
            Assert.False(calm.Equals(longer));
            Assert.False(longer.Equals(calm));
            Assert.False(calm.Equals("not a trace"));
        }

        [Fact]
        public void ToStringListsEachRuleWithItsOutcome()
        {
            var trace = TraceOf(AssessmentSpec.MildAche.WithSymptoms(Symptom.ChestPain));
            var expected = "[" + string.Join(", ", trace.Select(t => t.RuleId + ": " + t.Outcome)) + "]";
            Assert.Equal(expected, trace.ToString());
            Assert.Contains("redFlag.chestPain: Fired", trace.ToString(), System.StringComparison.Ordinal);
            Assert.Equal("[]", default(RuleTrace).ToString());
        }

        [Fact]
        public void TheEnumeratorCanBeResetAndStartsAgain()
        {
            var trace = TraceOf(AssessmentSpec.NoPain);
            IEnumerator enumerator = ((IEnumerable)trace).GetEnumerator();
            var count = 0;
            while (enumerator.MoveNext())
            {
                count++;
            }

            Assert.Equal(trace.Count, count);
            enumerator.Reset();
            Assert.True(enumerator.MoveNext());
            Assert.Equal(trace[0], enumerator.Current);
        }
    }
}
