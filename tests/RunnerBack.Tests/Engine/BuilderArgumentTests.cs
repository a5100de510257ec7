using System;
using System.Linq;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // Every builder method names the argument it rejects, with a message a developer can act on.
    public sealed class BuilderArgumentTests
    {
        [Fact]
        public void NullArgumentsAreRejectedByName()
        {
            var builder = Triage.CreateBuilder();
            Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => builder.AddRule(null!)).ParamName);
            Assert.Equal("replacement", Assert.Throws<ArgumentNullException>(() => builder.ReplaceRule("redFlag.chestPain", null!)).ParamName);
            Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => builder.RemoveRule(null!)).ParamName);
            Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => builder.ReplaceRule(null!, new OlderRunnerRule())).ParamName);
            Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => builder.ConfigureOptions(null!)).ParamName);
            Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => builder.ConfigureOptions(_ => null!)).ParamName);
            Assert.Equal(65, builder.Rules.Count);
        }

        [Fact]
        public void ABlankIdIsReportedAsBlankRatherThanAsUnknown()
        {
            var error = Assert.Throws<ArgumentException>(() => Triage.CreateBuilder().RemoveRule("  "));
            Assert.Equal("id", error.ParamName);
            Assert.Contains("must not be empty", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void AReplacementMayNotTakeTheIdOfTheFirstRuleEither()
        {
            var builder = Triage.CreateBuilder().AllowRedFlagRemoval();
            var first = builder.Rules[0].Id;
            var clash = new DelegateRule(first, RuleKind.RedFlag, _ => { });
            var error = Assert.Throws<ArgumentException>(() => builder.ReplaceRule(builder.Rules[1].Id, clash));
            Assert.Equal("replacement", error.ParamName);
            Assert.Contains($"'{first}' belongs to another rule", error.Message, StringComparison.Ordinal);

            // Replacing a rule with one of the same id is allowed: it is the same place.
            builder.ReplaceRule(first, clash);
            Assert.Same(clash, builder.Rules[0]);
        }

        [Fact]
        public void ClearRulesEmptiesTheBuilderAndBuildSaysWhatToDo()
        {
            var builder = Triage.CreateBuilder().AllowRedFlagRemoval().ClearRules();
            Assert.Empty(builder.Rules);
            var error = Assert.Throws<InvalidOperationException>(() => builder.Build());
            Assert.Contains("call AddDefaultRules or AddRule", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void AnUndefinedFaultPolicyIsReportedInTheExceptionMessage()
        {
            var options = new TriageOptions { FaultPolicy = (FaultPolicy)7 };
            var error = Assert.Throws<TriageOptionsException>(() => Triage.CreateBuilder().WithOptions(options).Build());
            Assert.Equal("faultPolicy must be failSafe or throw; it was 7.", error.Problems.Single());
            Assert.StartsWith("Invalid triage options: faultPolicy must be failSafe or throw", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void EveryProblemAppearsInTheMessage()
        {
            var options = new TriageOptions { StopPainLevel = 0, ShoeReplacementKm = 1 };
            var error = Assert.Throws<TriageOptionsException>(() => Triage.CreateBuilder().WithOptions(options).Build());
            Assert.Equal(2, error.Problems.Count);
            Assert.All(error.Problems, problem => Assert.Contains(problem, error.Message, StringComparison.Ordinal));
        }
    }
}
