using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Model
{
    // An app that fills a questionnaire over several screens changes an assessment one answer at a
    // time with `with`. Each value is checked as the constructor checks it, and with pain no safety
    // answer can be taken away: no step of the way yields an assessment the constructor would refuse.
    public sealed class WithExpressionTests
    {
        private static readonly PainAssessment Painful = Assessments.Answered(4);

        [Fact]
        public void AWithExpressionGivesWhatTheConstructorWouldHave()
        {
            var changed = Painful with { PainLevel = 6, Trend = PainTrend.Worsening, Symptoms = EnumSet<Symptom>.From(new[] { Symptom.Numbness }) };
            Assert.Equal(Assessments.Answered(6, trend: PainTrend.Worsening, symptoms: new[] { Symptom.Numbness }), changed);
            Assert.Equal(Triage.Assess(Assessments.Answered(6, trend: PainTrend.Worsening, symptoms: new[] { Symptom.Numbness })), Triage.Assess(changed));
            Assert.Equal(4, Painful.PainLevel);

            var profile = new RunnerProfile(age: 30) with { Age = 45, SittingHoursPerDay = 9 };
            Assert.Equal(new RunnerProfile(age: 45, sittingHoursPerDay: 9), profile);
        }

        [Fact]
        public void AValueTheConstructorRefusesIsRefusedInAWithExpression()
        {
            Assert.Equal("painLevel", Assert.Throws<ArgumentOutOfRangeException>(() => Painful with { PainLevel = 11 }).ParamName);
            Assert.Equal("durationDays", Assert.Throws<ArgumentOutOfRangeException>(() => Painful with { DurationDays = -1 }).ParamName);
            Assert.Equal("quality", Assert.ThrowsAny<ArgumentException>(() => Painful with { Quality = (PainQuality)99 }).ParamName);
            Assert.Equal("recentTrauma", Assert.ThrowsAny<ArgumentException>(() => Painful with { RecentTrauma = (YesNo)7 }).ParamName);
            Assert.Equal("age", Assert.Throws<ArgumentOutOfRangeException>(() => RunnerProfile.Unknown with { Age = 200 }).ParamName);
            Assert.Equal("sittingHoursPerDay", Assert.Throws<ArgumentOutOfRangeException>(() => RunnerProfile.Unknown with { SittingHoursPerDay = double.NaN }).ParamName);
        }

        // TRIAGE.md 8.1: with pain, a safety question left unanswered is invalid, however it came about.
        [Fact]
        [Trait("Hazard", "H02")]
        public void WithPainASafetyAnswerCannotBeTakenAway()
        {
            var onset = Assert.Throws<ArgumentException>(() => Painful with { Onset = null });
            Assert.Equal("onset", onset.ParamName);
            Assert.Contains("notSure", onset.Message, StringComparison.Ordinal);
            Assert.Equal("runner", Assert.Throws<ArgumentException>(() => Painful with { Runner = null }).ParamName);
            Assert.Equal("runner", Assert.Throws<ArgumentException>(() => Painful with { Runner = RunnerProfile.Unknown }).ParamName);

            // Without pain nothing is required, so clearing is allowed there.
            var noPain = new PainAssessment(0, onset: PainOnset.Gradual);
            Assert.Null((noPain with { Onset = null }).Onset);
        }

        // An assessment without pain never asked the safety questions, and an empty list there may
        // mean "not asked": giving it pain would take those for "none".
        [Fact]
        public void AWithExpressionCannotGivePainToAnAssessmentWithoutIt()
        {
            var noPain = new PainAssessment(0);
            var error = Assert.Throws<ArgumentException>(() => noPain with { PainLevel = 3 });
            Assert.Equal("painLevel", error.ParamName);

            // Whatever else the expression answers, in any order.
            Assert.Throws<ArgumentException>(() => noPain with { Quality = PainQuality.DullAche, PainLevel = 3 });
            Assert.Throws<ArgumentException>(() => noPain with { PainLevel = 3, Quality = PainQuality.DullAche });

            // The other way is fine: a runner whose pain has gone.
            Assert.Equal(Disposition.KeepRunning, Triage.Assess(Painful with { PainLevel = 0 }).Disposition);
        }

        // Any chain of valid one-answer changes to a valid assessment with pain gives an assessment
        // equal to the one the constructor makes from the final answers, and assessed the same.
        [Property(MaxTest = 500)]
        public Property EveryStepOfAChainOfChangesIsAValidAssessment()
        {
            var changes = Gen.ListOf(Change).Resize(6);
            var gen =
                from spec in Generators.Assessment.Where(s => s.PainLevel > 0)
                from steps in changes
                select (spec, steps);
            return Prop.ForAll(gen.ToArbitrary(), t =>
            {
                var assessment = t.spec.Build();
                var spec = t.spec;
                foreach (var (withExpression, onSpec) in t.steps)
                {
                    assessment = withExpression(assessment);
                    spec = onSpec(spec);
                    Assert.Equal(spec.Build(), assessment);
                }

                Assert.Equal(Triage.Assess(spec.Build()), Triage.Assess(assessment));
            });
        }

        // One valid change, as a with expression on the model and as the same change on the test's spec.
        private static readonly Gen<(Func<PainAssessment, PainAssessment>, Func<AssessmentSpec, AssessmentSpec>)> Change = Gen.OneOf(
            Gen.Choose(1, 10).Select(p => Pair(a => a with { PainLevel = p }, s => s with { PainLevel = p })),
            Generators.EnumValue<PainTrend>().Select(v => Pair(a => a with { Trend = v }, s => s with { Trend = v })),
            Generators.EnumValue<PainOnset>().Select(v => Pair(a => a with { Onset = v }, s => s with { Onset = v })),
            Generators.EnumValue<YesNo>().Select(v => Pair(a => a with { RecentTrauma = v }, s => s with { RecentTrauma = v })),
            Gen.Choose(0, 3650).Select(d => Pair(a => a with { DurationDays = d }, s => s with { DurationDays = d })),
            Gen.SubListOf(Enum.GetValues<Symptom>()).Select(l => l.ToArray()).Select(l => Pair(
                a => a with { Symptoms = EnumSet<Symptom>.From(l) }, s => s with { Symptoms = l })));

        private static (Func<PainAssessment, PainAssessment>, Func<AssessmentSpec, AssessmentSpec>) Pair(
            Func<PainAssessment, PainAssessment> onModel, Func<AssessmentSpec, AssessmentSpec> onSpec) => (onModel, onSpec);
    }
}
