using System;
using System.Text;
using System.Text.Json;

namespace RunnerBack.Json
{
    // The converters hand the value to the contract's own reader, which wants the value's bytes in
    // one span; an app's reader may be positioned in a stream's buffers, so the value is copied out.
    internal static class EmbeddedJson
    {
        public static ReadOnlySpan<byte> ReadValue(ref Utf8JsonReader reader)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return Encoding.UTF8.GetBytes(document.RootElement.GetRawText());
        }
    }
}
