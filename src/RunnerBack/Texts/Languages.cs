using System;

namespace RunnerBack
{
    /// <summary>
    /// The languages RunnerBack's texts come in, and how a requested language tag is matched to
    /// one: the tag itself, then its parent (pt-BR, then pt; es-MX, then es), then English.
    /// </summary>
    /// <remarks>
    /// Tags are plain strings compared without regard to case ("PT-br" is pt-BR); no
    /// <see cref="System.Globalization.CultureInfo"/> is involved, so the process culture and
    /// globalization-invariant mode change nothing. Thread-safe.
    /// </remarks>
    public static class Languages
    {
        /// <summary>The default language, and the last fallback.</summary>
        public static string English { get; } = "en";

        // Each has Texts/<tag>.json, embedded as RunnerBack.Texts.<tag>.json: adding a language is
        // adding its file. English first, then by tag; a regional variant holds only its differences
        // from its parent. Resource names survive trimming and NativeAOT.
        internal static readonly string[] Supported = Discover();

        /// <summary>The supported language tags, English first: de, en, es, fr, pt and pt-BR today.</summary>
        public static System.Collections.Generic.IReadOnlyList<string> All { get; } = Array.AsReadOnly(Supported);

        /// <summary>
        /// The supported language a tag falls back to: the tag, then each shorter parent, then
        /// <see cref="English"/>. Null, empty and unsupported tags give English.
        /// </summary>
        /// <param name="tag">A language tag such as <c>pt-BR</c> or <c>es-MX</c>, or null.</param>
        public static string Resolve(string? tag)
        {
            var candidate = tag?.Trim() ?? string.Empty;
            while (candidate.Length > 0)
            {
                foreach (var supported in Supported)
                {
                    if (string.Equals(supported, candidate, StringComparison.OrdinalIgnoreCase))
                    {
                        return supported;
                    }
                }

                var dash = candidate.LastIndexOf('-');
                candidate = dash > 0 ? candidate.Substring(0, dash) : string.Empty;
            }

            return English;
        }

        /// <summary>
        /// True when <paramref name="tag"/> has the shape of a language tag: a two- or three-letter
        /// language, then subtags of two to eight letters or digits, separated by hyphens (en, pt-BR,
        /// es-419, zh-Hant-TW). Whether it is supported is <see cref="Resolve"/>'s business.
        /// </summary>
        public static bool IsWellFormed(string? tag)
        {
            if (tag is null || tag.Length == 0 || tag.Length > 35)
            {
                return false;
            }

            var parts = tag.Split('-');
            if (parts[0].Length is < 2 or > 3 || !AllLetters(parts[0]))
            {
                return false;
            }

            for (var i = 1; i < parts.Length; i++)
            {
                if (parts[i].Length is < 2 or > 8 || !AllLettersOrDigits(parts[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static string[] Discover()
        {
            const string Prefix = "RunnerBack.Texts.";
            var tags = new System.Collections.Generic.List<string>();
            foreach (var name in typeof(Languages).Assembly.GetManifestResourceNames())
            {
                if (name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
                {
                    tags.Add(name.Substring(Prefix.Length, name.Length - Prefix.Length - ".json".Length));
                }
            }

            tags.Sort(StringComparer.Ordinal);
            tags.Remove("en");
            tags.Insert(0, "en");
            return tags.ToArray();
        }

        private static bool AllLetters(string text)
        {
            foreach (var c in text)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AllLettersOrDigits(string text)
        {
            foreach (var c in text)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
