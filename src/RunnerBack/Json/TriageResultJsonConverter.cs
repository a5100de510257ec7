using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnerBack.Json
{
    /// <summary>
    /// Reads and writes a <see cref="TriageResult"/> as the wire contract's result JSON inside an
    /// app's own System.Text.Json payloads, whatever the app's <see cref="JsonSerializerOptions"/>
    /// (naming policy, enum handling) say.
    /// </summary>
    /// <remarks>
    /// <see cref="TriageResult"/> carries this converter in a <see cref="JsonConverterAttribute"/>, so
    /// <see cref="JsonSerializer"/>, an app's source-generated <see cref="JsonSerializerContext"/> and
    /// ASP.NET Core all use it without registration. The result is written in full, trace included,
    /// as <see cref="TriageJson.Serialize(TriageResult, bool, TraceDetail)"/> writes it; reading
    /// ignores fields it does not know, as <see cref="TriageJson.DeserializeResult(string)"/> does.
    /// Stateless and thread-safe.
    /// </remarks>
    public sealed class TriageResultJsonConverter : JsonConverter<TriageResult>
    {
        /// <inheritdoc/>
        /// <exception cref="JsonException">The value is not a result of the contract; the message says where.</exception>
        public override TriageResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var json = EmbeddedJson.ReadValue(ref reader);
            try
            {
                return TriageJson.DeserializeResultUtf8(json);
            }
            catch (FormatException error)
            {
                throw new JsonException(error.Message, error);
            }
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, TriageResult value, JsonSerializerOptions options) =>
            ResultFormat.Result.Write(Guard.NotNull(writer, nameof(writer)), Guard.NotNull(value, nameof(value)), TraceDetail.All);
    }
}
