using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace RunnerBack.Tests.Support
{
    // FsCheck generators that cover the whole input space: every enum value, every list (empty,
    // partial, full, in any order), absent and present profile fields, and values at the edges.
    internal static class Generators
    {
        public static Gen<T> EnumValue<T>()
            where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

        public static Gen<T?> Optional<T>(Gen<T> gen)
            where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

        // A subset of the enum's values in a random order (the order must never matter).
        public static Gen<T[]> SubsetOf<T>()
            where T : struct, Enum =>
            Gen.SubListOf(Enum.GetValues<T>()).SelectMany(list => Gen.Shuffle(list.ToArray()));

        // Yes and no, and now and then not sure (TRIAGE.md 8.2).
        public static Gen<YesNo> YesNoAnswer { get; } = Gen.Frequency((3, Gen.Constant(YesNo.No)), (3, Gen.Constant(YesNo.Yes)), (1, Gen.Constant(YesNo.NotSure)));

        // A safety question: always answered when there is pain (TRIAGE.md 8.1), perhaps not at pain 0.
        public static Gen<T?> Answered<T>(int pain, Gen<T> gen)
            where T : struct => pain > 0 ? gen.Select(v => (T?)v) : Optional(gen);

        // Mostly near the thresholds that matter, sometimes anywhere in range.
        public static Gen<int> DurationDays { get; } = Gen.Frequency(
            (3, Gen.Choose(0, 30)),
            (1, Gen.Choose(0, 3650)));

        public static Gen<RunnerSpec> Runner { get; } =
            from age in Optional(Gen.Frequency((3, Gen.Choose(40, 60)), (1, Gen.Choose(5, 120))))
            from experience in Optional(EnumValue<RunnerExperience>())
            from sitting in Optional(Gen.Choose(0, 48).Select(halfHours => halfHours / 2.0))
            from restDays in Optional(Gen.Choose(0, 7))
            from load in Optional(EnumValue<CarriedLoad>())
            from loadFits in Optional(Gen.Elements(true, false))
            from shoeKm in Optional(Gen.Frequency((3, Gen.Choose(700, 900)), (1, Gen.Choose(0, 10000))).Select(km => (double)km))
            from shoesFit in Optional(Gen.Elements(true, false))
            from strength in Optional(Gen.Choose(0, 14))
            from warmsUp in Optional(Gen.Elements(true, false))
            from stress in Optional(EnumValue<StressLevel>())
            from hydration in Optional(EnumValue<Hydration>())
            from history in SubsetOf<MedicalHistory>()
            select new RunnerSpec(age, experience, sitting, restDays, load, loadFits, shoeKm, shoesFit, strength, warmsUp, stress, hydration, history);

        public static Gen<AssessmentSpec> Assessment { get; } =
            from pain in Gen.Choose(0, 10)
            from quality in pain > 0 ? EnumValue<PainQuality>().Select(q => (PainQuality?)q) : Optional(EnumValue<PainQuality>())
            from location in pain > 0 ? EnumValue<PainLocation>().Select(l => (PainLocation?)l) : Optional(EnumValue<PainLocation>())
            from radiates in SubsetOf<RadiationTarget>()
            from trend in Answered(pain, EnumValue<PainTrend>())
            from onset in Answered(pain, EnumValue<PainOnset>())
            from timing in Answered(pain, EnumValue<PainTiming>())
            from persists in Answered(pain, YesNoAnswer)
            from alters in Answered(pain, YesNoAnswer)
            from days in Answered(pain, DurationDays)
            from selfCare in Answered(pain, YesNoAnswer)
            from trauma in Answered(pain, YesNoAnswer)
            from symptoms in Gen.Frequency((1, Gen.Constant(Array.Empty<Symptom>())), (3, SubsetOf<Symptom>()))
            from runner in Gen.Frequency((1, Gen.Constant<RunnerSpec?>(null)), (4, Runner.Select(r => (RunnerSpec?)r)))
            from form in SubsetOf<FormFault>()
            select new AssessmentSpec(pain, quality, location, radiates, trend, onset, timing, persists, alters, days, selfCare, trauma, symptoms, runner, form);

        // Assessments with few warning signs, where the ladder's lower rungs and the gate are exercised.
        public static Gen<AssessmentSpec> MildAssessment { get; } =
            from spec in Assessment
            from keepSymptoms in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
            select keepSymptoms ? spec : spec with { Symptoms = Array.Empty<Symptom>(), RadiatesTo = Array.Empty<RadiationTarget>(), RecentTrauma = YesNo.No };

        // Pain with no red flag (below severe, no symptom, spread, trauma, history or long duration):
        // only stop signals decide, so a not-sure answer and a change over time can move the disposition.
        public static Gen<AssessmentSpec> WithoutRedFlags { get; } =
            from spec in Assessment
            from pain in Gen.Choose(1, 6)
            from quality in EnumValue<PainQuality>()
            from location in EnumValue<PainLocation>()
            from timing in Gen.Elements(PainTiming.DuringRun, PainTiming.AfterRun, PainTiming.AtRest)
            from days in Gen.Choose(0, 10)
            select spec with
            {
                PainLevel = pain, Quality = quality, Location = location, Timing = timing, DurationDays = days, Trend = spec.Trend ?? PainTrend.Stable,
                Onset = spec.Onset ?? PainOnset.Gradual, PersistsAfterStopping = spec.PersistsAfterStopping ?? YesNo.No, AltersRunningForm = spec.AltersRunningForm ?? YesNo.No,
                SelfCareTried = spec.SelfCareTried ?? YesNo.No, RecentTrauma = YesNo.No, Symptoms = Array.Empty<Symptom>(), RadiatesTo = Array.Empty<RadiationTarget>(),
                Runner = spec.Runner is { } runner ? runner with { History = Array.Empty<MedicalHistory>() } : null,
            };

        public static Gen<TriageOptions> Options { get; } =
            from stop in Gen.Choose(1, 10)
            from severe in Gen.Choose(stop, 10)
            from withCare in Gen.Choose(1, 365)
            from withoutCare in Gen.Choose(withCare, 365)
            from sitting in Gen.Choose(0, 24)
            from shoeKm in Gen.Choose(100, 5000)
            select new TriageOptions
            {
                StopPainLevel = stop,
                SeverePainLevel = severe,
                PersistentDaysWithSelfCare = withCare,
                PersistentDaysWithoutSelfCare = withoutCare,
                ProlongedSittingHours = sitting,
                ShoeReplacementKm = shoeKm,
            };

        public static Arbitrary<AssessmentSpec> AssessmentArb => Assessment.ToArbitrary();
    }
}
