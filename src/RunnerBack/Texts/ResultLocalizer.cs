using System;
using System.Collections.Generic;

namespace RunnerBack
{
    // Puts a result the engine assembled in English into another language, and names the emergency
    // number for a region. Each runner-facing text of a built-in rule is found by its English
    // wording and replaced by the same key's text in the target catalogue; a custom rule's own texts
    // are left as they are (they are the app's to translate). The English, no-region case returns
    // the result unchanged, so the default path allocates nothing more. Thread-safe.
    internal static class ResultLocalizer
    {
        // Placeholders a runner-facing result text may hold, filled here.
        private const string NumberPlaceholder = "{emergencyNumber}";

        private static readonly string[] RuleKinds = { "redFlag", "stopSignal", "contributor", "recommendation" };

        private static readonly string[] RuleTextFields = { "explanation", "urgentExplanation", "title", "instructions", "urgentInstructions", "frequency" };

        private static readonly Lazy<Dictionary<string, string>> KeysByEnglishText = new Lazy<Dictionary<string, string>>(BuildReverseMap);

        // The English text a built-in rule holds: templates are filled with the no-region phrase.
        public static string English(string key) => Fill(TextCatalogue.English, key, null);

        public static TriageResult Localize(TriageResult result, string language, string? region)
        {
            if (language == Languages.English && EmergencyNumbers.Lookup(region) is null)
            {
                return result;
            }

            var texts = TextCatalogue.For(language);
            var findings = new Finding[result.Findings.Count];
            var redFlags = new List<RedFlag>();
            for (var i = 0; i < findings.Length; i++)
            {
                var f = result.Findings[i];
                findings[i] = new Finding(f.Code, f.Kind, f.MinimumDisposition, Translate(texts, f.Explanation, region));
                if (findings[i].RedFlag is { } redFlag)
                {
                    redFlags.Add(redFlag);
                }
            }

            var contributors = new Contributor[result.Contributors.Count];
            for (var i = 0; i < contributors.Length; i++)
            {
                contributors[i] = new Contributor(result.Contributors[i].Code, Translate(texts, result.Contributors[i].Explanation, region));
            }

            var recommendations = new Recommendation[result.Recommendations.Count];
            for (var i = 0; i < recommendations.Length; i++)
            {
                var r = result.Recommendations[i];
                var dose = r.Dose.Frequency is { } frequency ? r.Dose.WithFrequency(Translate(texts, frequency, region)) : r.Dose;
                recommendations[i] = new Recommendation(r.Code, r.Category, Translate(texts, r.Title, region), Translate(texts, r.Instructions, region), dose);
            }

            var changes = new DispositionChange[result.WhatWouldChange.Count];
            for (var i = 0; i < changes.Length; i++)
            {
                changes[i] = result.WhatWouldChange[i].InLanguage(language);
            }

            return new TriageResult(
                result.Disposition,
                Translate(texts, result.Headline, region),
                new ValueList<RedFlag>(redFlags.ToArray()),
                new ValueList<Finding>(findings),
                new ValueList<Contributor>(contributors),
                new ValueList<Recommendation>(recommendations),
                result.Trace,
                result.IsComplete,
                result.RuleSetVersion,
                new ValueList<DispositionChange>(changes),
                result.RequestId,
                result.ScopeNote is { } note ? Translate(texts, note, region) : null,
                language);
        }

        // The target language's text for a built-in text, or the text itself when it is not one.
        private static string Translate(TextCatalogue texts, string english, string? region) =>
            KeysByEnglishText.Value.TryGetValue(english, out var key) ? Fill(texts, key, region) : english;

        private static string Fill(TextCatalogue texts, string key, string? region)
        {
            var text = texts[key];
            return text.IndexOf(NumberPlaceholder, StringComparison.Ordinal) < 0 ? text : text.Replace(NumberPlaceholder, EmergencyNumbers.Phrase(texts, region));
        }

        private static Dictionary<string, string> BuildReverseMap()
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in TextCatalogue.English.Keys)
            {
                if (IsResultText(key))
                {
                    // Two keys with one English wording would be ambiguous; a test keeps them unique.
                    map[English(key)] = key;
                }
            }

            return map;
        }

        // Headlines, the scope note and the disclaimer, and the runner-facing texts of every rule:
        // explanations, titles, instructions and dose wording (not the rules' descriptions).
        internal static bool IsResultText(string key)
        {
            if (key.StartsWith("headline.", StringComparison.Ordinal) || key == "result.scopeNote" || key == "result.disclaimer")
            {
                return true;
            }

            var parts = key.Split('.');
            return parts.Length == 3
                && Array.IndexOf(RuleKinds, parts[0]) >= 0
                && Array.IndexOf(RuleTextFields, parts[2]) >= 0;
        }
    }
}
