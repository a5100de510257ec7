using System;
using System.Collections.Generic;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // OnRuleFault: how an app hears of a fault the fail-safe policy handled.
    public sealed class FaultObserverTests
    {
        [Fact]
        [Trait("Hazard", "H04")]
        public void ObserversHearEachFaultWithTheRuleIdAndWhatItThrew()
        {
            var heard = new List<TriageRuleException>();
            var engine = Triage.CreateBuilder()
                .AddRule(new ThrowingRule(RuleKind.Contributor, "test.first"))
                .AddRule(new ThrowingRule(RuleKind.Recommendation, "test.second"))
                .OnRuleFault(heard.Add)
                .Build();
            var result = engine.Assess(AssessmentSpec.MildAche.Build());
            Assert.False(result.IsComplete);
            Assert.Equal(new[] { "test.first", "test.second" }, heard.ConvertAll(f => f.RuleId));
            Assert.All(heard, f => Assert.Equal("boom", Assert.IsType<InvalidOperationException>(f.InnerException).Message));

            // No fault, nothing heard.
            heard.Clear();
            Triage.CreateBuilder().OnRuleFault(heard.Add).Build().Assess(AssessmentSpec.MildAche.Build());
            Assert.Empty(heard);
        }

        [Fact]
        [Trait("Hazard", "H04")]
        public void AnObserverThatThrowsChangesNothing()
        {
            var faulty = new ThrowingRule(RuleKind.Contributor);
            var quiet = Triage.CreateBuilder().AddRule(faulty).Build();
            var heard = 0;
            var noisy = Triage.CreateBuilder().AddRule(faulty)
                .OnRuleFault(_ => throw new InvalidOperationException("the log is down"))
                .OnRuleFault(_ => heard++)
                .Build();
            var assessment = AssessmentSpec.MildAche.Build();
            Assert.Equal(quiet.Assess(assessment), noisy.Assess(assessment));
            Assert.Equal(1, heard);
            Assert.Equal(quiet.RuleSetVersion, noisy.RuleSetVersion);
            Assert.Throws<ArgumentNullException>(() => Triage.CreateBuilder().OnRuleFault(null!));
        }
    }
}
