using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // A red-flag rule cannot leave the pipeline by accident: removing, replacing or clearing it
    // needs AllowRedFlagRemoval(), and an engine that differs from the default says so in its version.
    public sealed class RedFlagRemovalTests
    {
        private static readonly string[] RedFlagIds = Triage.Default.Rules.Where(r => r.Kind == RuleKind.RedFlag).Select(r => r.Id).ToArray();

        private static readonly string[] OtherIds = Triage.Default.Rules.Where(r => r.Kind != RuleKind.RedFlag).Select(r => r.Id).ToArray();

        // For any red flag and any way out, the builder refuses without the opt-in and leaves the
        // pipeline as it was; with it, the rule goes; other rules go without it.
        [Property(MaxTest = 300)]
        [Trait("Hazard", "H05")]
        public Property RemovingOrReplacingARedFlagNeedsTheOptIn()
        {
            var gen =
                from id in Gen.Elements(RedFlagIds)
                from other in Gen.Elements(OtherIds)
                from way in Gen.Elements("remove", "replace", "clear")
                select (id, other, way);
            return Prop.ForAll(gen.ToArbitrary(), c =>
            {
                var builder = Triage.CreateBuilder();
                var error = Assert.Throws<InvalidOperationException>(() => Apply(builder, c.way, c.id));
                Assert.Contains($"'{(c.way == "clear" ? RedFlagIds[0] : c.id)}' is a red-flag rule", error.Message, StringComparison.Ordinal);
                Assert.Equal(Triage.Default.Rules.Select(r => r.Id), builder.Build().Rules.Select(r => r.Id));

                Apply(builder.AllowRedFlagRemoval(), c.way, c.id);
                Assert.DoesNotContain(c.id, builder.Rules.Select(r => r.Id));
                Triage.CreateBuilder().RemoveRule(c.other);
            });
        }

        [Fact]
        [Trait("Hazard", "H05")]
        public void AnEngineThatDiffersFromTheDefaultSaysSoInItsVersion()
        {
            Assert.Equal("1.0.0", Triage.Default.RuleSetVersion);
            Assert.Equal("1.0.0", Triage.CreateBuilder().Build().RuleSetVersion);
            Assert.Equal("1.0.0", AssessmentSpec.MildAche.Assess().RuleSetVersion);

            var stricter = Triage.CreateBuilder().ConfigureOptions(o => o with { StopPainLevel = 3 }).Build();
            var withoutStress = Triage.CreateBuilder().RemoveRule("contributor.stress").Build();
            var withoutChestPain = Triage.CreateBuilder().AllowRedFlagRemoval().RemoveRule("redFlag.chestPain").Build();
            var versions = new[] { stricter, withoutStress, withoutChestPain }.Select(e => e.RuleSetVersion).ToArray();
            Assert.All(versions, v => Assert.Matches("^1\\.0\\.0\\+custom\\.[0-9a-f]{16}$", v));
            Assert.Equal(3, versions.Distinct().Count());
            Assert.Equal(stricter.RuleSetVersion, Triage.CreateBuilder().ConfigureOptions(o => o with { StopPainLevel = 3 }).Build().RuleSetVersion);
            Assert.Equal(stricter.RuleSetVersion, stricter.Assess(AssessmentSpec.MildAche.Build()).RuleSetVersion);
        }

        private static void Apply(TriageEngineBuilder builder, string way, string id)
        {
            switch (way)
            {
                case "remove":
                    builder.RemoveRule(id);
                    break;
                case "replace":
                    builder.ReplaceRule(id, new DelegateRule("app.replacement", RuleKind.Contributor, _ => { }));
                    break;
                default:
                    builder.ClearRules();
                    break;
            }
        }
    }
}
