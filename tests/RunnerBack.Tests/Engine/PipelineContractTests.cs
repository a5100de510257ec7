using System;
using System.Collections.Generic;
using System.Linq;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // What the pipeline promises a rule author: how outputs with the same code merge, what a
    // faulted rule leaves behind, what the safety gate tells a rule, and which stage may read or
    // add what. Each test uses custom rules next to the default set.
    public sealed class PipelineContractTests
    {
        private static readonly TriageOptions Throw = new TriageOptions { FaultPolicy = FaultPolicy.Throw };

        // Chest pain (an emergency) plus a stop signal, so the duplicate below is not adjacent to the original.
        private static readonly AssessmentSpec ChestPainAtFive = AssessmentSpec.MildAche.WithSymptoms(Symptom.ChestPain) with { PainLevel = 5 };

        private static DelegateRule LesserChestPain() => new DelegateRule("app.chestPain", RuleKind.RedFlag, c =>
            c.Add(new Finding("chestPain", FindingKind.RedFlag, Disposition.SeeProfessional, "A custom, milder reading of chest pain.")));

        [Fact]
        public void TwoFindingsWithOneCodeKeepTheMostUrgentWhicheverRunsFirst()
        {
            var customFirst = new TriageEngineBuilder().AddRule(LesserChestPain()).AddDefaultRules().Build();
            var customLast = Triage.CreateBuilder().AddRule(LesserChestPain()).Build();
            foreach (var engine in new[] { customFirst, customLast })
            {
                var result = engine.Assess(ChestPainAtFive.Build());
                Assert.Equal(new[] { "chestPain", "painAtOrAboveStopLevel" }, result.FindingCodes());
                Assert.Equal(Disposition.Emergency, result.FindingFor("chestPain")!.MinimumDisposition);
                Assert.Equal(Disposition.Emergency, result.RedFlags.Single().MinimumDisposition);
                Assert.Equal(Disposition.Emergency, result.Disposition);
            }
        }

        [Fact]
        public void TwoFindingsWithOneCodeAndOneUrgencyMergeEvenWhenAnotherRunsBetweenThem()
        {
            // Same urgency throughout, so only the code can bring the two "alpha" findings together.
            static DelegateRule Reports(string id, string code, string explanation) => new DelegateRule(id, RuleKind.RedFlag, c =>
                c.Add(new Finding(code, FindingKind.RedFlag, Disposition.SeeProfessional, explanation)));
            var engine = new TriageEngineBuilder()
                .AddRule(Reports("app.alphaFirst", "alpha", "Reported first."))
                .AddRule(Reports("app.beta", "beta", "Reported between."))
                .AddRule(Reports("app.alphaAgain", "alpha", "Reported again."))
                .Build();
            var result = engine.Assess(AssessmentSpec.MildAche.Build());
            Assert.Equal(new[] { "alpha", "beta" }, result.FindingCodes());
            Assert.Equal("Reported first.", result.FindingFor("alpha")!.Explanation);
        }

        [Fact]
        public void TwoContributorsWithOneCodeKeepTheFirstInPipelineOrder()
        {
            var custom = new DelegateRule("app.slouching", RuleKind.Contributor, c => c.Add(new Contributor("slouchedPosture", "The app's own words.")));
            var builtIn = AssessmentSpec.NoPain.WithForm(FormFault.Slouching).Assess().Contributors.Single();

            // Two entries only, then with a third between them.
            foreach (var spec in new[] { AssessmentSpec.NoPain.WithForm(FormFault.Slouching), AssessmentSpec.NoPain.WithForm(FormFault.Slouching, FormFault.ShouldersRaised) })
            {
                var customLast = Triage.CreateBuilder().AddRule(custom).Build().Assess(spec.Build());
                Assert.Equal(builtIn, customLast.Contributors.Single(c => c.Code == "slouchedPosture"));

                var customFirst = new TriageEngineBuilder().AddRule(custom).AddDefaultRules().Build().Assess(spec.Build());
                Assert.Equal("The app's own words.", customFirst.Contributors.Single(c => c.Code == "slouchedPosture").Explanation);
            }
        }

        [Fact]
        public void TwoRecommendationsWithOneCodeKeepTheFirstInPipelineOrder()
        {
            var custom = new DelegateRule("app.runTall", RuleKind.Recommendation, c =>
                c.Add(new Recommendation("runTall", RecommendationCategory.Form, "Stand tall", "The app's own words.", new Dose(frequency: "always"))));
            var result = Triage.CreateBuilder().AddRule(custom).Build().Assess(AssessmentSpec.NoPain.WithForm(FormFault.Slouching).Build());
            Assert.Equal(1, result.RecommendationCodes().Count(code => code == "runTall"));
            Assert.NotEqual("The app's own words.", result.Recommendations.Single(r => r.Code == "runTall").Instructions);
        }

        [Fact]
        public void AFaultedContributorRuleLeavesNothingBehindAndOthersStay()
        {
            var rule = new DelegateRule("app.halfDone", RuleKind.Contributor, c =>
            {
                c.Add(new Contributor("halfDone", "Added before the fault."));
                c.Add(new Contributor("halfDoneToo", "Added before the fault."));
                throw new InvalidOperationException("halfway");
            });
            var result = Triage.CreateBuilder().AddRule(rule).Build().Assess(AssessmentSpec.NoPain.WithForm(FormFault.Slouching).Build());
            Assert.Equal(new[] { "slouchedPosture" }, result.ContributorCodes());
            Assert.Equal(RuleOutcome.Faulted, result.Trace.Single(t => t.RuleId == "app.halfDone").Outcome);
            Assert.Equal(Disposition.SeeProfessional, result.Disposition);
            Assert.False(result.IsComplete);
        }

        [Fact]
        public void AFaultedRecommendationRuleLeavesNothingBehindAndOthersStay()
        {
            var rule = new DelegateRule("app.halfDone", RuleKind.Recommendation, c =>
            {
                c.Add(new Recommendation("halfDoneCare", RecommendationCategory.Care, "Half done", "Added before the fault.", new Dose(frequency: "now")));
                throw new InvalidOperationException("halfway");
            });
            var result = Triage.CreateBuilder().AddRule(rule).Build().Assess(AssessmentSpec.NoPain.Build());
            Assert.DoesNotContain("halfDoneCare", result.RecommendationCodes());
            Assert.Contains("bookProfessionalAssessment", result.RecommendationCodes());
            Assert.Equal(RuleOutcome.Faulted, result.Trace.Single(t => t.RuleId == "app.halfDone").Outcome);
        }

        [Fact]
        [Trait("Hazard", "H08")]
        public void TheGateTellsTheRuleAndTheTraceWhenARecommendationIsWithheld()
        {
            var answers = new List<bool>();
            var gated = new DelegateRule("app.gated", RuleKind.Recommendation, c =>
                answers.Add(c.Add(new Recommendation("appCue", RecommendationCategory.Form, "A cue", "A form cue from the app.", new Dose(frequency: "every run")))));
            var idle = new DelegateRule("app.idle", RuleKind.Recommendation, _ => { });
            var engine = Triage.CreateBuilder().AddRule(gated).AddRule(idle).Build();

            var emergency = engine.Assess(AssessmentSpec.MildAche.WithSymptoms(Symptom.ChestPain).Build());
            var calm = engine.Assess(AssessmentSpec.NoPain.Build());

            Assert.Equal(new[] { false, true }, answers);
            var withheld = emergency.Trace.Single(t => t.RuleId == "app.gated");
            Assert.Equal(RuleOutcome.NotApplicable, withheld.Outcome);
            Assert.StartsWith("Withheld by the safety gate", withheld.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("appCue", emergency.RecommendationCodes());

            // The rule after a withheld one starts afresh.
            Assert.StartsWith("Not met: ", emergency.Trace.Single(t => t.RuleId == "app.idle").Detail, StringComparison.Ordinal);
            Assert.Equal(RuleOutcome.Fired, calm.Trace.Single(t => t.RuleId == "app.gated").Outcome);
            Assert.Contains("appCue", calm.RecommendationCodes());
        }

        [Theory]
        [InlineData(RuleKind.RedFlag, "HasFinding")]
        [InlineData(RuleKind.StopSignal, "HasContributor")]
        [InlineData(RuleKind.Contributor, "HasContributor")]
        [InlineData(RuleKind.Contributor, "Disposition")]
        public void ReadingWhatIsNotSettledYetIsAFault(RuleKind kind, string member)
        {
            var rule = new DelegateRule("app.early", kind, c =>
            {
                _ = member switch
                {
                    "HasFinding" => c.HasFinding("chestPain"),
                    "HasContributor" => c.HasContributor("stress"),
                    _ => c.Disposition == Disposition.Emergency,
                };
            });
            var error = Assert.Throws<TriageRuleException>(() => Triage.CreateBuilder().AddRule(rule).WithOptions(Throw).Build().Assess(AssessmentSpec.MildAche.Build()));
            var inner = Assert.IsType<InvalidOperationException>(error.InnerException);
            Assert.Contains(member + " is not settled yet", inner.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void LaterStagesReadWhatEarlierStagesSettled()
        {
            var seen = new List<string>();
            var contributor = new DelegateRule("app.readsFindings", RuleKind.Contributor, c => seen.Add("finding " + c.HasFinding("chestPain")));
            var recommendation = new DelegateRule("app.readsAll", RuleKind.Recommendation, c =>
                seen.Add($"finding {c.HasFinding("chestPain")} contributor {c.HasContributor("slouchedPosture")} {c.Disposition}"));
            var result = Triage.CreateBuilder().AddRule(contributor).AddRule(recommendation).WithOptions(Throw).Build()
                .Assess(AssessmentSpec.MildAche.WithSymptoms(Symptom.ChestPain).WithForm(FormFault.Slouching).Build());
            Assert.Equal(new[] { "finding True", "finding True contributor True Emergency" }, seen);
            Assert.True(result.IsComplete);
        }

        [Theory]
        [InlineData(RuleKind.RedFlag, "contributor", "cannot add a contributor")]
        [InlineData(RuleKind.Recommendation, "contributor", "cannot add a contributor")]
        [InlineData(RuleKind.Contributor, "recommendation", "cannot add a recommendation")]
        [InlineData(RuleKind.StopSignal, "recommendation", "cannot add a recommendation")]
        [InlineData(RuleKind.Contributor, "finding", "cannot add the RedFlag finding")]
        [InlineData(RuleKind.RedFlag, "stopSignal", "cannot add the StopSignal finding")]
        public void ARuleAddsOnlyItsOwnKindOfOutput(RuleKind kind, string output, string message)
        {
            var rule = new DelegateRule("app.wrongOutput", kind, c =>
            {
                switch (output)
                {
                    case "contributor":
                        c.Add(new Contributor("stray", "Not this rule's to give."));
                        break;
                    case "recommendation":
                        c.Add(new Recommendation("stray", RecommendationCategory.Care, "Stray", "Not this rule's to give.", new Dose(frequency: "now")));
                        break;
                    case "finding":
                        c.Add(new Finding("stray", FindingKind.RedFlag, Disposition.Emergency, "Not this rule's to give."));
                        break;
                    default:
                        c.Add(new Finding("stray", FindingKind.StopSignal, Disposition.StopAndRest, "Not this rule's to give."));
                        break;
                }
            });
            var error = Assert.Throws<TriageRuleException>(() => Triage.CreateBuilder().AddRule(rule).WithOptions(Throw).Build().Assess(AssessmentSpec.MildAche.Build()));
            var inner = Assert.IsType<InvalidOperationException>(error.InnerException);
            Assert.Contains(message, inner.Message, StringComparison.Ordinal);
        }

        // The argument is checked before the stage, so a rule author hears about the null first even
        // when adding from the wrong stage (the last three rows).
        [Theory]
        [InlineData(RuleKind.RedFlag, "finding")]
        [InlineData(RuleKind.Contributor, "contributor")]
        [InlineData(RuleKind.Recommendation, "recommendation")]
        [InlineData(RuleKind.Recommendation, "finding")]
        [InlineData(RuleKind.RedFlag, "contributor")]
        [InlineData(RuleKind.Contributor, "recommendation")]
        public void AddingNullIsAFaultNamingTheParameter(RuleKind kind, string parameter)
        {
            var rule = new DelegateRule("app.addsNull", kind, c => AddNull(c, parameter));
            var error = Assert.Throws<TriageRuleException>(() => Triage.CreateBuilder().AddRule(rule).WithOptions(Throw).Build().Assess(AssessmentSpec.MildAche.Build()));
            Assert.Equal(parameter, Assert.IsType<ArgumentNullException>(error.InnerException).ParamName);
        }

        [Fact]
        [Trait("Hazard", "H11")]
        public void AContextKeptPastItsEvaluationNoLongerShowsTheAssessment()
        {
            TriageContext? kept = null;
            var rule = new DelegateRule("app.keeps", RuleKind.RedFlag, c => kept = c);
            Triage.CreateBuilder().AddRule(rule).Build().Assess(AssessmentSpec.MildAche.Build());
            var error = Assert.Throws<InvalidOperationException>(() => kept!.Assessment);
            Assert.Contains("No assessment", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(RuleKind.RedFlag)]
        [InlineData(RuleKind.Contributor)]
        [InlineData(RuleKind.Recommendation)]
        public void APipelineOfOneStageWorks(RuleKind kind)
        {
            var engine = new TriageEngineBuilder().AddRule(new DelegateRule("app.only", kind, _ => { })).Build();
            var result = engine.Assess(AssessmentSpec.MildAche.Build());
            Assert.Equal(new[] { "app.only" }, result.Trace.Select(t => t.RuleId));
            Assert.Equal(Disposition.RunWithModifications, result.Disposition);
            Assert.True(result.IsComplete);
        }

        // The result's sorting keeps positions on the stack up to 64 items of one kind and in an array
        // beyond; one rule adding 100 outputs (in reverse order), next to the default rules' few of
        // the other kinds, must come back whole and in canonical order.
        [Theory]
        [InlineData(RuleKind.RedFlag)]
        [InlineData(RuleKind.Contributor)]
        [InlineData(RuleKind.Recommendation)]
        public void ARuleMayAddMoreThanSixtyFourOutputs(RuleKind kind)
        {
            var codes = Enumerable.Range(0, 100).Select(i => "many" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var rule = new DelegateRule("app.many", kind, c =>
            {
                foreach (var code in codes.Reverse())
                {
                    switch (kind)
                    {
                        case RuleKind.Contributor:
                            c.Add(new Contributor(code, "One of many."));
                            break;
                        case RuleKind.Recommendation:
                            c.Add(new Recommendation(code, RecommendationCategory.Form, "One of many", "One of many.", new Dose(frequency: "daily")));
                            break;
                        default:
                            c.Add(new Finding(code, FindingKind.RedFlag, Disposition.SeeProfessional, "One of many."));
                            break;
                    }
                }
            });
            var engine = Triage.CreateBuilder().AddRule(rule).Build();
            var result = engine.Assess(AssessmentSpec.MildAche.WithForm(FormFault.Slouching).Build());
            var listed = kind switch
            {
                RuleKind.Contributor => result.Contributors.Select(c => c.Code),
                RuleKind.Recommendation => result.Recommendations.Where(r => r.Category == RecommendationCategory.Form).Select(r => r.Code),
                _ => result.Findings.Select(f => f.Code),
            };
            Assert.Equal(codes, listed.Where(code => code.StartsWith("many", StringComparison.Ordinal)));
            Assert.True(result.IsComplete);
            if (kind == RuleKind.RedFlag)
            {
                Assert.Equal(codes, result.RedFlags.Select(f => f.Code));
            }
        }

        // Adds a null of the type whose Add method has this parameter name.
        private static void AddNull(TriageContext context, string parameter)
        {
            switch (parameter)
            {
                case "contributor":
                    context.Add((Contributor)null!);
                    break;
                case "recommendation":
                    context.Add((Recommendation)null!);
                    break;
                default:
                    context.Add((Finding)null!);
                    break;
            }
        }
    }
}
