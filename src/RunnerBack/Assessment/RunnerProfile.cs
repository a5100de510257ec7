using System.Collections.Generic;

namespace RunnerBack
{
    /// <summary>
    /// The runner's profile and habits (JSON <c>runner</c>). Every field is optional here: null means
    /// "not reported", and a field that was not reported never fires a contributor. With pain, the
    /// assessment requires <see cref="History"/>, a safety question.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe, with value equality. Invalid values cannot be constructed: the
    /// constructor, and each property of a <c>with</c> expression, throws an
    /// <see cref="System.ArgumentException"/> naming the field.
    /// </remarks>
    public sealed record RunnerProfile
    {
        private readonly int? _age;
        private readonly RunnerExperience? _experience;
        private readonly double? _sittingHoursPerDay;
        private readonly int? _restDaysPerWeek;
        private readonly CarriedLoad? _carriedLoad;
        private readonly bool? _loadFitsWell;
        private readonly double? _shoeDistanceKm;
        private readonly bool? _shoesFitWell;
        private readonly int? _strengthTrainingPerWeek;
        private readonly bool? _warmsUp;
        private readonly StressLevel? _stressLevel;
        private readonly Hydration? _hydration;
        private readonly EnumSet<MedicalHistory>? _history;

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
            Age = age;
            Experience = experience;
            SittingHoursPerDay = sittingHoursPerDay;
            RestDaysPerWeek = restDaysPerWeek;
            CarriedLoad = carriedLoad;
            LoadFitsWell = loadFitsWell;
            ShoeDistanceKm = shoeDistanceKm;
            ShoesFitWell = shoesFitWell;
            StrengthTrainingPerWeek = strengthTrainingPerWeek;
            WarmsUp = warmsUp;
            StressLevel = stressLevel;
            Hydration = hydration;
        }

        // From a draft whose values were checked against their inputs.
        internal RunnerProfile(RunnerDraft draft)
        {
            _age = draft.Age;
            _experience = draft.Experience;
            _sittingHoursPerDay = draft.SittingHoursPerDay;
            _restDaysPerWeek = draft.RestDaysPerWeek;
            _carriedLoad = draft.CarriedLoad;
            _loadFitsWell = draft.LoadFitsWell;
            _shoeDistanceKm = draft.ShoeDistanceInKm;
            _shoesFitWell = draft.ShoesFitWell;
            _strengthTrainingPerWeek = draft.StrengthTrainingPerWeek;
            _warmsUp = draft.WarmsUp;
            _stressLevel = draft.StressLevel;
            _hydration = draft.Hydration;
            _history = draft.History;
        }

        /// <summary>A profile with nothing reported.</summary>
        public static RunnerProfile Unknown { get; } = new RunnerProfile();

        /// <summary>Age in years (5 to 120), or null when not reported.</summary>
        public int? Age
        {
            get => _age;
            init => _age = Inputs.Age.Check(value);
        }

        /// <summary>Running experience, or null when not reported.</summary>
        public RunnerExperience? Experience
        {
            get => _experience;
            init => _experience = Inputs.Experience.Check(value);
        }

        /// <summary>Hours spent sitting a day (0 to 24), or null when not reported.</summary>
        public double? SittingHoursPerDay
        {
            get => _sittingHoursPerDay;
            init => _sittingHoursPerDay = Inputs.SittingHoursPerDay.Check(value);
        }

        /// <summary>Rest days a week (0 to 7), or null when not reported.</summary>
        public int? RestDaysPerWeek
        {
            get => _restDaysPerWeek;
            init => _restDaysPerWeek = Inputs.RestDaysPerWeek.Check(value);
        }

        /// <summary>What the runner carries, or null when not reported.</summary>
        public CarriedLoad? CarriedLoad
        {
            get => _carriedLoad;
            init => _carriedLoad = Inputs.CarriedLoad.Check(value);
        }

        /// <summary>Whether a carried belt, vest or backpack fits well, or null when not reported.</summary>
        public bool? LoadFitsWell
        {
            get => _loadFitsWell;
            init => _loadFitsWell = value;
        }

        /// <summary>Kilometres run in the current shoes (0 to 10,000), or null when not reported.</summary>
        public double? ShoeDistanceKm
        {
            get => _shoeDistanceKm;
            init => _shoeDistanceKm = Inputs.ShoeDistanceKm.Check(value);
        }

        /// <summary>Whether the shoes fit well, or null when not reported.</summary>
        public bool? ShoesFitWell
        {
            get => _shoesFitWell;
            init => _shoesFitWell = value;
        }

        /// <summary>Upper-body or back strength sessions a week (0 to 14), or null when not reported.</summary>
        public int? StrengthTrainingPerWeek
        {
            get => _strengthTrainingPerWeek;
            init => _strengthTrainingPerWeek = Inputs.StrengthTrainingPerWeek.Check(value);
        }

        /// <summary>Whether the runner warms up, or null when not reported.</summary>
        public bool? WarmsUp
        {
            get => _warmsUp;
            init => _warmsUp = value;
        }

        /// <summary>The runner's stress level, or null when not reported.</summary>
        public StressLevel? StressLevel
        {
            get => _stressLevel;
            init => _stressLevel = Inputs.StressLevel.Check(value);
        }

        /// <summary>How well the runner drinks, or null when not reported.</summary>
        public Hydration? Hydration
        {
            get => _hydration;
            init => _hydration = Inputs.Hydration.Check(value);
        }

        /// <summary>
        /// Relevant medical history: empty for none, null when the question was not asked. With pain
        /// it is a safety question, which the assessment requires.
        /// </summary>
        public EnumSet<MedicalHistory>? History
        {
            get => _history;
            init => _history = value;
        }
    }
}
