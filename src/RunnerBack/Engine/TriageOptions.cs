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
            foreach (var option in OptionTable.All)
            {
                option.Check(this, problems);
            }

            return problems;
        }

        /// <summary>
        /// Reads options from text settings, as a configuration file holds them: each key ends with an
        /// option's name (<c>StopPainLevel</c>, or <c>RunnerBack:StopPainLevel</c> with the section's
        /// path before it), matched ignoring case; each value is its text in the invariant culture
        /// (<c>FailSafe</c> or <c>Throw</c> for the fault policy, an empty text for no region).
        /// Options not named keep their defaults.
        /// </summary>
        /// <param name="settings">The settings; a null value stands for a section, which no option is.</param>
        /// <param name="problems">
        /// Every key that is not an option and every value that does not read, each naming its key;
        /// empty when every setting was read. Ranges are <see cref="Validate"/>'s, which the engine
        /// builder runs too.
        /// </param>
        /// <returns>The options read; use them only when <paramref name="problems"/> is empty.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
        public static TriageOptions FromSettings(IEnumerable<KeyValuePair<string, string?>> settings, out IReadOnlyList<string> problems)
        {
            var found = new List<string>();
            var options = Default;
            foreach (var setting in Guard.NotNull(settings, nameof(settings)))
            {
                var name = setting.Key.Substring(setting.Key.LastIndexOf(':') + 1);
                var option = Array.Find(OptionTable.All, o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
                if (option is null)
                {
                    found.Add(DeveloperMessages.NotAnOption(setting.Key, string.Join(", ", Array.ConvertAll(OptionTable.All, o => o.Name))));
                }
                else if (setting.Value is not { } text)
                {
                    found.Add(DeveloperMessages.NotASingleValue(setting.Key));
                }
                else
                {
                    options = option.Read(options, setting.Key, text, found);
                }
            }

            problems = found;
            return options;
        }
    }
}
