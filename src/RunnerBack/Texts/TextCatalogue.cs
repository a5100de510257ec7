using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace RunnerBack
{
    // Every sentence a runner or clinician reads, keyed by a stable code: one JSON file per language
    // (Texts/en.json), embedded in the assembly. Rules hold logic, codes and doses; their texts come
    // from here. A plain JSON object of strings is something a clinician or translator can review and
    // edit without reading C#, and reading it takes a Utf8JsonReader and no reflection, so it works
    // trimmed, under NativeAOT and in globalization-invariant mode. Languages are plain tags ("en",
    // "pt-BR"), never a CultureInfo, so the process culture cannot change a text.
    // Immutable once loaded; thread-safe.
    internal sealed class TextCatalogue
    {
        private const string ResourcePrefix = "RunnerBack.Texts.";

        private static readonly Lazy<TextCatalogue> LazyEnglish = new Lazy<TextCatalogue>(() => Load("en"));

        private readonly Dictionary<string, string> _texts;

        private TextCatalogue(string language, Dictionary<string, string> texts)
        {
            Language = language;
            _texts = texts;
        }

        // The catalogue every other language falls back to.
        public static TextCatalogue English => LazyEnglish.Value;

        public string Language { get; }

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

            return new TextCatalogue(language, Parse(bytes, language));
        }

        // A flat object of strings; anything else is a broken catalogue, and a test loads every one.
        private static Dictionary<string, string> Parse(ReadOnlySpan<byte> utf8, string language)
        {
            var texts = new Dictionary<string, string>(256, StringComparer.Ordinal);
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InvalidDataException(DeveloperMessages.BrokenCatalogue(language, "it is not a JSON object"));
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    throw new InvalidDataException(DeveloperMessages.BrokenCatalogue(language, key + " is not a string"));
                }

                var text = reader.GetString()!;
                if (text.Trim().Length == 0 || texts.ContainsKey(key))
                {
                    throw new InvalidDataException(DeveloperMessages.BrokenCatalogue(language, key + " is empty or repeated"));
                }

                texts.Add(key, text);
            }

            return texts;
        }
    }
}
