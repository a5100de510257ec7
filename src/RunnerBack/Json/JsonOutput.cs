using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace RunnerBack.Json
{
    // How every document RunnerBack writes is encoded: UTF-8 with letters as themselves ("síntomas",
    // not "s\u00EDntomas"), as the contract asks. The encoder still escapes control characters and
    // the HTML-sensitive ones (<, >, &, ', "), so a result can be embedded in a page as it is; the
    // "unsafe relaxed" encoder would not.
    internal static class JsonOutput
    {
        public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

        public static JsonWriterOptions Options(bool indented) => indented ? Indented : Compact;

        private static readonly JsonWriterOptions Compact = new JsonWriterOptions { Encoder = Encoder };

        private static readonly JsonWriterOptions Indented = new JsonWriterOptions { Encoder = Encoder, Indented = true };
    }
}
