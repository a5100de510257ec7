using System;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // The engine keeps one scratch context per thread and clears it at the start of each call, so a
    // server thread's earlier requests must leave nothing behind in the next one's result.
    public sealed class ContextReuseTests
    {
        // Rules without a fixed output: their findings and contributors carry no build-time rank,
        // which switches the result sort from ranks to comparisons. The scratch lists count such
        // items; a count that drifts when the lists are cleared (the full mutation run at 603d47e
        // found `-= 1` for every cleared item surviving) would send a later call down the rank sort
        // with an unranked item in it.
        private static readonly TriageEngine Engine = Triage
            .CreateBuilder()
            .AddDefaultRules()
            .AddRule(
                new DelegateRule(
                    "app.oddPainLevel",
                    RuleKind.StopSignal,
                    c =>
                    {
                        if (c.Assessment.PainLevel % 2 == 1)
                        {
                            c.Add(new Finding("app.oddPainLevel", FindingKind.StopSignal, Disposition.StopAndRest, "A probe finding without a rank."));
                        }
                    }
                )
            )
            .AddRule(
                new DelegateRule(
                    "app.oddPainContributor",
                    RuleKind.Contributor,
                    c =>
                    {
                        if (c.Assessment.PainLevel % 2 == 1)
                        {
                            c.Add(new Contributor("app.oddPainLevel", "A probe contributor without a rank."));
                        }
                    }
                )
            )
            .Build();

        [Fact]
        public void AThreadsEarlierAssessmentsDoNotChangeItsNextResult()
        {
            // Mild assessments have few findings and contributors, so an earlier call often leaves as
            // many ranked items as the next one adds unranked ones: the case a drifting count gets wrong.
            var pairs = Gen.Two(Generators.MildAssessment).ToArbitrary();
            Prop.ForAll(
                    pairs,
                    pair =>
                    {
                        var (earlier, next) = pair;
                        var onAFreshThread = OnNewThread(() => Engine.Assess(next.Build()));
                        var afterAnother = OnNewThread(() =>
                        {
                            Engine.Assess(earlier.Build());
                            return Engine.Assess(next.Build());
                        });
                        Assert.Equal(onAFreshThread, afterAnother);
                    }
                )
                .Check(Checks.Cases(1000));
        }

        private static TriageResult OnNewThread(Func<TriageResult> assess)
        {
            TriageResult? result = null;
            Exception? error = null;
            var thread = new Thread(() =>
            {
                try
                {
                    result = assess();
                }
                catch (Exception e)
                {
                    error = e;
                }
            });
            thread.Start();
            thread.Join();
            Assert.Null(error);
            return result!;
        }
    }
}
