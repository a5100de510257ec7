using RunnerBack;

namespace RunnerBack.Benchmarks
{
    // The baseline: one plain function that computes the default rules' disposition and red-flag
    // codes, with no pipeline, no trace, no contributors and no recommendations. A test checks that
    // it agrees with the engine on thousands of generated assessments, so the comparison is honest.
    public static class HandWrittenTriage
    {
        // Red-flag codes by bit, in TRIAGE.md order.
        public static readonly string[] RedFlagCodes =
        {
            "chestPain", "cardiacWarningSigns", "suddenSevereUpperBackPain", "spinalCordCompression", "severeBreathingProblem",
            "breathingAffected", "systemicSymptoms", "cancerHistory", "armWeakness", "traumaticOnset", "neurologicalSymptoms",
            "radiatingPain", "severePain", "persistentPain", "nonMechanicalPain", "fractureRisk", "infectionRisk",
        };

        public static (Disposition Disposition, uint RedFlags) Assess(PainAssessment a, TriageOptions o)
        {
            var s = a.Symptoms;
            var r = a.RadiatesTo;
            var runner = a.Runner;
            var history = runner?.History ?? default;
            var pain = a.PainLevel;
            var severe = pain >= o.SeverePainLevel;
            var breathing = s.Contains(Symptom.BreathingDifficulty);
            uint flags = 0;
            var d = pain > 0 ? Disposition.RunWithModifications : Disposition.KeepRunning;

            void Flag(int bit, Disposition minimum)
            {
                flags |= 1u << bit;
                if (minimum > d)
                {
                    d = minimum;
                }
            }

            if (s.Contains(Symptom.ChestPain) || r.Contains(RadiationTarget.Chest)) Flag(0, Disposition.Emergency);
            if (r.Contains(RadiationTarget.Jaw) || (r.Contains(RadiationTarget.Arms) && (breathing || s.Contains(Symptom.Sweating) || s.Contains(Symptom.Nausea) || s.Contains(Symptom.Dizziness)))) Flag(1, Disposition.Emergency);
            if (a.Onset is PainOnset.Sudden or PainOnset.NotSure && severe && a.IsUpperBack) Flag(2, Disposition.Emergency);
            if (s.Contains(Symptom.BladderOrBowelChange) || s.Contains(Symptom.SaddleNumbness) || s.Contains(Symptom.LegWeakness) || s.Contains(Symptom.LegNumbness) || s.Contains(Symptom.UnsteadyGait)) Flag(3, Disposition.Emergency);
            if (breathing && (a.Onset is PainOnset.Sudden or PainOnset.NotSure || s.Contains(Symptom.Dizziness) || severe)) Flag(4, Disposition.Emergency);
            if (breathing) Flag(5, Disposition.UrgentCare);
            if (s.Contains(Symptom.Fever) || s.Contains(Symptom.Chills) || s.Contains(Symptom.UnexplainedWeightLoss)) Flag(6, Disposition.UrgentCare);
            if (pain >= 1 && history.Contains(MedicalHistory.Cancer)) Flag(7, Disposition.UrgentCare);
            if (s.Contains(Symptom.ArmWeakness)) Flag(8, Disposition.UrgentCare);
            if (a.RecentTrauma.CountsAsYes())
            {
                var urgent = severe || a.Onset is PainOnset.Sudden or PainOnset.NotSure || runner?.Age is null or >= 50 || history.Contains(MedicalHistory.Osteoporosis) || history.Contains(MedicalHistory.LongTermSteroids);
                Flag(9, urgent ? Disposition.UrgentCare : Disposition.SeeProfessional);
            }

            if (s.Contains(Symptom.Numbness) || s.Contains(Symptom.Tingling)) Flag(10, Disposition.SeeProfessional);
            if (r.Contains(RadiationTarget.Arms) || r.Contains(RadiationTarget.Hands) || r.Contains(RadiationTarget.Legs) || r.Contains(RadiationTarget.AroundRibs)) Flag(11, Disposition.SeeProfessional);
            if (severe) Flag(12, Disposition.SeeProfessional);
            if ((a.SelfCareTried.CountsAsYes() && a.DurationDays > o.PersistentDaysWithSelfCare) || a.DurationDays > o.PersistentDaysWithoutSelfCare) Flag(13, Disposition.SeeProfessional);
            if (s.Contains(Symptom.NightPain) || a.Timing is PainTiming.AtNight or PainTiming.Constant or PainTiming.NotSure) Flag(14, Disposition.SeeProfessional);
            if (pain >= 1 && (history.Contains(MedicalHistory.Osteoporosis) || history.Contains(MedicalHistory.LongTermSteroids))) Flag(15, Disposition.SeeProfessional);
            if (pain >= 1 && (history.Contains(MedicalHistory.Immunosuppression) || history.Contains(MedicalHistory.IntravenousDrugUse) || history.Contains(MedicalHistory.RecentInfection))) Flag(16, Disposition.SeeProfessional);

            var stop = pain >= o.StopPainLevel
                || a.Trend is PainTrend.Worsening or PainTrend.NotSure
                || a.Quality is PainQuality.Sharp or PainQuality.Stabbing or PainQuality.Electrical or PainQuality.Catching or PainQuality.NotSure
                || a.PersistsAfterStopping.CountsAsYes()
                || a.AltersRunningForm.CountsAsYes()
                || (pain >= 1 && a.Location == PainLocation.SacroiliacJoint);
            if (stop && d < Disposition.StopAndRest)
            {
                d = Disposition.StopAndRest;
            }

            return (d, flags);
        }
    }
}
