using System;
using System.Collections.Generic;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // The engine keeps one scratch context per thread and clears it at the start of each call, so a
    // server thread's earlier requests must leave nothing behind in the next one's result.
    public sealed class ContextReuseTests
    {
        // Custom rules beside the default ones, adding outputs on some calls and not on others: the
        // scratch lists are reused from call to call, so whatever an earlier call left in them (a
        // count that drifts, an item not cleared) would show in a later call's result.
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
                            c.Add(new Finding("app.oddPainLevel", FindingKind.StopSignal, Disposition.StopAndRest, "A probe finding on odd pain levels."));
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
                            c.Add(new Contributor("app.oddPainLevel", "A probe contributor on odd pain levels."));
                        }
                    }
                )
            )
            .Build();

        // What the reentrant rules assess from inside a call, when set, and what they got back.
        [ThreadStatic]
        private static PainAssessment? t_innerAssessment;

        [ThreadStatic]
        private static List<TriageResult>? t_innerResults;

        // One rule per stage, each calling the same engine from inside a call; the inner calls run
        // with the slot cleared, so they do not call again.
        private static readonly TriageEngine ReentrantEngine = Triage
            .CreateBuilder()
            .AddDefaultRules()
            .AddRule(new DelegateRule("app.assessesInsideFindings", RuleKind.StopSignal, _ => AssessInside()))
            .AddRule(new DelegateRule("app.assessesInsideContributors", RuleKind.Contributor, _ => AssessInside()))
            .AddRule(new DelegateRule("app.assessesInsideRecommendations", RuleKind.Recommendation, _ => AssessInside()))
            .Build();

        [Property(MaxTest = 1000)]
        [Trait("Hazard", "H11")]
        public Property AThreadsEarlierAssessmentsDoNotChangeItsNextResult()
        {
            // Mild assessments have few findings and contributors, so an earlier call often leaves as
            // many items as the next one adds: the case a drifting count gets wrong.
            var pairs = Gen.Two(Generators.MildAssessment).ToArbitrary();
            return Prop.ForAll(
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
                );
        }

        // A rule may call Assess from inside a call (say, to compare with the runner's previous report).
        // The inner call must get its own context: one that reused the thread's context would clear
        // the outer call's findings and assessment halfway through it.
        [Property(MaxTest = 500)]
        [Trait("Hazard", "H11")]
        public Property ARuleThatCallsAssessLeavesTheOuterResultAsItWouldBe()
        {
            var pairs = Gen.Two(Generators.Assessment).ToArbitrary();
            return Prop.ForAll(
                    pairs,
                    pair =>
                    {
                        var outer = pair.Item1.Build();
                        var inner = pair.Item2.Build();
                        var expectedInner = ReentrantEngine.Assess(inner);
                        var alone = ReentrantEngine.Assess(outer);

                        var innerResults = new List<TriageResult>();
                        t_innerResults = innerResults;
                        t_innerAssessment = inner;
                        TriageResult withCalls;
                        try
                        {
                            withCalls = ReentrantEngine.Assess(outer);
                        }
                        finally
                        {
                            t_innerAssessment = null;
                        }

                        Assert.Equal(alone, withCalls);

                        // One call at least per stage; the engine may evaluate rules again on
                        // variants of the assessment (what would change, "not sure"), so not exactly.
                        Assert.True(innerResults.Count >= 3, $"{innerResults.Count} inner calls");
                        Assert.All(innerResults, result => Assert.Equal(expectedInner, result));
                    }
                );
        }

        private static void AssessInside()
        {
            var inner = t_innerAssessment;
            if (inner is null)
            {
                return;
            }

            t_innerAssessment = null;
            try
            {
                t_innerResults!.Add(ReentrantEngine.Assess(inner));
            }
            finally
            {
                t_innerAssessment = inner;
            }
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
