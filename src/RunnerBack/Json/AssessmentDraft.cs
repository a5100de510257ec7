using System;

namespace RunnerBack.Json
{
    // What the reader collected, before the domain constructors check it once more. A struct, kept
    // on the reader's stack.
    internal struct AssessmentDraft
    {
        public int? PainLevel { get; set; }

        public bool PainLevelGiven { get; set; }

        public PainQuality? Quality { get; set; }

        public bool QualityGiven { get; set; }

        public PainLocation? Location { get; set; }

        public bool LocationGiven { get; set; }

        public EnumSet<RadiationTarget>? RadiatesTo { get; set; }

        public PainTrend? Trend { get; set; }

        public PainOnset? Onset { get; set; }

        public PainTiming? Timing { get; set; }

        public bool? PersistsAfterStopping { get; set; }

        public bool? AltersRunningForm { get; set; }

        public int? DurationDays { get; set; }

        public bool? SelfCareTried { get; set; }

        public bool? RecentTrauma { get; set; }

        public EnumSet<Symptom>? Symptoms { get; set; }

        public RunnerProfile? Runner { get; set; }

        public EnumSet<FormFault>? Form { get; set; }

        // Missing fields are reported only when they were not given at all: a field that was given
        // with a bad value already has its own error.
        public readonly void CheckRequired(JsonFieldReader fields)
        {
            if (!PainLevelGiven)
            {
                fields.Report("$.painLevel", ValidationCodes.Required, "painLevel is required (a whole number from 0 to 10).");
            }

            if (PainLevel > 0 && !QualityGiven)
            {
                fields.Report("$.quality", ValidationCodes.Required, "quality is required when painLevel is above 0.");
            }

            if (PainLevel > 0 && !LocationGiven)
            {
                fields.Report("$.location", ValidationCodes.Required, "location is required when painLevel is above 0.");
            }
        }

        public readonly AssessmentParseResult Build(JsonFieldReader fields)
        {
            try
            {
                return AssessmentParseResult.Valid(new PainAssessment(
                    PainLevel ?? 0,
                    Quality,
                    Location,
                    RadiatesTo ?? default,
                    Trend ?? PainTrend.Stable,
                    Onset ?? PainOnset.Gradual,
                    Timing ?? PainTiming.DuringRun,
                    PersistsAfterStopping ?? false,
                    AltersRunningForm ?? false,
                    DurationDays ?? 0,
                    SelfCareTried ?? false,
                    RecentTrauma ?? false,
                    Symptoms ?? default,
                    Runner,
                    Form ?? default));
            }
            catch (ArgumentException error)
            {
                // The reader checks everything the constructors do; this only guards against the two drifting apart.
                fields.Report("$." + (error.ParamName ?? "painLevel"), ValidationCodes.OutOfRange, error.Message);
                return AssessmentParseResult.Invalid(fields.Errors);
            }
        }
    }
}
