using System;
using System.Linq;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    public sealed class TriageEngineBuilderTests
    {
        [Fact]
        public void TheDefaultEngineHasEveryRuleOfTheSpecInStageOrder()
        {
            var rules = Triage.Default.Rules;
            Assert.Equal(65, rules.Count);
            Assert.Equal(17, rules.Count(r => r.Kind == RuleKind.RedFlag));
            Assert.Equal(6, rules.Count(r => r.Kind == RuleKind.StopSignal));
            Assert.Equal(12, rules.Count(r => r.Kind == RuleKind.Contributor));
            Assert.Equal(30, rules.Count(r => r.Kind == RuleKind.Recommendation));
            var stages = rules.Select(r => r.Kind == RuleKind.StopSignal ? RuleKind.RedFlag : r.Kind).ToList();
            Assert.Equal(stages.OrderBy(k => k), stages);
            Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        }

        [Fact]
        public void EveryRuleHasAnIdADescriptionAndASource()
        {
            Assert.All(Triage.Default.Rules, rule =>
            {
                Assert.Matches("^(redFlag|stopSignal|contributor|recommendation)\\.[a-z][A-Za-z]+$", rule.Id);
                Assert.False(string.IsNullOrWhiteSpace(rule.Description));
                Assert.Contains("\"", rule.Source, StringComparison.Ordinal);
                Assert.Equal(rule.Kind is RuleKind.RedFlag or RuleKind.StopSignal, rule.MinimumDisposition.HasValue);
            });
        }

        [Fact]
        public void RulesRunByStageThenInTheBuildersOrder()
        {
            var engine = new TriageEngineBuilder()
                .AddRule(new ThrowingRule(RuleKind.Recommendation, "z.recommendation"))
                .AddRule(new ThrowingRule(RuleKind.StopSignal, "b.stop"))
                .AddRule(new ThrowingRule(RuleKind.Contributor, "c.contributor"))
                .AddRule(new ThrowingRule(RuleKind.RedFlag, "a.redFlag"))
                .Build();
            Assert.Equal(new[] { "b.stop", "a.redFlag", "c.contributor", "z.recommendation" }, engine.Rules.Select(r => r.Id));
            Assert.Equal(engine.Rules.Select(r => r.Id), engine.Assess(AssessmentSpec.MildAche.Build()).Trace.Select(t => t.RuleId));
        }

        [Fact]
        public void AddRuleRejectsADuplicateId()
        {
            var builder = Triage.CreateBuilder();
            var error = Assert.Throws<ArgumentException>(() => builder.AddRule(new ChestPainLookalike()));
            Assert.Contains("redFlag.chestPain", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void AddDefaultRulesIsIdempotentAndRestoresRemovedRules()
        {
            var builder = Triage.CreateBuilder().AddDefaultRules();
            Assert.Equal(65, builder.Rules.Count);
            builder.AllowRedFlagRemoval().RemoveRule("redFlag.chestPain").AddDefaultRules();
            Assert.Equal(65, builder.Rules.Count);
        }

        [Fact]
        public void RemoveRuleDropsItAndRejectsAnUnknownId()
        {
            var engine = Triage.CreateBuilder().RemoveRule("stopSignal.escalatingPain").Build();
            Assert.DoesNotContain(engine.Rules, r => r.Id == "stopSignal.escalatingPain");
            var result = engine.Assess((AssessmentSpec.MildAche with { Trend = PainTrend.Worsening }).Build());
            Assert.Equal(Disposition.RunWithModifications, result.Disposition);

            var error = Assert.Throws<ArgumentException>(() => Triage.CreateBuilder().RemoveRule("stopSignal.escalatingPainn"));
            Assert.Contains("escalatingPainn", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void ReplaceRuleKeepsThePlaceAndRejectsClashes()
        {
            var builder = Triage.CreateBuilder().AllowRedFlagRemoval();
            var index = builder.Rules.ToList().FindIndex(r => r.Id == "redFlag.severePain");
            builder.ReplaceRule("redFlag.severePain", new OlderRunnerRule());
            Assert.Equal("app.olderRunner", builder.Rules[index].Id);
            Assert.DoesNotContain(builder.Rules, r => r.Id == "redFlag.severePain");

            Assert.Throws<ArgumentException>(() => builder.ReplaceRule("redFlag.chestPain", new OlderRunnerRule()));
            Assert.Throws<ArgumentException>(() => builder.ReplaceRule("no.such.rule", new ThrowingRule(RuleKind.Contributor)));
        }

        [Fact]
        public void ACustomRuleTakesPartLikeABuiltInOne()
        {
            var engine = Triage.CreateBuilder().AddRule(new OlderRunnerRule()).Build();
            var older = AssessmentSpec.MildAche.WithRunner(new RunnerSpec(Age: 70)).Build();
            var result = engine.Assess(older);
            Assert.Equal(Disposition.SeeProfessional, result.Disposition);
            Assert.Contains(result.RedFlags, r => r.Code == "olderRunner");
            Assert.Contains("bookProfessionalAssessment", result.RecommendationCodes());
            Assert.Equal(RuleOutcome.NotApplicable, engine.Assess(AssessmentSpec.MildAche.Build()).Trace.Single(t => t.RuleId == "app.olderRunner").Outcome);
        }

        [Fact]
        public void BuildRejectsAnEmptyPipeline() =>
            Assert.Throws<InvalidOperationException>(() => new TriageEngineBuilder().Build());

        [Fact]
        public void TheBuilderCannotChangeABuiltEngine()
        {
            var builder = Triage.CreateBuilder().AllowRedFlagRemoval();
            var engine = builder.Build();
            builder.ClearRules().AddRule(new OlderRunnerRule());
            Assert.Equal(65, engine.Rules.Count);
        }

        [Theory]
        [InlineData(0, 7, 14, 21, 6, 800, "stopPainLevel")]
        [InlineData(11, 11, 14, 21, 6, 800, "stopPainLevel")]
        [InlineData(5, 4, 14, 21, 6, 800, "severePainLevel")]
        [InlineData(4, 11, 14, 21, 6, 800, "severePainLevel")]
        [InlineData(4, 7, 0, 21, 6, 800, "persistentDaysWithSelfCare")]
        [InlineData(4, 7, 366, 366, 6, 800, "persistentDaysWithSelfCare")]
        [InlineData(4, 7, 14, 13, 6, 800, "persistentDaysWithoutSelfCare")]
        [InlineData(4, 7, 14, 366, 6, 800, "persistentDaysWithoutSelfCare")]
        [InlineData(4, 7, 14, 21, -1, 800, "prolongedSittingHours")]
        [InlineData(4, 7, 14, 21, 25, 800, "prolongedSittingHours")]
        [InlineData(4, 7, 14, 21, 6, 99, "shoeReplacementKm")]
        [InlineData(4, 7, 14, 21, 6, 5001, "shoeReplacementKm")]
        public void BuildRejectsEachOptionOutOfRange(int stop, int severe, int withCare, int withoutCare, double sitting, double shoeKm, string option)
        {
            var options = new TriageOptions
            {
                StopPainLevel = stop,
                SeverePainLevel = severe,
                PersistentDaysWithSelfCare = withCare,
                PersistentDaysWithoutSelfCare = withoutCare,
                ProlongedSittingHours = sitting,
                ShoeReplacementKm = shoeKm,
            };
            var error = Assert.Throws<TriageOptionsException>(() => Triage.CreateBuilder().WithOptions(options).Build());
            Assert.Contains(error.Problems, p => p.StartsWith(option + " ", StringComparison.Ordinal));
        }

        [Fact]
        public void OptionsAtTheirLimitsAreAccepted()
        {
            var low = new TriageOptions { StopPainLevel = 1, SeverePainLevel = 1, PersistentDaysWithSelfCare = 1, PersistentDaysWithoutSelfCare = 1, ProlongedSittingHours = 0, ShoeReplacementKm = 100 };
            var high = new TriageOptions { StopPainLevel = 10, SeverePainLevel = 10, PersistentDaysWithSelfCare = 365, PersistentDaysWithoutSelfCare = 365, ProlongedSittingHours = 24, ShoeReplacementKm = 5000 };
            Assert.Equal(low, Triage.CreateBuilder().WithOptions(low).Build().Options);
            Assert.Equal(high, Triage.CreateBuilder().WithOptions(high).Build().Options);
        }

        [Fact]
        [Trait("Hazard", "H05")]
        public void EveryProblemIsReportedAtOnce()
        {
            var options = new TriageOptions { StopPainLevel = 0, ShoeReplacementKm = 1, FaultPolicy = (FaultPolicy)9 };
            var error = Assert.Throws<TriageOptionsException>(() => Triage.CreateBuilder().WithOptions(options).Build());
            Assert.Equal(3, error.Problems.Count);
            Assert.StartsWith("Invalid triage options: ", error.Message, StringComparison.Ordinal);
            Assert.Contains(string.Join(" ", error.Problems), error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void ConfigureOptionsStartsFromTheCurrentOptions()
        {
            var engine = Triage.CreateBuilder()
                .ConfigureOptions(o => o with { StopPainLevel = 3 })
                .ConfigureOptions(o => o with { SeverePainLevel = 6 })
                .Build();
            Assert.Equal((3, 6), (engine.Options.StopPainLevel, engine.Options.SeverePainLevel));
        }

        private sealed class ChestPainLookalike : ContributorRule
        {
            public ChestPainLookalike()
                : base("redFlag.chestPain", "Same id as a default rule.", "test", new Contributor("x", "x"))
            {
            }

            protected override bool AppliesTo(TriageContext context) => false;
        }
    }
}
