using System;

namespace RunnerBack
{
    /// <summary>
    /// How much and how often: a recommendation's dose as data, so that an app can render it, set
    /// reminders or translate it. Fields that do not apply are null.
    /// </summary>
    /// <remarks>Immutable and thread-safe, with value equality. Every number is positive and every minimum is at most its maximum.</remarks>
    public sealed record Dose
    {
        /// <summary>Creates a dose; every argument is optional, but a dose must say something.</summary>
        /// <param name="frequency">How often, in plain words, such as "before every run".</param>
        /// <param name="holdSecondsMin">Shortest hold of a stretch or position, in seconds.</param>
        /// <param name="holdSecondsMax">Longest hold, in seconds; defaults to the minimum.</param>
        /// <param name="repetitions">Repetitions per session.</param>
        /// <param name="perSide">Whether the repetitions are for each side.</param>
        /// <param name="pauseSecondsMin">Shortest pause within a repetition, in seconds.</param>
        /// <param name="pauseSecondsMax">Longest pause within a repetition, in seconds.</param>
        /// <param name="durationSecondsMin">Shortest session or break, in seconds.</param>
        /// <param name="durationSecondsMax">Longest session or break, in seconds.</param>
        /// <param name="intervalMinutesMin">Shortest time between sessions, in minutes.</param>
        /// <param name="intervalMinutesMax">Longest time between sessions, in minutes.</param>
        /// <param name="sessionsPerWeek">Sessions a week.</param>
        /// <param name="durationDays">How many days the advice lasts.</param>
        /// <exception cref="ArgumentException">A number is not positive, a minimum exceeds its maximum, or nothing is given.</exception>
        public Dose(
            string? frequency = null,
            int? holdSecondsMin = null,
            int? holdSecondsMax = null,
            int? repetitions = null,
            bool? perSide = null,
            int? pauseSecondsMin = null,
            int? pauseSecondsMax = null,
            int? durationSecondsMin = null,
            int? durationSecondsMax = null,
            int? intervalMinutesMin = null,
            int? intervalMinutesMax = null,
            int? sessionsPerWeek = null,
            int? durationDays = null)
        {
            Frequency = frequency is null ? null : Guard.NotBlank(frequency, nameof(frequency));
            (HoldSecondsMin, HoldSecondsMax) = Span(holdSecondsMin, holdSecondsMax, nameof(holdSecondsMin), nameof(holdSecondsMax));
            Repetitions = Guard.InRange(repetitions, 1, 1000, nameof(repetitions));
            PerSide = perSide;
            (PauseSecondsMin, PauseSecondsMax) = Span(pauseSecondsMin, pauseSecondsMax, nameof(pauseSecondsMin), nameof(pauseSecondsMax));
            (DurationSecondsMin, DurationSecondsMax) = Span(durationSecondsMin, durationSecondsMax, nameof(durationSecondsMin), nameof(durationSecondsMax));
            (IntervalMinutesMin, IntervalMinutesMax) = Span(intervalMinutesMin, intervalMinutesMax, nameof(intervalMinutesMin), nameof(intervalMinutesMax));
            SessionsPerWeek = Guard.InRange(sessionsPerWeek, 1, 14, nameof(sessionsPerWeek));
            DurationDays = Guard.InRange(durationDays, 1, 3650, nameof(durationDays));
            if (frequency is null && holdSecondsMin is null && repetitions is null && durationSecondsMin is null && intervalMinutesMin is null && sessionsPerWeek is null && durationDays is null)
            {
                throw new ArgumentException("A dose needs at least a frequency, a hold, repetitions, a duration, an interval or sessions a week.", nameof(frequency));
            }
        }

        /// <summary>How often, in plain words.</summary>
        public string? Frequency { get; }

        /// <summary>Shortest hold, in seconds.</summary>
        public int? HoldSecondsMin { get; }

        /// <summary>Longest hold, in seconds.</summary>
        public int? HoldSecondsMax { get; }

        /// <summary>Repetitions per session.</summary>
        public int? Repetitions { get; }

        /// <summary>Whether the repetitions are for each side.</summary>
        public bool? PerSide { get; }

        /// <summary>Shortest pause within a repetition, in seconds.</summary>
        public int? PauseSecondsMin { get; }

        /// <summary>Longest pause within a repetition, in seconds.</summary>
        public int? PauseSecondsMax { get; }

        /// <summary>Shortest session or break, in seconds.</summary>
        public int? DurationSecondsMin { get; }

        /// <summary>Longest session or break, in seconds.</summary>
        public int? DurationSecondsMax { get; }

        /// <summary>Shortest time between sessions, in minutes.</summary>
        public int? IntervalMinutesMin { get; }

        /// <summary>Longest time between sessions, in minutes.</summary>
        public int? IntervalMinutesMax { get; }

        /// <summary>Sessions a week.</summary>
        public int? SessionsPerWeek { get; }

        /// <summary>How many days the advice lasts.</summary>
        public int? DurationDays { get; }

        // The same amounts with the wording from the text catalogue (see RecommendationRule).
        internal Dose WithFrequency(string frequency) => new Dose(
            frequency, HoldSecondsMin, HoldSecondsMax, Repetitions, PerSide, PauseSecondsMin, PauseSecondsMax, DurationSecondsMin,
            DurationSecondsMax, IntervalMinutesMin, IntervalMinutesMax, SessionsPerWeek, DurationDays);

        private static (int? Min, int? Max) Span(int? min, int? max, string minName, string maxName)
        {
            if (min is null && max is not null)
            {
                throw new ArgumentException($"{maxName} needs {minName}.", minName);
            }

            Guard.InRange(min, 1, 86400, minName);
            Guard.InRange(max, 1, 86400, maxName);
            if (min > max)
            {
                throw new ArgumentException($"{minName} ({min}) must not exceed {maxName} ({max}).", minName);
            }

            return (min, max ?? min);
        }
    }
}
