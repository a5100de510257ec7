using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // TRIAGE.md 8.5: the smallest sets of changes over time that lower the disposition.
    public sealed class WhatWouldChangeTests
    {
        [Fact]
        public void PainFiveAndWorseningMayRunAgainAtThreeAndNotWorsening()
        {
            var result = Triage.Assess((AssessmentSpec.MildAche with { PainLevel = 5, Trend = PainTrend.Worsening }).Build());
            Assert.Equal(Disposition.StopAndRest, result.Disposition);
            var change = Assert.Single(result.WhatWouldChange);
            Assert.Equal(Disposition.RunWithModifications, change.Disposition);
            Assert.Equal(new[] { "$.painLevel = 3", "$.trend = \"stable\"" }, change.Changes.Select(c => c.ToString()).ToArray());
            Assert.Equal("You can run again, with the form changes, once the pain is 3 out of 10 or less and it no longer gets worse while you run.", change.Text);
        }

        [Fact]
        public void MildPainCanBeKeptRunningOnceItHasGone()
        {
            var change = Assert.Single(Triage.Assess(AssessmentSpec.MildAche.Build()).WhatWouldChange);
            Assert.Equal((Disposition.KeepRunning, "$.painLevel = 0"), (change.Disposition, change.Changes.Single().ToString()));
            Assert.Equal("You can keep running as usual once the pain has gone.", change.Text);
        }

        // A red flag holds the disposition: no change of pain says an emergency is over.
        [Fact]
        public void ARedFlagHoldsTheDisposition()
        {
            var sudden = Triage.Assess((AssessmentSpec.MildAche with { PainLevel = 8, Onset = PainOnset.Sudden }).Build());
            Assert.Equal(Disposition.Emergency, sudden.Disposition);
            Assert.Empty(sudden.WhatWouldChange);
            Assert.Empty(Triage.Assess(AssessmentSpec.NoPain.Build()).WhatWouldChange);
        }

        // Each entry lowers the disposition to what it says; no smaller set of its changes lowers it
        // at all; and the pain level is the highest that still works.
        [Property(MaxTest = 1000)]
        public Property EveryEntryIsASmallestWorkingChange()
        {
            return Prop.ForAll(Generators.WithoutRedFlags.ToArbitrary(), spec =>
            {
                var assessment = spec.Build();
                var result = Triage.Assess(assessment);
                Assert.True(result.WhatWouldChange.Count == 0 || result.RedFlags.Count == 0);
                foreach (var entry in result.WhatWouldChange)
                {
                    Assert.Equal(entry.Disposition, Triage.Assess(Apply(assessment, entry.Changes.ToArray())).Disposition);
                    Assert.True(entry.Disposition < result.Disposition);
                    for (var leftOut = 0; leftOut < entry.Changes.Count; leftOut++)
                    {
                        var fewer = entry.Changes.Where((_, i) => i != leftOut).ToArray();
                        Assert.True(fewer.Length == 0 || Triage.Assess(Apply(assessment, fewer)).Disposition >= result.Disposition, $"{entry} is not smallest");
                    }

                    if (entry.Changes.FirstOrDefault(c => c.Path == "$.painLevel") is { } pain)
                    {
                        var higher = entry.Changes.Select(c => c == pain ? new AnswerChange(c.Path, Answer.Of(pain.Answer.Number + 1)) : c).ToArray();
                        Assert.True(pain.Answer.Number + 1 >= assessment.PainLevel || Triage.Assess(Apply(assessment, higher)).Disposition >= result.Disposition, $"{entry}: a higher pain level works too");
                    }
                }
            });
        }

        // The property above checks nothing where the list is empty.
        [Fact]
        public void TheGeneratorGivesEntriesToCheck()
        {
            var entries = Coverage.Sample(Generators.WithoutRedFlags, 1000).Sum(spec => Triage.Assess(spec.Build()).WhatWouldChange.Count);
            Assert.True(entries > 200, $"only {entries} entries in 1000 cases");
        }

        [Fact]
        public void WhatWouldChangeSurvivesTheJsonRoundTrip()
        {
            var result = Triage.Assess((AssessmentSpec.MildAche with { PainLevel = 6, PersistsAfterStopping = YesNo.Yes }).Build());
            Assert.NotEmpty(result.WhatWouldChange);
            var json = TriageJson.Serialize(result);
            Assert.Contains("\"whatWouldChange\":[{\"changes\":[{\"path\":\"$.painLevel\",\"answer\":3},{\"path\":\"$.persistsAfterStopping\",\"answer\":false}],\"disposition\":\"runWithModifications\",\"text\":\"" + result.WhatWouldChange[0].Text.Replace("'", "\\u0027", System.StringComparison.Ordinal) + "\"}]", json, System.StringComparison.Ordinal);
            Assert.Equal(result, TriageJson.DeserializeResult(json));
        }

        private static PainAssessment Apply(PainAssessment assessment, AnswerChange[] changes)
        {
            var answers = InterviewAnswers.From(assessment);
            foreach (var change in changes)
            {
                answers = answers.With(change.Path.Substring(2), change.Answer);
            }

            return Interview.InterviewSupport.AsAssessment(answers);
        }
    }
}
