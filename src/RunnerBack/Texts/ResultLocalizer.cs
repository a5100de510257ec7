using System;
using System.Collections.Generic;

namespace RunnerBack
{
    // Puts a result the engine assembled in English into another language, and names the emergency
    // number for a region. Each built-in text carries its catalogue key and is replaced by the same
    // key's text in the target catalogue; a custom rule's own texts carry no key and are left as
    // they are (they are the app's to translate), even when their words are a built-in's. The
    // English, no-region case returns the result unchanged, so the default path allocates nothing
    // more. Thread-safe.
    internal static class ResultLocalizer
    {
        // Placeholders a runner-facing result text may hold, filled here.
        private const string NumberPlaceholder = "{emergencyNumber}";

        private const string ScopeNoteKey = "result.scopeNote";

        private static readonly string[] RuleKinds = { "redFlag", "stopSignal", "contributor", "recommendation" };

        private static readonly string[] RuleTextFields = { "explanation", "urgentExplanation", "title", "instructions", "urgentInstructions", "frequency" };

        // One headline per disposition (at most 140 characters, checked by a test): what to do now.
        private static readonly string[] HeadlineKeys =
        {
            "headline.keepRunning", "headline.runWithModifications", "headline.stopAndRest", "headline.seeProfessional", "headline.urgentCare", "headline.emergency",
        };

        // The English text a built-in rule holds: templates are filled with the no-region phrase.
        public static string English(string key) => Fill(TextCatalogue.English, key, null);

        public static string Headline(Disposition disposition) => TextCatalogue.English[HeadlineKeys[(int)disposition]];

        // The rules were written for the upper back: the note for pain elsewhere.
        public static string ScopeNote => TextCatalogue.English[ScopeNoteKey];

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
                findings[i] = f.ExplanationKey is { } key ? new Finding(f.Code, f.Kind, f.MinimumDisposition, Fill(texts, key, region), key) : f;
                if (findings[i].RedFlag is { } redFlag)
                {
                    redFlags.Add(redFlag);
                }
            }

            var contributors = new Contributor[result.Contributors.Count];
            for (var i = 0; i < contributors.Length; i++)
            {
                var c = result.Contributors[i];
                contributors[i] = c.ExplanationKey is { } key ? new Contributor(c.Code, Fill(texts, key, region), key) : c;
            }

            var recommendations = new Recommendation[result.Recommendations.Count];
            for (var i = 0; i < recommendations.Length; i++)
            {
                var r = result.Recommendations[i];
                recommendations[i] = r.TitleKey is null && r.InstructionsKey is null && r.FrequencyKey is null ? r : new Recommendation(
                    r.Code,
                    r.Category,
                    Translate(texts, r.TitleKey, r.Title, region),
                    Translate(texts, r.InstructionsKey, r.Instructions, region),
                    r.FrequencyKey is { } frequency && r.Dose.Frequency is not null ? r.Dose.WithFrequency(Fill(texts, frequency, region)) : r.Dose,
                    r.TitleKey,
                    r.InstructionsKey,
                    r.FrequencyKey);
            }

            var changes = new DispositionChange[result.WhatWouldChange.Count];
            for (var i = 0; i < changes.Length; i++)
            {
                changes[i] = result.WhatWouldChange[i].InLanguage(language);
            }

            return new TriageResult(
                result.Disposition,
                Fill(texts, HeadlineKeys[(int)result.Disposition], region),
                new ValueList<RedFlag>(redFlags.ToArray()),
                new ValueList<Finding>(findings),
                new ValueList<Contributor>(contributors),
                new ValueList<Recommendation>(recommendations),
                result.Trace,
                result.IsComplete,
                result.RuleSetVersion,
                new ValueList<DispositionChange>(changes),
                result.RequestId,
                result.ScopeNote is null ? null : Fill(texts, ScopeNoteKey, region),
                language);
        }

        // The target language's text under a built-in text's key, or an app's own text as it is.
        private static string Translate(TextCatalogue texts, string? key, string text, string? region) => key is null ? text : Fill(texts, key, region);

        private static string Fill(TextCatalogue texts, string key, string? region)
        {
            var text = texts[key];
            return text.IndexOf(NumberPlaceholder, StringComparison.Ordinal) < 0 ? text : text.Replace(NumberPlaceholder, EmergencyNumbers.Phrase(texts, region));
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
