using System;
using System.Collections.Generic;
using System.IO;
using System.Globalization;
using System.Text;

namespace RunnerBack
{
    // Every sentence a runner or clinician reads, keyed by a stable code: one JSON file per language
    // (Texts/en.json), embedded in the assembly. Rules hold logic, codes and doses; their texts come
    // from here. A plain JSON object of strings is something a clinician or translator can review and
    // edit without reading C#, and reading it takes no reflection, so it works trimmed, under
    // NativeAOT and in globalization-invariant mode. Languages are plain tags ("en",
    // "pt-BR"), never a CultureInfo, so the process culture cannot change a text.
    // Immutable once loaded; thread-safe.
    internal sealed class TextCatalogue
    {
        private const string ResourcePrefix = "RunnerBack.Texts.";

        private static readonly Lazy<TextCatalogue> LazyEnglish = new Lazy<TextCatalogue>(() => Load("en"));

        // One per supported language, loaded on first use; index as in Languages.Supported.
        private static readonly Lazy<TextCatalogue>[] Loaded = Array.ConvertAll(Languages.Supported, language => language == "en" ? LazyEnglish : new Lazy<TextCatalogue>(() => Load(language)));

        private readonly Dictionary<string, string> _texts;

        private TextCatalogue(string language, Dictionary<string, string> texts)
        {
            Language = language;
            _texts = texts;
        }

        // The catalogue every other language falls back to.
        public static TextCatalogue English => LazyEnglish.Value;

        public string Language { get; }

        // The catalogue for a language tag, after fallback (pt-BR, then pt, then en): never null.
        public static TextCatalogue For(string? language) => Loaded[Array.IndexOf(Languages.Supported, Languages.Resolve(language))].Value;

        public IEnumerable<string> Keys => _texts.Keys;

        public string this[string key] =>
            _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException(DeveloperMessages.MissingText(key, Language));

        // The text with {name} replaced by value: templates name their one placeholder.
        public string Format(string key, string name, string value) => this[key].Replace("{" + name + "}", value);

        public string Format(string key, string name1, string value1, string name2, string value2) =>
            Format(key, name1, value1).Replace("{" + name2 + "}", value2);

        public bool Contains(string key) => _texts.ContainsKey(key);

        internal static TextCatalogue Load(string language)
        {
            using var stream = typeof(TextCatalogue).Assembly.GetManifestResourceStream(ResourcePrefix + language + ".json")
                ?? throw new InvalidOperationException(DeveloperMessages.NoCatalogue(language));
            var bytes = new byte[stream.Length];
            var read = 0;
            while (read < bytes.Length)
            {
                var count = stream.Read(bytes, read, bytes.Length - read);
                read += count > 0 ? count : throw new EndOfStreamException();
            }

            var texts = Parse(bytes, language);

            // A regional variant (pt-BR) holds only the texts that differ from its parent's (pt).
            var dash = language.IndexOf('-');
            if (dash > 0)
            {
                foreach (var key in For(language.Substring(0, dash)).Keys)
                {
                    if (!texts.ContainsKey(key))
                    {
                        texts.Add(key, For(language.Substring(0, dash))[key]);
                    }
                }
            }

            return new TextCatalogue(language, texts);
        }

        // A regional variant's own texts, without its parent's: for the tests that check it holds only differences.
        internal static IReadOnlyDictionary<string, string> OwnTexts(string language)
        {
            using var stream = typeof(TextCatalogue).Assembly.GetManifestResourceStream(ResourcePrefix + language + ".json")
                ?? throw new InvalidOperationException(DeveloperMessages.NoCatalogue(language));
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return Parse(copy.ToArray(), language);
        }

        // A flat JSON object of strings; anything else is a broken catalogue, and a test loads every
        // one. Read by hand rather than with System.Text.Json, which a process that only assesses
        // would otherwise load at its first result (about 15 ms on a 2-core machine).
        internal static Dictionary<string, string> Parse(byte[] utf8, string language)
        {
            var text = Encoding.UTF8.GetString(utf8);
            var texts = new Dictionary<string, string>(256, StringComparer.Ordinal);
            var at = Skip(text, text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
            var broken = at >= text.Length || text[at] != '{';
            at = Skip(text, at + 1);
            while (!broken && at < text.Length && text[at] != '}')
            {
                var key = ReadString(text, ref at);
                at = Skip(text, at);
                broken = key is null || at >= text.Length || text[at] != ':';
                at = Skip(text, at + 1);
                var value = broken ? null : ReadString(text, ref at);
                broken |= value is null || value.Trim().Length == 0 || texts.ContainsKey(key!);
                if (!broken)
                {
                    texts.Add(key!, value!);
                }

                // A comma and another entry, or the end of the object.
                at = Skip(text, at);
                var comma = !broken && at < text.Length && text[at] == ',';
                at = comma ? Skip(text, at + 1) : at;
                broken |= comma ? at >= text.Length || text[at] != '"' : at >= text.Length || text[at] != '}';
            }

            if (broken || at >= text.Length || Skip(text, at + 1) != text.Length)
            {
                throw new InvalidDataException(DeveloperMessages.BrokenCatalogue(language, $"it is not a flat JSON object of texts (at character {at})"));
            }

            return texts;
        }

        private static int Skip(string text, int at)
        {
            while (at < text.Length && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r' || text[at] == '\t'))
            {
                at++;
            }

            return at;
        }

        // A JSON string at `at`, unescaped; null when there is none.
        private static string? ReadString(string text, ref int at)
        {
            if (at >= text.Length || text[at] != '"')
            {
                return null;
            }

            var value = new StringBuilder();
            for (at++; at < text.Length && text[at] != '"'; at++)
            {
                if (text[at] != '\\')
                {
                    value.Append(text[at]);
                    continue;
                }

                var escape = ++at < text.Length ? text[at] : '?';
                var code = escape == 'u' && at + 4 < text.Length ? ushort.Parse(text.Substring(at + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture) : -1;
                value.Append(escape switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', 'u' => (char)code, _ => escape });
                at += escape == 'u' ? 4 : 0;
            }

            return at++ < text.Length ? value.ToString() : null;
        }
    }
}
