using System;
using System.Collections.Generic;
using System.Globalization;

namespace RunnerBack
{
    // One triage option, declared once (OptionTable): its name, its range, how it reads from text
    // and how it enters the engine's fingerprint. TriageOptions.Validate, TriageOptions.FromSettings
    // and EngineFingerprint all go through the declarations, so adding an option is one entry.
    internal abstract class OptionDeclaration(string name, bool inFingerprint)
    {
        // The C# name, which is also the configuration key.
        public string Name { get; } = name;

        // The name in messages and in the JSON world: stopPainLevel.
        public string WireName { get; } = char.ToLowerInvariant(name[0]) + name.Substring(1);

        // Whether the option changes triage; language and region change only the words.
        public bool InFingerprint { get; } = inFingerprint;

        public abstract void Check(TriageOptions options, List<string> problems);

        // The options with this one read from text; a problem, naming `key`, when it does not read.
        public abstract TriageOptions Read(TriageOptions options, string key, string text, List<string> problems);

        // The value as the fingerprint writes it, the same text in every culture.
        public abstract string Canonical(TriageOptions options);
    }

    // A whole number whose lower bound may be another option (severePainLevel from stopPainLevel).
    internal sealed class WholeNumberOption(string name, Func<TriageOptions, int> get, Func<TriageOptions, int, TriageOptions> set, Func<TriageOptions, int> min, int max)
        : OptionDeclaration(name, inFingerprint: true)
    {
        public override void Check(TriageOptions options, List<string> problems)
        {
            var value = get(options);
            if (value < min(options) || value > max)
            {
                problems.Add(DeveloperMessages.OutOfRange(WireName, min(options), max, value));
            }
        }

        public override TriageOptions Read(TriageOptions options, string key, string text, List<string> problems)
        {
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return set(options, value);
            }

            problems.Add(DeveloperMessages.NotAWholeNumber(key, text));
            return options;
        }

        public override string Canonical(TriageOptions options) => get(options).ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class NumberOption(string name, Func<TriageOptions, double> get, Func<TriageOptions, double, TriageOptions> set, double min, double max)
        : OptionDeclaration(name, inFingerprint: true)
    {
        public override void Check(TriageOptions options, List<string> problems)
        {
            var value = get(options);
            if (double.IsNaN(value) || value < min || value > max)
            {
                problems.Add(DeveloperMessages.OutOfRange(WireName, min, max, value));
            }
        }

        public override TriageOptions Read(TriageOptions options, string key, string text, List<string> problems)
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value) && !double.IsInfinity(value))
            {
                return set(options, value);
            }

            problems.Add(DeveloperMessages.NotANumber(key, text));
            return options;
        }

        public override string Canonical(TriageOptions options) => get(options).ToString(CultureInfo.InvariantCulture);
    }

    // The fault policy, read by name only: "1" would otherwise read as Throw.
    internal sealed class FaultPolicyOption()
        : OptionDeclaration(nameof(TriageOptions.FaultPolicy), inFingerprint: true)
    {
        public override void Check(TriageOptions options, List<string> problems)
        {
            if (!EnumSet<FaultPolicy>.IsDefinedValue(options.FaultPolicy))
            {
                problems.Add(DeveloperMessages.UnknownFaultPolicy((int)options.FaultPolicy));
            }
        }

        public override TriageOptions Read(TriageOptions options, string key, string text, List<string> problems)
        {
            for (var policy = (FaultPolicy)0; EnumSet<FaultPolicy>.IsDefinedValue(policy); policy++)
            {
                if (string.Equals(policy.ToString(), text, StringComparison.OrdinalIgnoreCase))
                {
                    return options with { FaultPolicy = policy };
                }
            }

            problems.Add(DeveloperMessages.NotAFaultPolicy(key, text));
            return options;
        }

        public override string Canonical(TriageOptions options) => ((int)options.FaultPolicy).ToString(CultureInfo.InvariantCulture);
    }

    // A text with a shape (a language tag, a country code); empty text in settings means none
    // where none is allowed.
    internal sealed class TextOption(string name, Func<TriageOptions, string?> get, Func<TriageOptions, string?, TriageOptions> set, bool optional, Func<string, bool> wellFormed, Func<string, string?, string> refusal)
        : OptionDeclaration(name, inFingerprint: false)
    {
        public override void Check(TriageOptions options, List<string> problems)
        {
            var value = get(options);
            if (value is null ? !optional : !wellFormed(value))
            {
                problems.Add(refusal(WireName, value));
            }
        }

        public override TriageOptions Read(TriageOptions options, string key, string text, List<string> problems) =>
            set(options, optional && text.Length == 0 ? null : text);

        public override string Canonical(TriageOptions options) => get(options) ?? string.Empty;
    }
}
