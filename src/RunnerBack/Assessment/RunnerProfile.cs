using System.Collections.Generic;

namespace RunnerBack
{
    /// <summary>
    /// The runner's profile and habits (JSON <c>runner</c>). Every field is optional: null means
    /// "not reported", and a field that was not reported never fires a contributor.
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
        /// <param name="history">Relevant medical history, each item at most once; null means none.</param>
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
            : this(
                age,
                experience,
                sittingHoursPerDay,
                restDaysPerWeek,
                carriedLoad,
                loadFitsWell,
                shoeDistanceKm,
                shoesFitWell,
                strengthTrainingPerWeek,
                warmsUp,
                stressLevel,
                hydration,
                EnumSet<MedicalHistory>.From(history, nameof(history)))
        {
        }

        // Takes history as a set, duplicate-free and defined by construction, so that the JSON
        // reader passes it without boxing it into an IEnumerable.
        internal RunnerProfile(
            int? age,
            RunnerExperience? experience,
            double? sittingHoursPerDay,
            int? restDaysPerWeek,
            CarriedLoad? carriedLoad,
            bool? loadFitsWell,
            double? shoeDistanceKm,
            bool? shoesFitWell,
            int? strengthTrainingPerWeek,
            bool? warmsUp,
            StressLevel? stressLevel,
            Hydration? hydration,
            EnumSet<MedicalHistory> history)
        {
            Age = Guard.InRange(age, 5, 120, nameof(age));
            Experience = Guard.Defined(experience, nameof(experience));
            SittingHoursPerDay = Guard.InRange(sittingHoursPerDay, 0, 24, nameof(sittingHoursPerDay));
            RestDaysPerWeek = Guard.InRange(restDaysPerWeek, 0, 7, nameof(restDaysPerWeek));
            CarriedLoad = Guard.Defined(carriedLoad, nameof(carriedLoad));
            LoadFitsWell = loadFitsWell;
            ShoeDistanceKm = Guard.InRange(shoeDistanceKm, 0, 10000, nameof(shoeDistanceKm));
            ShoesFitWell = shoesFitWell;
            StrengthTrainingPerWeek = Guard.InRange(strengthTrainingPerWeek, 0, 14, nameof(strengthTrainingPerWeek));
            WarmsUp = warmsUp;
            StressLevel = Guard.Defined(stressLevel, nameof(stressLevel));
            Hydration = Guard.Defined(hydration, nameof(hydration));
            History = history;
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

        /// <summary>Relevant medical history; empty when none was reported.</summary>
        public EnumSet<MedicalHistory> History { get; }
    }
}
