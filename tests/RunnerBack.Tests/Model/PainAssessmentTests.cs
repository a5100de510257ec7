using System;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Model
{
    public sealed class PainAssessmentTests
    {
        [Theory]
        [InlineData(-1)]
        [InlineData(11)]
        public void PainLevelOutsideZeroToTenIsRejected(int pain)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PainAssessment(pain, PainQuality.DullAche, PainLocation.Neck));
            Assert.Equal("painLevel", error.ParamName);
            Assert.StartsWith("painLevel must be between 0 and 10.", error.Message, StringComparison.Ordinal);

            // The value is stated once: the exception adds "Actual value was N."
            Assert.Equal(pain, error.ActualValue);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(error.Message, $@"(?<![\d-]){pain}(?!\d)"));
        }

        // TRIAGE.md 8.1: with pain every safety question needs an answer, and the exception names
        // every one left out, so an app fixes its questionnaire at once.
        [Fact]
        [Trait("Hazard", "H02")]
        public void EverySafetyQuestionIsRequiredWhenThereIsPain()
        {
            var none = Assert.Throws<ArgumentException>(() => new PainAssessment(1));
            Assert.Equal("quality", none.ParamName);
            Assert.StartsWith(
                "Every safety question must be answered (symptoms always; with pain, every one); not answered: quality, location, radiatesTo, onset, trend, "
                    + "timing, persistsAfterStopping, altersRunningForm, durationDays, selfCareTried, recentTrauma, symptoms, runner.history.",
                none.Message,
                StringComparison.Ordinal);
            Assert.Equal(0, new PainAssessment(0, symptoms: []).PainLevel);
        }

        // TRIAGE.md 8.1: chest pain is an emergency at pain 0 too, so the checklist is never assumed empty.
        [Fact]
        [Trait("Hazard", "H02")]
        public void WithoutPainTheSymptomChecklistIsStillRequired()
        {
            var error = Assert.Throws<ArgumentException>(() => new PainAssessment(0));
            Assert.Equal("symptoms", error.ParamName);
            Assert.Contains("not answered: symptoms.", error.Message, StringComparison.Ordinal);
            Assert.Empty(new PainAssessment(0, symptoms: []).UnansweredSafetyQuestions);
            Assert.Equal(Disposition.Emergency, Triage.Assess(new PainAssessment(0, symptoms: [Symptom.ChestPain, Symptom.Sweating])).Disposition);
        }

        [Fact]
        public void WithoutAHistoryTheRunnerProfileDoesNotAnswerTheSafetyQuestion()
        {
            var error = Assert.Throws<ArgumentException>(() => new PainAssessment(
                2, PainQuality.DullAche, PainLocation.Neck, System.Array.Empty<RadiationTarget>(), PainTrend.Stable, PainOnset.Gradual, PainTiming.DuringRun,
                YesNo.No, YesNo.No, 0, YesNo.No, YesNo.No, System.Array.Empty<Symptom>(), new RunnerProfile(age: 30)));
            Assert.Equal("runner", error.ParamName);
            Assert.Contains("not answered: runner.history.", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(3651)]
        public void DurationOutOfRangeIsRejected(int days) =>
            Assert.Equal("durationDays", Assert.Throws<ArgumentOutOfRangeException>(() => new PainAssessment(0, durationDays: days)).ParamName);

        [Fact]
        public void DuplicatedListEntriesAreRejectedNamingTheField()
        {
            var error = Assert.Throws<ArgumentException>(() => new PainAssessment(0, symptoms: new[] { Symptom.Fever, Symptom.Fever }));
            Assert.Equal("symptoms", error.ParamName);
            Assert.Equal("radiatesTo", Assert.Throws<ArgumentException>(() => new PainAssessment(0, radiatesTo: new[] { RadiationTarget.Jaw, RadiationTarget.Jaw })).ParamName);
            Assert.Equal("form", Assert.Throws<ArgumentException>(() => new PainAssessment(0, form: new[] { FormFault.Slouching, FormFault.Slouching })).ParamName);
        }

        // CHANGELOG: with several bad arguments, a bad list is reported first (the lists become sets
        // before the constructor that checks everything else runs).
        [Fact]
        public void ABadListIsReportedBeforeABadSingleValue()
        {
            var twice = new[] { FormFault.Slouching, FormFault.Slouching };
            Assert.Equal("form", Assert.Throws<ArgumentException>(() => new PainAssessment(11, form: twice)).ParamName);
            Assert.Equal("symptoms", Assert.Throws<ArgumentException>(() => new PainAssessment(1, symptoms: new[] { (Symptom)63 })).ParamName);
            Assert.Equal("history", Assert.Throws<ArgumentException>(() => new RunnerProfile(age: 200, history: new[] { MedicalHistory.Cancer, MedicalHistory.Cancer })).ParamName);
        }

        [Fact]
        public void UndefinedEnumValuesAreRejectedNamingTheField()
        {
            Assert.Equal("quality", Assert.Throws<ArgumentOutOfRangeException>(() => new PainAssessment(2, (PainQuality)42, PainLocation.Neck)).ParamName);
            Assert.Equal("trend", Assert.Throws<ArgumentOutOfRangeException>(() => new PainAssessment(0, trend: (PainTrend)(-1))).ParamName);
            Assert.Equal("symptoms", Assert.Throws<ArgumentException>(() => new PainAssessment(0, symptoms: new[] { (Symptom)63 })).ParamName);
            Assert.Equal("symptoms", Assert.Throws<ArgumentException>(() => new PainAssessment(0, symptoms: new[] { (Symptom)64 })).ParamName);
        }

        [Fact]
        public void WithoutPainNothingIsAssumed()
        {
            var assessment = new PainAssessment(0, symptoms: []);
            Assert.Equal(((PainTrend?)null, (PainOnset?)null, (PainTiming?)null, (int?)null), (assessment.Trend, assessment.Onset, assessment.Timing, assessment.DurationDays));
            Assert.Equal(((YesNo?)null, (YesNo?)null), (assessment.RecentTrauma, assessment.PersistsAfterStopping));
            Assert.True(assessment.Symptoms.IsEmpty && assessment.RadiatesTo.IsEmpty && assessment.Form.IsEmpty);
            Assert.Null(assessment.Runner);
        }

        [Fact]
        public void EqualInputsGiveEqualAssessmentsWhateverTheListOrder()
        {
            var a = AssessmentSpec.MildAche.WithSymptoms(Symptom.Fever, Symptom.Numbness).Build();
            var b = AssessmentSpec.MildAche.WithSymptoms(Symptom.Numbness, Symptom.Fever).Build();
            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.NotEqual(a, AssessmentSpec.MildAche.WithSymptoms(Symptom.Fever).Build());
            Assert.Contains("Symptoms = [Numbness, Fever]", a.ToString(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(PainLocation.Neck, true)]
        [InlineData(PainLocation.Ribs, true)]
        [InlineData(PainLocation.LowerBack, false)]
        [InlineData(PainLocation.SacroiliacJoint, false)]
        public void IsUpperBackCoversNeckToRibs(PainLocation location, bool upper) =>
            Assert.Equal(upper, Assessments.Answered(1, PainQuality.DullAche, location).IsUpperBack);
    }
}
