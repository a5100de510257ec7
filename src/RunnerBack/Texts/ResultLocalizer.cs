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
                findings[i] = Translate(f, texts, region);
                if (findings[i].RedFlag is { } redFlag)
                {
                    redFlags.Add(redFlag);
                }
            }

            var contributors = new Contributor[result.Contributors.Count];
            for (var i = 0; i < contributors.Length; i++)
            {
                contributors[i] = Translate(result.Contributors[i], texts, region);
            }

            var recommendations = new Recommendation[result.Recommendations.Count];
            for (var i = 0; i < recommendations.Length; i++)
            {
                recommendations[i] = Translate(result.Recommendations[i], texts, region);
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

        // An app's own item (no keys) keeps its words; a built-in one is translated once per
        // language, and per region when one of its texts names the emergency number.
        private static Finding Translate(Finding f, TextCatalogue texts, string? region) =>
            f.ExplanationKey is null ? f : Shared(
                f,
                texts,
                region,
                static (x, t) => NamesTheNumber(t, x.ExplanationKey),
                static x => x.Translations ??= new TranslationCache<Finding>(),
                static (x, t, r) => new Finding(x.Code, x.Kind, x.MinimumDisposition, Fill(t, x.ExplanationKey!, r), x.ExplanationKey));

        private static Contributor Translate(Contributor c, TextCatalogue texts, string? region) =>
            c.ExplanationKey is null ? c : Shared(
                c,
                texts,
                region,
                static (x, t) => NamesTheNumber(t, x.ExplanationKey),
                static x => x.Translations ??= new TranslationCache<Contributor>(),
                static (x, t, r) => new Contributor(x.Code, Fill(t, x.ExplanationKey!, r), x.ExplanationKey));

        private static Recommendation Translate(Recommendation r, TextCatalogue texts, string? region) =>
            r.TitleKey is null && r.InstructionsKey is null && r.FrequencyKey is null ? r : Shared(
                r,
                texts,
                region,
                static (x, t) => NamesTheNumber(t, x.TitleKey) || NamesTheNumber(t, x.InstructionsKey) || NamesTheNumber(t, x.FrequencyKey),
                static x => x.Translations ??= new TranslationCache<Recommendation>(),
                static (x, t, region) => new Recommendation(
                    x.Code,
                    x.Category,
                    x.TitleKey is { } title ? Fill(t, title, region) : x.Title,
                    x.InstructionsKey is { } instructions ? Fill(t, instructions, region) : x.Instructions,
                    x.FrequencyKey is { } frequency && x.Dose.Frequency is not null ? x.Dose.WithFrequency(Fill(t, frequency, region)) : x.Dose,
                    x.TitleKey,
                    x.InstructionsKey,
                    x.FrequencyKey));

        // The lambdas capture nothing, so no call allocates a delegate.
        private static T Shared<T>(T item, TextCatalogue texts, string? region, Func<T, TextCatalogue, bool> namesTheNumber, Func<T, TranslationCache<T>> cacheOf, Func<T, TextCatalogue, string?, T> translate)
            where T : class
        {
            var regional = namesTheNumber(item, texts) ? region : null;
            if (regional is null && texts.Language == Languages.English)
            {
                return item;
            }

            var cache = cacheOf(item);
            return cache.TryGet(texts.Language, regional, out var translated) ? translated : cache.Add(texts.Language, regional, translate(item, texts, region));
        }

        private static bool NamesTheNumber(TextCatalogue texts, string? key) => key is not null && texts[key].IndexOf(NumberPlaceholder, StringComparison.Ordinal) >= 0;

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
