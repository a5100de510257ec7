using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // The engine runs FindingRule, ContributorRule and RecommendationRule subclasses without their
    // Evaluate: it asks the condition, adds the fixed output itself and sorts outputs by ranks worked
    // out when it was built (PipelineStep). The same rules hidden behind a plain TriageRule take the
    // general way (Evaluate, TriageContext.Add, sorting by comparison); both must give equal results,
    // trace included.
    public sealed class FixedOutputShortcutTests
    {
        private const int Cases = 1000;

        [Fact]
        public void TheShortcutGivesWhatEvaluateGivesForTheDefaultRules()
        {
            var cases = Generators.Assessment.Zip(Generators.Options);
            Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var (spec, options) = c;
                var assessment = spec.Build();
                var shortcut = Build(options, Engines.NewDefaultRules());
                var general = Build(options, Engines.NewDefaultRules().Select(rule => (TriageRule)new Opaque(rule)));
                Assert.Equal(general.Assess(assessment), shortcut.Assess(assessment));
            }).Check(Checks.Cases(Cases));
        }

        // Ties: custom rules with the same codes as default ones (kept or dropped by the same rule on
        // both ways) and a second finding of one code at another urgency.
        [Fact]
        public void RepeatedCodesAreKeptAndDroppedAlikeOnBothWays()
        {
            TriageRule[] Extra() => new TriageRule[]
            {
                new AlwaysRecommends("test.hydrateAgain", new Recommendation("hydrate", RecommendationCategory.Lifestyle, "Drink", "Drink water.", new Dose(frequency: "often"))),
                new AlwaysRecommends("test.runTallAsGear", new Recommendation("runTall", RecommendationCategory.Gear, "Tall", "Run tall.", new Dose(frequency: "every run"))),
                new AlwaysNames("test.stressAgain", new Contributor("stress", "Stress again.")),
                new AlwaysFinds("test.severePainUrgent", new Finding("severePain", FindingKind.RedFlag, Disposition.UrgentCare, "Severe pain, urgently.")),
                new AlwaysFinds("test.severePainMild", new Finding("severePain", FindingKind.RedFlag, Disposition.SeeProfessional, "Severe pain.")),
            };

            Prop.ForAll(Generators.AssessmentArb, spec =>
            {
                var assessment = spec.Build();
                var shortcut = Build(TriageOptions.Default, Engines.NewDefaultRules().Concat(Extra()));
                var general = Build(TriageOptions.Default, Engines.NewDefaultRules().Concat(Extra()).Select(rule => (TriageRule)new Opaque(rule)));
                var expected = general.Assess(assessment);
                Assert.Equal(expected, shortcut.Assess(assessment));

                // The most urgent of one code is the one kept; a repeated recommendation is given once.
                Assert.Equal(Disposition.UrgentCare, expected.Findings.Single(f => f.Code == "severePain").MinimumDisposition);
                Assert.True(expected.Recommendations.Count(r => r.Code == "hydrate") <= 1);
            }).Check(Checks.Cases(300));
        }

        // Every default recommendation given again by an always-firing rule, half before the defaults
        // and half after: 60 outputs with 30 ties, enough that the build's sort (not stable by itself
        // beyond 16 items) must break ties by pipeline order for the shortcut to keep the same text.
        [Fact]
        public void ManyTiesKeepThePipelinesFirstOnBothWays()
        {
            TriageRule[] Rules()
            {
                var defaults = Engines.NewDefaultRules().ToArray();
                var again = defaults.OfType<RecommendationRule>()
                    .Select(rule => (TriageRule)new AlwaysRecommends(rule.Id + ".again", new Recommendation(rule.Output.Code, rule.Output.Category, "Again", "Given again.", new Dose(frequency: "again"))))
                    .ToArray();
                return again.Where((_, i) => i % 2 == 0).Concat(defaults).Concat(again.Where((_, i) => i % 2 == 1)).ToArray();
            }

            var shortcut = Build(TriageOptions.Default, Rules());
            var general = Build(TriageOptions.Default, Rules().Select(rule => (TriageRule)new Opaque(rule)));
            Prop.ForAll(Generators.AssessmentArb, spec =>
            {
                var assessment = spec.Build();
                var expected = general.Assess(assessment);
                Assert.Equal(expected, shortcut.Assess(assessment));
                Assert.Contains(expected.Recommendations, r => r.Title == "Again");
            }).Check(Checks.Cases(300));
        }

        private static TriageEngine Build(TriageOptions options, System.Collections.Generic.IEnumerable<TriageRule> rules)
        {
            var builder = new TriageEngineBuilder().WithOptions(options);
            foreach (var rule in rules)
            {
                builder.AddRule(rule);
            }

            return builder.Build();
        }

        // The same rule behind a plain TriageRule, so the engine can only call Evaluate.
        private sealed class Opaque : TriageRule
        {
            private readonly TriageRule _inner;

            public Opaque(TriageRule inner)
                : base(inner.Id, inner.Kind, inner.Description, inner.Source, inner.MinimumDisposition)
            {
                _inner = inner;
            }

            public override void Evaluate(TriageContext context) => _inner.Evaluate(context);
        }

        private sealed class AlwaysRecommends : RecommendationRule
        {
            public AlwaysRecommends(string id, Recommendation recommendation)
                : base(id, "Always.", "test", recommendation)
            {
            }

            protected override bool AppliesTo(TriageContext context) => true;
        }

        private sealed class AlwaysNames : ContributorRule
        {
            public AlwaysNames(string id, Contributor contributor)
                : base(id, "Always.", "test", contributor)
            {
            }

            protected override bool AppliesTo(TriageContext context) => true;
        }

        private sealed class AlwaysFinds : FindingRule
        {
            public AlwaysFinds(string id, Finding finding)
                : base(id, "Always.", "test", finding)
            {
            }

            protected override bool AppliesTo(TriageContext context) => true;
        }
    }
}
