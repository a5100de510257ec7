using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Rules
{
    // Boundary examples for each red flag: below, at and above every threshold, and each way in.
    public sealed class RedFlagRuleTests
    {
        private static readonly AssessmentSpec Mild = AssessmentSpec.MildAche;

        [Theory]
        [InlineData(true, false, true)]
        [InlineData(false, true, true)]
        [InlineData(false, false, false)]
        [Trait("Hazard", "H01")]
        public void ChestPain_FromTheSymptomOrSpreadToTheChest(bool symptom, bool spreads, bool fires)
        {
            var spec = Mild with
            {
                Symptoms = symptom ? new[] { Symptom.ChestPain } : null,
                RadiatesTo = spreads ? new[] { RadiationTarget.Chest } : new[] { RadiationTarget.Hands },
            };
            AssertRedFlag(spec, "chestPain", fires ? Disposition.Emergency : null);
        }

        [Theory]
        [InlineData(Symptom.BreathingDifficulty)]
        [InlineData(Symptom.Sweating)]
        [InlineData(Symptom.Nausea)]
        [InlineData(Symptom.Dizziness)]
        [Trait("Hazard", "H01")]
        public void CardiacWarningSigns_ArmsWithACompanionSymptom(Symptom companion)
        {
            AssertRedFlag(Mild.WithRadiation(RadiationTarget.Arms).WithSymptoms(companion), "cardiacWarningSigns", Disposition.Emergency);
            AssertRedFlag(Mild.WithSymptoms(companion), "cardiacWarningSigns", null);
        }

        [Fact]
        public void CardiacWarningSigns_JawAloneFiresButArmsAloneDoNot()
        {
            AssertRedFlag(Mild.WithRadiation(RadiationTarget.Jaw), "cardiacWarningSigns", Disposition.Emergency);
            AssertRedFlag(Mild.WithRadiation(RadiationTarget.Arms).WithSymptoms(Symptom.Fever), "cardiacWarningSigns", null);
        }

        [Theory]
        [InlineData(6, PainOnset.Sudden, PainLocation.MidBack, false)]
        [InlineData(7, PainOnset.Sudden, PainLocation.MidBack, true)]
        [InlineData(10, PainOnset.Sudden, PainLocation.Neck, true)]
        [InlineData(7, PainOnset.Sudden, PainLocation.Shoulders, true)]
        [InlineData(7, PainOnset.Sudden, PainLocation.BetweenShoulderBlades, true)]
        [InlineData(7, PainOnset.Sudden, PainLocation.Ribs, true)]
        [InlineData(7, PainOnset.Gradual, PainLocation.MidBack, false)]
        [InlineData(7, PainOnset.Sudden, PainLocation.LowerBack, false)]
        [InlineData(7, PainOnset.Sudden, PainLocation.SacroiliacJoint, false)]
        [Trait("Hazard", "H01")]
        public void SuddenSevereUpperBackPain_AtTheSeverityThreshold(int pain, PainOnset onset, PainLocation location, bool fires)
        {
            var spec = Mild with { PainLevel = pain, Onset = onset, Location = location };
            AssertRedFlag(spec, "suddenSevereUpperBackPain", fires ? Disposition.Emergency : null);
        }

        [Fact]
        public void SuddenSevereUpperBackPain_StillFiresAfterTrauma_SoTraumaNeverLowersTheDisposition()
        {
            var spec = Mild with { PainLevel = 8, Onset = PainOnset.Sudden, RecentTrauma = YesNo.Yes };
            AssertRedFlag(spec, "suddenSevereUpperBackPain", Disposition.Emergency);
            Assert.Equal(Disposition.Emergency, spec.Assess().Disposition);
        }

        [Fact]
        public void SuddenSevereUpperBackPain_FollowsTheSeverePainLevelOption()
        {
            var spec = Mild with { PainLevel = 5, Onset = PainOnset.Sudden };
            Assert.Null(spec.Assess().FindingFor("suddenSevereUpperBackPain"));
            Assert.NotNull(spec.Assess(new TriageOptions { SeverePainLevel = 5 }).FindingFor("suddenSevereUpperBackPain"));
        }

        [Theory]
        [InlineData(Symptom.BladderOrBowelChange, true)]
        [InlineData(Symptom.SaddleNumbness, true)]
        [InlineData(Symptom.LegWeakness, true)]
        [InlineData(Symptom.LegNumbness, true)]
        [InlineData(Symptom.UnsteadyGait, true)]
        [InlineData(Symptom.Numbness, false)]
        [InlineData(Symptom.ArmWeakness, false)]
        [Trait("Hazard", "H01")]
        public void SpinalCordCompression_AnyCordSign(Symptom symptom, bool fires) =>
            AssertRedFlag(Mild.WithSymptoms(symptom), "spinalCordCompression", fires ? Disposition.Emergency : null);

        [Theory]
        [InlineData(PainOnset.Sudden, false, 3, true)]
        [InlineData(PainOnset.Gradual, true, 3, true)]
        [InlineData(PainOnset.Gradual, false, 7, true)]
        [InlineData(PainOnset.Gradual, false, 6, false)]
        [Trait("Hazard", "H01")]
        public void SevereBreathingProblem_BreathingWithSuddenOnsetDizzinessOrSeverePain(PainOnset onset, bool dizzy, int pain, bool fires)
        {
            var symptoms = dizzy ? new[] { Symptom.BreathingDifficulty, Symptom.Dizziness } : new[] { Symptom.BreathingDifficulty };
            var spec = Mild with { Onset = onset, PainLevel = pain, Symptoms = symptoms };
            AssertRedFlag(spec, "severeBreathingProblem", fires ? Disposition.Emergency : null);
            AssertRedFlag(spec, "breathingAffected", Disposition.UrgentCare);
        }

        [Fact]
        public void SevereBreathingProblem_NeedsBreathingDifficulty()
        {
            var spec = Mild with { Onset = PainOnset.Sudden, PainLevel = 9, Symptoms = new[] { Symptom.Dizziness } };
            AssertRedFlag(spec, "severeBreathingProblem", null);
            AssertRedFlag(spec, "breathingAffected", null);
        }

        [Theory]
        [InlineData(Symptom.Fever, true)]
        [InlineData(Symptom.Chills, true)]
        [InlineData(Symptom.UnexplainedWeightLoss, true)]
        [InlineData(Symptom.Sweating, false)]
        public void SystemicSymptoms(Symptom symptom, bool fires) =>
            AssertRedFlag(Mild.WithSymptoms(symptom), "systemicSymptoms", fires ? Disposition.UrgentCare : null);

        [Theory]
        [InlineData(0, true, false)]
        [InlineData(1, true, true)]
        [InlineData(5, true, true)]
        [InlineData(5, false, false)]
        public void CancerHistory_WithAnyPain(int pain, bool cancer, bool fires)
        {
            var spec = (pain == 0 ? AssessmentSpec.NoPain : Mild with { PainLevel = pain })
                .WithRunner(new RunnerSpec(History: cancer ? new[] { MedicalHistory.Cancer } : new[] { MedicalHistory.RecentInfection }));
            AssertRedFlag(spec, "cancerHistory", fires ? Disposition.UrgentCare : null);
        }

        [Fact]
        public void ArmWeakness_IsUrgent()
        {
            AssertRedFlag(Mild.WithSymptoms(Symptom.ArmWeakness), "armWeakness", Disposition.UrgentCare);
            AssertRedFlag(Mild.WithSymptoms(Symptom.LegWeakness), "armWeakness", null);
        }

        [Theory]
        [InlineData(3, PainOnset.Gradual, 30, null, Disposition.SeeProfessional)]
        [InlineData(6, PainOnset.Gradual, 30, null, Disposition.SeeProfessional)]
        [InlineData(7, PainOnset.Gradual, 30, null, Disposition.UrgentCare)]
        [InlineData(3, PainOnset.Sudden, 30, null, Disposition.UrgentCare)]
        [InlineData(3, PainOnset.Gradual, 49, null, Disposition.SeeProfessional)]
        [InlineData(3, PainOnset.Gradual, 50, null, Disposition.UrgentCare)]
        [InlineData(3, PainOnset.Gradual, null, null, Disposition.UrgentCare)]
        [InlineData(3, PainOnset.Gradual, 30, MedicalHistory.Osteoporosis, Disposition.UrgentCare)]
        [InlineData(3, PainOnset.Gradual, 30, MedicalHistory.LongTermSteroids, Disposition.UrgentCare)]
        [InlineData(3, PainOnset.Gradual, 30, MedicalHistory.RecentInfection, Disposition.SeeProfessional)]
        public void TraumaticOnset_EscalatesWhenAFractureIsMoreLikely(int pain, PainOnset onset, int? age, MedicalHistory? history, Disposition minimum)
        {
            var runner = new RunnerSpec(Age: age, History: history is { } h ? new[] { h } : null);
            var spec = Mild with { PainLevel = pain, Onset = onset, RecentTrauma = YesNo.Yes, Location = PainLocation.LowerBack, Runner = runner };
            AssertRedFlag(spec, "traumaticOnset", minimum);
            AssertRedFlag(spec with { RecentTrauma = YesNo.No }, "traumaticOnset", null);
        }

        [Theory]
        [InlineData(Symptom.Numbness, true)]
        [InlineData(Symptom.Tingling, true)]
        [InlineData(Symptom.NightPain, false)]
        public void NeurologicalSymptoms(Symptom symptom, bool fires) =>
            AssertRedFlag(Mild.WithSymptoms(symptom), "neurologicalSymptoms", fires ? Disposition.SeeProfessional : null);

        [Theory]
        [InlineData(RadiationTarget.Arms, true)]
        [InlineData(RadiationTarget.Hands, true)]
        [InlineData(RadiationTarget.Legs, true)]
        [InlineData(RadiationTarget.AroundRibs, true)]
        [InlineData(RadiationTarget.Chest, false)]
        [InlineData(RadiationTarget.Jaw, false)]
        public void RadiatingPain(RadiationTarget target, bool fires) =>
            AssertRedFlag(Mild.WithRadiation(target), "radiatingPain", fires ? Disposition.SeeProfessional : null);

        [Theory]
        [InlineData(6, false)]
        [InlineData(7, true)]
        [InlineData(8, true)]
        [InlineData(10, true)]
        public void SeverePain_AtSeverePainLevel(int pain, bool fires) =>
            AssertRedFlag(Mild with { PainLevel = pain }, "severePain", fires ? Disposition.SeeProfessional : null);

        [Theory]
        [InlineData(true, 14, false)]
        [InlineData(true, 15, true)]
        [InlineData(false, 15, false)]
        [InlineData(false, 21, false)]
        [InlineData(false, 22, true)]
        [InlineData(true, 22, true)]
        public void PersistentPain_MoreDaysThanTheThresholds(bool selfCare, int days, bool fires) =>
            AssertRedFlag(Mild with { SelfCareTried = YesNoAnswers.From(selfCare), DurationDays = days }, "persistentPain", fires ? Disposition.SeeProfessional : null);

        [Fact]
        public void PersistentPain_FollowsTheOptions()
        {
            var options = new TriageOptions { PersistentDaysWithSelfCare = 5, PersistentDaysWithoutSelfCare = 10 };
            Assert.NotNull((Mild with { SelfCareTried = YesNo.Yes, DurationDays = 6 }).Assess(options).FindingFor("persistentPain"));
            Assert.Null((Mild with { DurationDays = 10 }).Assess(options).FindingFor("persistentPain"));
            Assert.NotNull((Mild with { DurationDays = 11 }).Assess(options).FindingFor("persistentPain"));
        }

        [Theory]
        [InlineData(PainTiming.AtNight, false, true)]
        [InlineData(PainTiming.Constant, false, true)]
        [InlineData(PainTiming.DuringRun, true, true)]
        [InlineData(PainTiming.AtRest, false, false)]
        [InlineData(PainTiming.AfterRun, false, false)]
        [InlineData(PainTiming.DuringRun, false, false)]
        public void NonMechanicalPain_NightOrConstant(PainTiming timing, bool nightPainSymptom, bool fires)
        {
            var spec = Mild with { Timing = timing, Symptoms = nightPainSymptom ? new[] { Symptom.NightPain } : null };
            AssertRedFlag(spec, "nonMechanicalPain", fires ? Disposition.SeeProfessional : null);
        }

        [Theory]
        [InlineData(MedicalHistory.Osteoporosis, 1, true)]
        [InlineData(MedicalHistory.LongTermSteroids, 4, true)]
        [InlineData(MedicalHistory.Osteoporosis, 0, false)]
        [InlineData(MedicalHistory.Cancer, 3, false)]
        public void FractureRisk_WithAnyPain(MedicalHistory history, int pain, bool fires)
        {
            var spec = (pain == 0 ? AssessmentSpec.NoPain : Mild with { PainLevel = pain }).WithRunner(new RunnerSpec(History: new[] { history }));
            AssertRedFlag(spec, "fractureRisk", fires ? Disposition.SeeProfessional : null);
        }

        [Theory]
        [InlineData(MedicalHistory.Immunosuppression, 1, true)]
        [InlineData(MedicalHistory.IntravenousDrugUse, 2, true)]
        [InlineData(MedicalHistory.RecentInfection, 3, true)]
        [InlineData(MedicalHistory.RecentInfection, 0, false)]
        [InlineData(MedicalHistory.Osteoporosis, 3, false)]
        public void InfectionRisk_WithAnyPain(MedicalHistory history, int pain, bool fires)
        {
            var spec = (pain == 0 ? AssessmentSpec.NoPain : Mild with { PainLevel = pain }).WithRunner(new RunnerSpec(History: new[] { history }));
            AssertRedFlag(spec, "infectionRisk", fires ? Disposition.SeeProfessional : null);
        }

        [Fact]
        public void ARedFlagAtPainZeroStillRaisesTheDisposition()
        {
            var result = AssessmentSpec.NoPain.WithSymptoms(Symptom.ChestPain).Assess();
            Assert.Equal(Disposition.Emergency, result.Disposition);
        }

        private static void AssertRedFlag(AssessmentSpec spec, string code, Disposition? minimum)
        {
            var result = spec.Assess();
            var finding = result.FindingFor(code);
            if (minimum is null)
            {
                Assert.Null(finding);
                Assert.DoesNotContain(result.RedFlags, r => r.Code == code);
                return;
            }

            Assert.NotNull(finding);
            Assert.Equal(FindingKind.RedFlag, finding!.Kind);
            Assert.Equal(minimum, finding.MinimumDisposition);
            Assert.Contains(result.RedFlags, r => r.Code == code && r.MinimumDisposition == minimum);
            Assert.True(result.Disposition >= minimum);
            Assert.Equal(RuleOutcome.Fired, Assert.Single(result.Trace, t => t.RuleId == "redFlag." + code).Outcome);
        }
    }
}
