namespace RunnerBack
{
    // The values of an assessment being put together, each already checked against its input:
    // by the JSON reader from a request, and by the interview for every candidate set of answers.
    // One PainAssessment is made from it. Mutable and reused; not thread-safe.
    internal sealed class AssessmentDraft
    {
        public int? PainLevel;
        public PainQuality? Quality;
        public PainLocation? Location;
        public EnumSet<RadiationTarget>? RadiatesTo;
        public PainTrend? Trend;
        public PainOnset? Onset;
        public PainTiming? Timing;
        public YesNo? PersistsAfterStopping;
        public YesNo? AltersRunningForm;
        public int? DurationDays;
        public YesNo? SelfCareTried;
        public YesNo? RecentTrauma;
        public EnumSet<Symptom>? Symptoms;
        public EnumSet<FormFault>? Form;
        public string? RequestId;
        public string? Language;
        public string? Region;

        // The runner's answers, and whether any was given (no profile otherwise).
        public RunnerDraft Runner { get; } = new RunnerDraft();

        public bool HasRunner;

        // The draft of an assessment, for reading its answers back one input at a time.
        public static AssessmentDraft Of(PainAssessment assessment)
        {
            var draft = new AssessmentDraft
            {
                PainLevel = assessment.PainLevel,
                Quality = assessment.Quality,
                Location = assessment.Location,
                RadiatesTo = assessment.RadiatesToAnswer,
                Trend = assessment.Trend,
                Onset = assessment.Onset,
                Timing = assessment.Timing,
                PersistsAfterStopping = assessment.PersistsAfterStopping,
                AltersRunningForm = assessment.AltersRunningForm,
                DurationDays = assessment.DurationDays,
                SelfCareTried = assessment.SelfCareTried,
                RecentTrauma = assessment.RecentTrauma,
                Symptoms = assessment.SymptomsAnswer,
                Form = assessment.Form,
                RequestId = assessment.RequestId,
                Language = assessment.Language,
                Region = assessment.Region,
                HasRunner = assessment.Runner is not null,
            };
            if (assessment.Runner is { } runner)
            {
                draft.Runner.CopyFrom(runner);
            }

            return draft;
        }

        public void Clear()
        {
            PainLevel = null;
            Quality = null;
            Location = null;
            RadiatesTo = null;
            Trend = null;
            Onset = null;
            Timing = null;
            PersistsAfterStopping = null;
            AltersRunningForm = null;
            DurationDays = null;
            SelfCareTried = null;
            RecentTrauma = null;
            Symptoms = null;
            Form = null;
            RequestId = null;
            Language = null;
            Region = null;
            HasRunner = false;
            Runner.Clear();
        }
    }
}
