using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace RunnerBack.AspNetCore.Options
{
    // Makes TriageOptions from a configuration section. TriageOptions is immutable (init-only), which
    // ASP.NET's configuration binder cannot fill, so TriageOptions.FromSettings reads the section key
    // by key: a key the options do not have (a typo) or a value of the wrong kind is a problem, never
    // silently skipped, and every problem, with the engine's own range checks, comes in one
    // OptionsValidationException.
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

        // The section's entries as settings, each key with the section's path, so a problem names
        // where in appsettings it is; TriageOptions.FromSettings reads them by its one option table.
        private static TriageOptions Read(IConfiguration section, List<string> problems)
        {
            var settings = new List<KeyValuePair<string, string?>>();
            foreach (var entry in section.GetChildren())
            {
                settings.Add(new KeyValuePair<string, string?>(section is IConfigurationSection named ? named.Path + ":" + entry.Key : entry.Key, entry.Value));
            }

            var options = TriageOptions.FromSettings(settings, out var found);
            problems.AddRange(found);
            return options;
        }
    }

    // The section AddRunnerBackTriage was given, as a service for the factory.
    internal sealed record RunnerBackConfigurationSection(IConfiguration Configuration);
}
