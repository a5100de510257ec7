using System;
using System.Collections.Generic;

namespace RunnerBack
{
    /// <summary>
    /// The engine's thresholds and fault policy (docs/getting-started.md, Options). Set them with an object
    /// initializer or a <c>with</c> expression; the engine builder validates them when it builds.
    /// </summary>
    /// <remarks>
    /// Immutable once built and thread-safe, with value equality. Lower thresholds are stricter:
    /// they never lower a disposition.
    /// </remarks>
    public sealed record TriageOptions
    {
        /// <summary>The default options (docs/getting-started.md, Options).</summary>
        public static TriageOptions Default { get; } = new TriageOptions();

        /// <summary>Pain at or above this level is a stop signal. Default 4; range 1 to 10.</summary>
        public int StopPainLevel { get; init; } = 4;

        /// <summary>Pain at or above this level is severe. Default 7; range <see cref="StopPainLevel"/> to 10.</summary>
        public int SeverePainLevel { get; init; } = 7;

        /// <summary>Pain lasting more than this many days despite self-care is persistent. Default 14; range 1 to 365.</summary>
        public int PersistentDaysWithSelfCare { get; init; } = 14;

        /// <summary>Pain lasting more than this many days is persistent. Default 21; range <see cref="PersistentDaysWithSelfCare"/> to 365.</summary>
        public int PersistentDaysWithoutSelfCare { get; init; } = 21;

        /// <summary>Sitting this many hours a day or more is prolonged. Default 6; range 0 to 24.</summary>
        public double ProlongedSittingHours { get; init; } = 6;

        /// <summary>Shoes that have run this many kilometres or more are worn. Default 800; range 100 to 5000.</summary>
        public double ShoeReplacementKm { get; init; } = 800;

        /// <summary>What to do when a rule throws. Default <see cref="RunnerBack.FaultPolicy.FailSafe"/>.</summary>
        public FaultPolicy FaultPolicy { get; init; } = FaultPolicy.FailSafe;

        /// <summary>
        /// The language of the runner-facing texts when a request does not give one: a language tag
        /// (en, es, fr, de, pt, pt-BR; others fall back as <see cref="Languages.Resolve"/> says).
        /// Default <c>en</c>. Not part of the triage: it does not change the rule-set version.
        /// </summary>
        public string Language { get; init; } = "en";

        /// <summary>
        /// The ISO 3166 country code whose emergency number the emergency and urgent-care advice names
        /// when a request does not give one (GB, US, ES, ...); null for "your local emergency number".
        /// Default null. Not part of the triage: it does not change the rule-set version.
        /// </summary>
        public string? Region { get; init; }

        /// <summary>Every problem with these options, each naming the option; empty when they are valid.</summary>
        public IReadOnlyList<string> Validate()
        {
            var problems = new List<string>();
            Check(StopPainLevel, 1, 10, "stopPainLevel", problems);
            Check(SeverePainLevel, StopPainLevel, 10, "severePainLevel", problems);
            Check(PersistentDaysWithSelfCare, 1, 365, "persistentDaysWithSelfCare", problems);
            Check(PersistentDaysWithoutSelfCare, PersistentDaysWithSelfCare, 365, "persistentDaysWithoutSelfCare", problems);
            Check(ProlongedSittingHours, 0, 24, "prolongedSittingHours", problems);
            Check(ShoeReplacementKm, 100, 5000, "shoeReplacementKm", problems);
            if (!Languages.IsWellFormed(Language))
            {
                problems.Add(DeveloperMessages.BadLanguageTag("language", Language));
            }

            if (Region is not null && !EmergencyNumbers.IsWellFormed(Region))
            {
                problems.Add(DeveloperMessages.BadRegion("region", Region));
            }

            if (!EnumSet<FaultPolicy>.IsDefinedValue(FaultPolicy))
            {
                problems.Add(DeveloperMessages.UnknownFaultPolicy((int)FaultPolicy));
            }

            return problems;
        }

        private static void Check(double value, double min, double max, string name, List<string> problems)
        {
            if (double.IsNaN(value) || value < min || value > max)
            {
                problems.Add(DeveloperMessages.OutOfRange(name, min, max, value));
            }
        }
    }
}
