using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    public sealed class FaultPolicyTests
    {
        [Fact]
        [Trait("Hazard", "H04")]
        public void FailSafeDiscardsWhatAFaultedRuleAddedAndRaisesTheDisposition()
        {
            var engine = Triage.CreateBuilder().AddRule(new AddsThenThrowsRule()).Build();
            var result = engine.Assess(AssessmentSpec.MildAche.Build());
            Assert.False(result.IsComplete);
            Assert.Equal(Disposition.SeeProfessional, result.Disposition);
            Assert.DoesNotContain(result.Findings, f => f.Code == "halfDone");
            var entry = result.Trace.Single(t => t.RuleId == "test.addsThenThrows");
            Assert.Equal(RuleOutcome.Faulted, entry.Outcome);
            Assert.Contains("halfway", entry.Detail, StringComparison.Ordinal);
            Assert.Contains("bookProfessionalAssessment", result.RecommendationCodes());
        }

        [Fact]
        [Trait("Hazard", "H04")]
        public void AFaultNeverLowersAnEmergency()
        {
            var engine = Triage.CreateBuilder().AddRule(new ThrowingRule(RuleKind.Contributor)).Build();
            var result = engine.Assess(AssessmentSpec.MildAche.WithSymptoms(Symptom.ChestPain).Build());
            Assert.Equal(Disposition.Emergency, result.Disposition);
            Assert.False(result.IsComplete);
        }

        [Fact]
        [Trait("Hazard", "H04")]
        [Trait("Hazard", "H08")]
        public void ALateFaultRegatesRecommendationsGivenBeforeIt()
        {
            // The throwing recommendation rule runs last, after form advice for a mild ache was added.
            var engine = Triage.CreateBuilder().AddRule(new ThrowingRule(RuleKind.Recommendation)).Build();
            var result = engine.Assess(AssessmentSpec.MildAche.Build());
            Assert.Equal(Disposition.SeeProfessional, result.Disposition);
            Assert.DoesNotContain(result.Recommendations, r => r.Category is RecommendationCategory.Form or RecommendationCategory.Mobility);
        }

        [Fact]
        public void AfterAnEarlyFaultRecommendationRulesRunOnceAtTheRaisedDisposition()
        {
            var seen = new List<Disposition>();
            var engine = Triage.CreateBuilder()
                .AddRule(new ThrowingRule(RuleKind.Contributor))
                .AddRule(new DelegateRule("test.records", RuleKind.Recommendation, c => seen.Add(c.Disposition)))
                .Build();
            var result = engine.Assess(AssessmentSpec.MildAche.Build());
            Assert.Equal(new[] { Disposition.SeeProfessional }, seen);
            Assert.Equal(new[] { "test.throws" }, result.Trace.Where(t => t.Outcome == RuleOutcome.Faulted).Select(t => t.RuleId));
        }

        [Fact]
        public void ALateFaultChoosesTheAdviceAgainOnlyWhenItRaisesTheDisposition()
        {
            var seen = new List<Disposition>();
            var engine = Triage.CreateBuilder()
                .AddRule(new DelegateRule("test.records", RuleKind.Recommendation, c => seen.Add(c.Disposition)))
                .AddRule(new ThrowingRule(RuleKind.Recommendation))
                .Build();

            // A mild ache: the fault raises runWithModifications to seeProfessional, so the advice is chosen again.
            Assert.Equal(Disposition.SeeProfessional, engine.Assess(AssessmentSpec.MildAche.Build()).Disposition);
            Assert.Equal(new[] { Disposition.RunWithModifications, Disposition.SeeProfessional }, seen);

            // Already at seeProfessional or above: nothing changes, so the advice stands as chosen.
            seen.Clear();
            var professional = AssessmentSpec.MildAche.WithSymptoms(Symptom.Tingling);
            Assert.Equal(Disposition.SeeProfessional, engine.Assess(professional.Build()).Disposition);
            Assert.Equal(new[] { Disposition.SeeProfessional }, seen);

            seen.Clear();
            Assert.Equal(Disposition.Emergency, engine.Assess(AssessmentSpec.MildAche.WithSymptoms(Symptom.ChestPain).Build()).Disposition);
            Assert.Equal(new[] { Disposition.Emergency }, seen);
        }

        [Fact]
        public void ReadingTheDispositionTooEarlyIsAFault()
        {
            var result = Triage.CreateBuilder().AddRule(new PeeksAtDispositionRule()).Build().Assess(AssessmentSpec.NoPain.Build());
            Assert.Equal(RuleOutcome.Faulted, result.Trace.Single(t => t.RuleId == "test.peeks").Outcome);
            Assert.Equal(Disposition.SeeProfessional, result.Disposition);
        }

        [Fact]
        public void AddingTheWrongKindOfOutputIsAFault()
        {
            var result = Triage.CreateBuilder().AddRule(new WrongOutputRule()).Build().Assess(AssessmentSpec.NoPain.Build());
            Assert.Equal(RuleOutcome.Faulted, result.Trace.Single(t => t.RuleId == "test.wrongOutput").Outcome);
            Assert.DoesNotContain(result.Findings, f => f.Code == "late");
        }

        [Fact]
        public void ThrowPolicyWrapsTheRulesException()
        {
            var engine = Triage.CreateBuilder().AddRule(new AddsThenThrowsRule())
                .WithOptions(new TriageOptions { FaultPolicy = FaultPolicy.Throw }).Build();
            var error = Assert.Throws<TriageRuleException>(() => engine.Assess(AssessmentSpec.MildAche.Build()));
            Assert.Equal("test.addsThenThrows", error.RuleId);
            Assert.Contains("test.addsThenThrows", error.Message, StringComparison.Ordinal);
            Assert.Equal("halfway", error.InnerException!.Message);

            // The engine stays usable after a throw on the same thread.
            Assert.True(Triage.Assess(AssessmentSpec.MildAche.Build()).IsComplete);
        }

        [Fact]
        public void AssessRejectsNull() => Assert.Throws<ArgumentNullException>(() => Triage.Assess(null!));

        [Fact]
        [Trait("Hazard", "H11")]
        public void OneEngineServesManyThreadsWithEqualResults()
        {
            var specs = FsCheck.Fluent.Gen.Sample(Generators.Assessment, 400).ToArray();
            var expected = specs.Select(s => Triage.Assess(s.Build())).ToArray();
            var actual = new TriageResult[specs.Length];
            Parallel.For(0, specs.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                var index = i % specs.Length;
                actual[index] = Triage.Assess(specs[index].Build());
            });
            Assert.Equal(expected, actual);
        }
    }
}
