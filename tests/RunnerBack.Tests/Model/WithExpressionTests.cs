using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Json;
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

        // TRIAGE.md 8.1: with pain, a safety question left unanswered is invalid, however it came
        // about: a with expression that clears one is refused where it is used, naming it.
        [Fact]
        [Trait("Hazard", "H02")]
        public void WithPainASafetyAnswerCannotBeTakenAway()
        {
            var cleared = Painful with { Onset = null };
            Assert.Equal(["onset"], cleared.UnansweredSafetyQuestions);
            var onset = Assert.Throws<ArgumentException>(() => Triage.Assess(cleared));
            Assert.Equal("onset", onset.ParamName);
            Assert.Contains("notSure", onset.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => TriageJson.Serialize(cleared));
            Assert.Equal("runner", Assert.Throws<ArgumentException>(() => Triage.Assess(Painful with { Runner = null })).ParamName);
            Assert.Equal("runner", Assert.Throws<ArgumentException>(() => Triage.Assess(Painful with { Runner = RunnerProfile.Unknown })).ParamName);

            // Without pain only symptoms is required, so clearing the others is allowed there.
            var noPain = new PainAssessment(0, onset: PainOnset.Gradual, symptoms: []);
            Assert.Null((noPain with { Onset = null }).Onset);
            Assert.Empty((noPain with { Onset = null }).UnansweredSafetyQuestions);
        }

        // Defect: `painful with { Onset = null, PainLevel = 0 }` threw while the same values in the
        // other order did not. The whole value is checked, so the order never matters.
        [Fact]
        public void TheOrderOfAWithExpressionsInitialisersDoesNotMatter()
        {
            var first = Painful with { Onset = null, PainLevel = 0 };
            var second = Painful with { PainLevel = 0, Onset = null };
            Assert.Equal(first, second);
            Assert.Equal(Triage.Assess(first), Triage.Assess(second));
            Assert.Equal(Disposition.KeepRunning, Triage.Assess(first).Disposition);

            // And the other way: pain taken back and given again, in either order, with the answer cleared.
            var third = Painful with { PainLevel = 0, Onset = null, Quality = PainQuality.Sharp };
            var fourth = Painful with { Quality = PainQuality.Sharp, Onset = null, PainLevel = 0 };
            Assert.Equal(third, fourth);
        }

        // Pain given to an assessment made without it: the safety questions it never had are named,
        // and once every one is answered in the same expression, in any order, it is an assessment.
        [Fact]
        public void AWithExpressionGivesPainOnlyWithEverySafetyAnswer()
        {
            var noPain = new PainAssessment(0, symptoms: []);
            var error = Assert.Throws<ArgumentException>(() => Triage.Assess(noPain with { PainLevel = 3 }));
            Assert.Equal("quality", error.ParamName);
            Assert.Equal(12, (noPain with { PainLevel = 3 }).UnansweredSafetyQuestions.Count);

            var answered = noPain with
            {
                Quality = PainQuality.DullAche, Location = PainLocation.Neck, RadiatesTo = [], Trend = PainTrend.Stable,
                Onset = PainOnset.Gradual, Timing = PainTiming.DuringRun, PersistsAfterStopping = YesNo.No, AltersRunningForm = YesNo.No,
                DurationDays = 0, SelfCareTried = YesNo.No, RecentTrauma = YesNo.No, Runner = new RunnerProfile(history: []), PainLevel = 3,
            };
            Assert.Equal(Assessments.Answered(3), answered);
            Assert.Equal(Triage.Assess(Assessments.Answered(3)), Triage.Assess(answered));

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
