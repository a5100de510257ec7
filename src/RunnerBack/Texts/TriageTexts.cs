using System.Collections.Generic;

namespace RunnerBack
{
    /// <summary>
    /// RunnerBack's runner-facing texts by stable key, for an app that shows a result its own way:
    /// the disposition labels and headings of a plain-text report (<c>report.disposition.emergency</c>,
    /// <c>report.redFlags</c>), dose wording (<c>dose.repetitions</c>, with <c>{count}</c>) and the
    /// answer labels (<c>answer.notSure</c>). docs/languages.md lists the keys.
    /// </summary>
    /// <remarks>Thread-safe. Every key is in every language; a language tag falls back as <see cref="Languages.Resolve"/> says.</remarks>
    public static class TriageTexts
    {
        /// <summary>The text for <paramref name="key"/> in <paramref name="language"/> (English when null).</summary>
        /// <exception cref="KeyNotFoundException">No text has this key.</exception>
        public static string Get(string key, string? language = null) => TextCatalogue.For(language)[Guard.NotNull(key, nameof(key))];

        /// <summary>Every key, the same in every language.</summary>
        public static IEnumerable<string> Keys => TextCatalogue.English.Keys;
    }
}
