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

        private static TriageOptions Read(IConfiguration section, List<string> problems)
        {
            var options = TriageOptions.Default;
            foreach (var entry in section.GetChildren())
            {
                var value = entry.Value;
                var key = Where(section, entry.Key);
                if (value is null)
                {
                    problems.Add($"{key} must be a single value, not a section.");
                    continue;
                }

                switch (entry.Key.ToUpperInvariant())
                {
                    case "STOPPAINLEVEL":
                        options = options with { StopPainLevel = Integer(key, value, options.StopPainLevel, problems) };
                        break;
                    case "SEVEREPAINLEVEL":
                        options = options with { SeverePainLevel = Integer(key, value, options.SeverePainLevel, problems) };
                        break;
                    case "PERSISTENTDAYSWITHSELFCARE":
                        options = options with { PersistentDaysWithSelfCare = Integer(key, value, options.PersistentDaysWithSelfCare, problems) };
                        break;
                    case "PERSISTENTDAYSWITHOUTSELFCARE":
                        options = options with { PersistentDaysWithoutSelfCare = Integer(key, value, options.PersistentDaysWithoutSelfCare, problems) };
                        break;
                    case "PROLONGEDSITTINGHOURS":
                        options = options with { ProlongedSittingHours = Number(key, value, options.ProlongedSittingHours, problems) };
                        break;
                    case "SHOEREPLACEMENTKM":
                        options = options with { ShoeReplacementKm = Number(key, value, options.ShoeReplacementKm, problems) };
                        break;
                    case "FAULTPOLICY":
                        if (Enum.TryParse<FaultPolicy>(value, ignoreCase: true, out var policy) && Enum.IsDefined(policy) && !int.TryParse(value, out _))
                        {
                            options = options with { FaultPolicy = policy };
                        }
                        else
                        {
                            problems.Add($"{key} must be FailSafe or Throw, not '{value}'.");
                        }

                        break;
                    case "LANGUAGE":
                        options = options with { Language = value };
                        break;
                    case "REGION":
                        options = options with { Region = value.Length == 0 ? null : value };
                        break;
                    default:
                        problems.Add($"{key} is not a RunnerBack option (StopPainLevel, SeverePainLevel, PersistentDaysWithSelfCare, PersistentDaysWithoutSelfCare, ProlongedSittingHours, ShoeReplacementKm, FaultPolicy, Language, Region).");
                        break;
                }
            }

            return options;
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
