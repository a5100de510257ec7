using System.Collections.Generic;
using RunnerBack.Json;
using Fields = RunnerBack.Json.RequestFormat;

namespace RunnerBack
{
    /// <summary>
    /// The runner's profile and habits (JSON <c>runner</c>). Every field is optional here: null means
    /// "not reported", and a field that was not reported never fires a contributor. With pain, the
    /// assessment requires <see cref="History"/>, a safety question.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe, with value equality. Invalid values cannot be constructed: the
    /// constructor throws an <see cref="System.ArgumentException"/> naming the field.
    /// </remarks>
    public sealed record RunnerProfile
    {
        /// <summary>Creates a profile; every argument is optional.</summary>
        /// <param name="age">Age in years, 5 to 120.</param>
        /// <param name="experience">Running experience.</param>
        /// <param name="sittingHoursPerDay">Hours spent sitting a day, 0 to 24.</param>
        /// <param name="restDaysPerWeek">Rest days a week, 0 to 7.</param>
        /// <param name="carriedLoad">What the runner carries while running.</param>
        /// <param name="loadFitsWell">Whether a belt, vest or backpack fits well.</param>
        /// <param name="shoeDistanceKm">Distance run in the current shoes, 0 to 10,000 km.</param>
        /// <param name="shoesFitWell">Whether the shoes fit well.</param>
        /// <param name="strengthTrainingPerWeek">Upper-body or back strength sessions a week, 0 to 14.</param>
        /// <param name="warmsUp">Whether the runner warms up before running.</param>
        /// <param name="stressLevel">The runner's stress level.</param>
        /// <param name="hydration">How well the runner drinks.</param>
        /// <param name="history">Relevant medical history, each item at most once; empty for none, null when not asked (allowed only when there is no pain).</param>
        /// <exception cref="System.ArgumentException">A value is out of range, undefined or repeated; the message names it.</exception>
        public RunnerProfile(
            int? age = null,
            RunnerExperience? experience = null,
            double? sittingHoursPerDay = null,
            int? restDaysPerWeek = null,
            CarriedLoad? carriedLoad = null,
            bool? loadFitsWell = null,
            double? shoeDistanceKm = null,
            bool? shoesFitWell = null,
            int? strengthTrainingPerWeek = null,
            bool? warmsUp = null,
            StressLevel? stressLevel = null,
            Hydration? hydration = null,
            IEnumerable<MedicalHistory>? history = null)
        {
            History = history is null ? null : EnumSet<MedicalHistory>.From(history, nameof(history));
            Age = Fields.Age.Check(age);
            Experience = Fields.Experience.Check(experience);
            SittingHoursPerDay = Fields.SittingHoursPerDay.Check(sittingHoursPerDay);
            RestDaysPerWeek = Fields.RestDaysPerWeek.Check(restDaysPerWeek);
            CarriedLoad = Fields.CarriedLoad.Check(carriedLoad);
            LoadFitsWell = loadFitsWell;
            ShoeDistanceKm = Fields.ShoeDistanceKm.Check(shoeDistanceKm);
            ShoesFitWell = shoesFitWell;
            StrengthTrainingPerWeek = Fields.StrengthTrainingPerWeek.Check(strengthTrainingPerWeek);
            WarmsUp = warmsUp;
            StressLevel = Fields.StressLevel.Check(stressLevel);
            Hydration = Fields.Hydration.Check(hydration);
        }

        // From the JSON reader's values, which it has checked against the same declarations.
        internal RunnerProfile(FieldValues values)
        {
            Age = Fields.Age.ValueIn(values);
            Experience = Fields.Experience.ValueIn(values);
            SittingHoursPerDay = Fields.SittingHoursPerDay.ValueIn(values);
            RestDaysPerWeek = Fields.RestDaysPerWeek.ValueIn(values);
            CarriedLoad = Fields.CarriedLoad.ValueIn(values);
            LoadFitsWell = Fields.LoadFitsWell.ValueIn(values);
            ShoeDistanceKm = Fields.ShoeDistanceKm.ValueIn(values);
            ShoesFitWell = Fields.ShoesFitWell.ValueIn(values);
            StrengthTrainingPerWeek = Fields.StrengthTrainingPerWeek.ValueIn(values);
            WarmsUp = Fields.WarmsUp.ValueIn(values);
            StressLevel = Fields.StressLevel.ValueIn(values);
            Hydration = Fields.Hydration.ValueIn(values);
            History = Fields.History.ValueIn(values);
        }

        /// <summary>A profile with nothing reported.</summary>
        public static RunnerProfile Unknown { get; } = new RunnerProfile();

        /// <summary>Age in years (5 to 120), or null when not reported.</summary>
        public int? Age { get; }

        /// <summary>Running experience, or null when not reported.</summary>
        public RunnerExperience? Experience { get; }

        /// <summary>Hours spent sitting a day (0 to 24), or null when not reported.</summary>
        public double? SittingHoursPerDay { get; }

        /// <summary>Rest days a week (0 to 7), or null when not reported.</summary>
        public int? RestDaysPerWeek { get; }

        /// <summary>What the runner carries, or null when not reported.</summary>
        public CarriedLoad? CarriedLoad { get; }

        /// <summary>Whether a carried belt, vest or backpack fits well, or null when not reported.</summary>
        public bool? LoadFitsWell { get; }

        /// <summary>Kilometres run in the current shoes (0 to 10,000), or null when not reported.</summary>
        public double? ShoeDistanceKm { get; }

        /// <summary>Whether the shoes fit well, or null when not reported.</summary>
        public bool? ShoesFitWell { get; }

        /// <summary>Upper-body or back strength sessions a week (0 to 14), or null when not reported.</summary>
        public int? StrengthTrainingPerWeek { get; }

        /// <summary>Whether the runner warms up, or null when not reported.</summary>
        public bool? WarmsUp { get; }

        /// <summary>The runner's stress level, or null when not reported.</summary>
        public StressLevel? StressLevel { get; }

        /// <summary>How well the runner drinks, or null when not reported.</summary>
        public Hydration? Hydration { get; }

        /// <summary>
        /// Relevant medical history: empty for none, null when the question was not asked. With pain
        /// it is a safety question, which the assessment requires.
        /// </summary>
        public EnumSet<MedicalHistory>? History { get; }
    }
}
