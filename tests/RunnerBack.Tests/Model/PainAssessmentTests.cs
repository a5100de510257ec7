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
            Assert.StartsWith($"painLevel must be between 0 and 10; it was {pain}.", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void QualityAndLocationAreRequiredWhenThereIsPain()
        {
            var noQuality = Assert.Throws<ArgumentException>(() => new PainAssessment(1, location: PainLocation.Neck));
            Assert.Equal("quality", noQuality.ParamName);
            Assert.StartsWith("quality is required when painLevel is above 0.", noQuality.Message, StringComparison.Ordinal);
            var noLocation = Assert.Throws<ArgumentException>(() => new PainAssessment(1, PainQuality.Sharp));
            Assert.Equal("location", noLocation.ParamName);
            Assert.StartsWith("location is required when painLevel is above 0.", noLocation.Message, StringComparison.Ordinal);
            Assert.Equal(0, new PainAssessment(0).PainLevel);
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
        public void DefaultsFollowTheContract()
        {
            var assessment = new PainAssessment(0);
            Assert.Equal((PainTrend.Stable, PainOnset.Gradual, PainTiming.DuringRun, 0), (assessment.Trend, assessment.Onset, assessment.Timing, assessment.DurationDays));
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
            Assert.Equal(upper, new PainAssessment(1, PainQuality.DullAche, location).IsUpperBack);
    }
}
