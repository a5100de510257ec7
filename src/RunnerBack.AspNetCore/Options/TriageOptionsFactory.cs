using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace RunnerBack.AspNetCore.Options
{
    // Makes TriageOptions from a configuration section. TriageOptions is immutable (init-only), which
    // ASP.NET's configuration binder cannot fill, so the section is read here, key by key: a key the
    // options do not have (a typo) or a value of the wrong kind is a problem, never silently skipped,
    // and every problem, with the engine's own range checks, comes in one OptionsValidationException.
    internal sealed class TriageOptionsFactory : IOptionsFactory<TriageOptions>
    {
        private readonly IConfiguration _section;
        private readonly IEnumerable<IValidateOptions<TriageOptions>> _validators;

        public TriageOptionsFactory(RunnerBackConfigurationSection section, IEnumerable<IValidateOptions<TriageOptions>> validators)
        {
            _section = section.Configuration;
            _validators = validators;
        }

        public TriageOptions Create(string name)
        {
            var problems = new List<string>();
            var options = Read(_section, problems);
            foreach (var validator in _validators)
            {
                var result = validator.Validate(name, options);
                if (result.Failed)
                {
                    problems.AddRange(result.Failures);
                }
            }

            return problems.Count == 0 ? options : throw new OptionsValidationException(name, typeof(TriageOptions), problems);
        }

        // Every option, by its C# name (the configuration key, matched ignoring case), with how its
        // value is read. OptionsFromConfigurationTests checks that each TriageOptions property is here.
        internal static readonly IReadOnlyDictionary<string, Func<TriageOptions, string, string, List<string>, TriageOptions>> Readers =
            new Dictionary<string, Func<TriageOptions, string, string, List<string>, TriageOptions>>(StringComparer.OrdinalIgnoreCase)
            {
                [nameof(TriageOptions.StopPainLevel)] = (o, key, value, problems) => o with { StopPainLevel = Integer(key, value, o.StopPainLevel, problems) },
                [nameof(TriageOptions.SeverePainLevel)] = (o, key, value, problems) => o with { SeverePainLevel = Integer(key, value, o.SeverePainLevel, problems) },
                [nameof(TriageOptions.PersistentDaysWithSelfCare)] = (o, key, value, problems) => o with { PersistentDaysWithSelfCare = Integer(key, value, o.PersistentDaysWithSelfCare, problems) },
                [nameof(TriageOptions.PersistentDaysWithoutSelfCare)] = (o, key, value, problems) => o with { PersistentDaysWithoutSelfCare = Integer(key, value, o.PersistentDaysWithoutSelfCare, problems) },
                [nameof(TriageOptions.ProlongedSittingHours)] = (o, key, value, problems) => o with { ProlongedSittingHours = Number(key, value, o.ProlongedSittingHours, problems) },
                [nameof(TriageOptions.ShoeReplacementKm)] = (o, key, value, problems) => o with { ShoeReplacementKm = Number(key, value, o.ShoeReplacementKm, problems) },
                [nameof(TriageOptions.FaultPolicy)] = (o, key, value, problems) => o with { FaultPolicy = Policy(key, value, o.FaultPolicy, problems) },
                [nameof(TriageOptions.Language)] = (o, _, value, _) => o with { Language = value },
                [nameof(TriageOptions.Region)] = (o, _, value, _) => o with { Region = value.Length == 0 ? null : value },
            };

        private static TriageOptions Read(IConfiguration section, List<string> problems)
        {
            var options = TriageOptions.Default;
            foreach (var entry in section.GetChildren())
            {
                var key = Where(section, entry.Key);
                if (!Readers.TryGetValue(entry.Key, out var read))
                {
                    problems.Add($"{key} is not a RunnerBack option ({string.Join(", ", Readers.Keys)}).");
                }
                else if (entry.Value is not { } value)
                {
                    problems.Add($"{key} must be a single value, not a section.");
                }
                else
                {
                    options = read(options, key, value, problems);
                }
            }

            return options;
        }

        private static FaultPolicy Policy(string key, string value, FaultPolicy fallback, List<string> problems)
        {
            // By name only: "1" would otherwise parse as Throw.
            if (!int.TryParse(value, out _) && Enum.TryParse<FaultPolicy>(value, ignoreCase: true, out var policy) && Enum.IsDefined(policy))
            {
                return policy;
            }

            problems.Add($"{key} must be {string.Join(" or ", Enum.GetNames<FaultPolicy>())}, not '{value}'.");
            return fallback;
        }

        private static string Where(IConfiguration section, string key) =>
            section is IConfigurationSection named ? named.Path + ":" + key : key;

        private static int Integer(string key, string value, int fallback, List<string> problems)
        {
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            problems.Add($"{key} must be a whole number, not '{value}'.");
            return fallback;
        }

        private static double Number(string key, string value, double fallback, List<string> problems)
        {
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                return number;
            }

            problems.Add($"{key} must be a number, not '{value}'.");
            return fallback;
        }
    }

    // The section AddRunnerBackTriage was given, as a service for the factory.
    internal sealed record RunnerBackConfigurationSection(IConfiguration Configuration);
}
