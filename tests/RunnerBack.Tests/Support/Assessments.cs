using System;
using System.Collections.Generic;

namespace RunnerBack.Tests.Support
{
    // Assessments in the model's own terms for tests that state only what they vary: with pain,
    // every other safety question gets its calm answer (TRIAGE.md 8.1 requires an answer to each).
    internal static class Assessments
    {
        public static PainAssessment Answered(
            int painLevel,
            PainQuality quality = PainQuality.DullAche,
            PainLocation location = PainLocation.Neck,
            IEnumerable<RadiationTarget>? radiatesTo = null,
            PainTrend trend = PainTrend.Stable,
            PainOnset onset = PainOnset.Gradual,
            PainTiming timing = PainTiming.DuringRun,
            YesNo persistsAfterStopping = YesNo.No,
            YesNo altersRunningForm = YesNo.No,
            int durationDays = 0,
            YesNo selfCareTried = YesNo.No,
            YesNo recentTrauma = YesNo.No,
            IEnumerable<Symptom>? symptoms = null,
            RunnerProfile? runner = null,
            IEnumerable<FormFault>? form = null) =>
            new PainAssessment(
                painLevel, quality, location, radiatesTo ?? Array.Empty<RadiationTarget>(), trend, onset, timing, persistsAfterStopping, altersRunningForm,
                durationDays, selfCareTried, recentTrauma, symptoms ?? Array.Empty<Symptom>(), WithHistory(runner), form);

        // The profile as given, with "none" for a history it leaves unasked.
        public static RunnerProfile WithHistory(RunnerProfile? runner) =>
            runner is null ? new RunnerProfile(history: Array.Empty<MedicalHistory>())
            : runner.History is not null ? runner
            : runner with { History = EnumSet<MedicalHistory>.Empty };
    }
}
