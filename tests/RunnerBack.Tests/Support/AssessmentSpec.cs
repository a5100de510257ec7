using System.Linq;

namespace RunnerBack.Tests.Support
{
    // A test-side description of an assessment that `with` expressions can vary; Build() goes
    // through the public constructors, so every generated case is a valid assessment.
    public sealed record AssessmentSpec(
        int PainLevel = 3,
        PainQuality? Quality = PainQuality.DullAche,
        PainLocation? Location = PainLocation.BetweenShoulderBlades,
        RadiationTarget[]? RadiatesTo = null,
        PainTrend? Trend = PainTrend.Stable,
        PainOnset? Onset = PainOnset.Gradual,
        PainTiming? Timing = PainTiming.DuringRun,
        YesNo? PersistsAfterStopping = YesNo.No,
        YesNo? AltersRunningForm = YesNo.No,
        int? DurationDays = 0,
        YesNo? SelfCareTried = YesNo.No,
        YesNo? RecentTrauma = YesNo.No,
        Symptom[]? Symptoms = null,
        RunnerSpec? Runner = null,
        FormFault[]? Form = null)
    {
        // With no pain only the symptom checklist is required (TRIAGE.md 8.1): the other safety
        // questions are left unasked.
        public static AssessmentSpec NoPain { get; } = new AssessmentSpec(
            PainLevel: 0, Quality: null, Location: null, Trend: null, Onset: null, Timing: null, PersistsAfterStopping: null, AltersRunningForm: null,
            DurationDays: null, SelfCareTried: null, RecentTrauma: null);

        public static AssessmentSpec MildAche { get; } = new AssessmentSpec();

        public PainAssessment Build() => new PainAssessment(
            PainLevel,
            Quality,
            Location,
            RadiatesTo ?? (PainLevel > 0 ? System.Array.Empty<RadiationTarget>() : null),
            Trend,
            Onset,
            Timing,
            PersistsAfterStopping,
            AltersRunningForm,
            DurationDays,
            SelfCareTried,
            RecentTrauma,
            Symptoms ?? System.Array.Empty<Symptom>(),
            Runner?.Build(PainLevel > 0) ?? (PainLevel > 0 ? new RunnerProfile(history: System.Array.Empty<MedicalHistory>()) : null),
            Form);

        public AssessmentSpec WithSymptoms(params Symptom[] symptoms) => this with { Symptoms = symptoms };

        public AssessmentSpec WithRadiation(params RadiationTarget[] targets) => this with { RadiatesTo = targets };

        public AssessmentSpec WithForm(params FormFault[] faults) => this with { Form = faults };

        public AssessmentSpec WithRunner(RunnerSpec runner) => this with { Runner = runner };

        public override string ToString() =>
            $"pain={PainLevel} quality={Quality} location={Location} radiates=[{Join(RadiatesTo)}] trend={Trend} onset={Onset} " +
            $"timing={Timing} persists={PersistsAfterStopping} alters={AltersRunningForm} days={DurationDays} selfCare={SelfCareTried} " +
            $"trauma={RecentTrauma} symptoms=[{Join(Symptoms)}] form=[{Join(Form)}] runner={Runner?.ToString() ?? "none"}";

        private static string Join<T>(T[]? items) => items is null ? string.Empty : string.Join(",", items.Select(i => i!.ToString()));
    }

    public sealed record RunnerSpec(
        int? Age = null,
        RunnerExperience? Experience = null,
        double? SittingHoursPerDay = null,
        int? RestDaysPerWeek = null,
        CarriedLoad? CarriedLoad = null,
        bool? LoadFitsWell = null,
        double? ShoeDistanceKm = null,
        bool? ShoesFitWell = null,
        int? StrengthTrainingPerWeek = null,
        bool? WarmsUp = null,
        StressLevel? StressLevel = null,
        Hydration? Hydration = null,
        MedicalHistory[]? History = null)
    {
        // With pain the history is a safety question: an unset one is asked and answered "none".
        public RunnerProfile Build(bool inPain = true) => new RunnerProfile(
            Age,
            Experience,
            SittingHoursPerDay,
            RestDaysPerWeek,
            CarriedLoad,
            LoadFitsWell,
            ShoeDistanceKm,
            ShoesFitWell,
            StrengthTrainingPerWeek,
            WarmsUp,
            StressLevel,
            Hydration,
            History ?? (inPain ? System.Array.Empty<MedicalHistory>() : null));

        public override string ToString() =>
            $"(age={Age} exp={Experience} sit={SittingHoursPerDay} rest={RestDaysPerWeek} load={CarriedLoad} fits={LoadFitsWell} " +
            $"shoeKm={ShoeDistanceKm} shoesFit={ShoesFitWell} strength={StrengthTrainingPerWeek} warm={WarmsUp} stress={StressLevel} " +
            $"hydration={Hydration} history=[{(History is null ? string.Empty : string.Join(",", History))}])";
    }
}
