using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnerBack.Json
{
    /// <summary>
    /// Reads and writes a <see cref="PainAssessment"/> as the wire contract's assessment request
    /// inside an app's own System.Text.Json payloads, whatever the app's
    /// <see cref="JsonSerializerOptions"/> say.
    /// </summary>
    /// <remarks>
    /// <see cref="PainAssessment"/> carries this converter in a <see cref="JsonConverterAttribute"/>,
    /// so <see cref="JsonSerializer"/>, an app's source-generated <see cref="JsonSerializerContext"/>
    /// and ASP.NET Core model binding all use it without registration. Reading validates as
    /// <see cref="TriageJson.ParseAssessment(ReadOnlySpan{byte})"/> does; an invalid assessment is a
    /// <see cref="JsonException"/> whose message lists every problem with its path (relative to the
    /// assessment object), code and message. To show those problems field by field, read the
    /// assessment with <see cref="TriageJson.ParseAssessment(ReadOnlySpan{byte})"/> instead.
    /// Stateless and thread-safe.
    /// </remarks>
    public sealed class PainAssessmentJsonConverter : JsonConverter<PainAssessment>
    {
        /// <inheritdoc/>
        /// <exception cref="JsonException">The assessment is invalid; the message names every problem.</exception>
        public override PainAssessment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var parsed = TriageJson.ParseAssessment(EmbeddedJson.ReadValue(ref reader));
            return parsed.Assessment
                ?? throw new JsonException(DeveloperMessages.InvalidEmbeddedAssessment(string.Join("; ", parsed.Errors.Select(e => $"{e.Path} {e.Code}: {e.Message}"))));
        }

        /// <inheritdoc/>
        /// <exception cref="ArgumentException">A safety question is unanswered (<see cref="PainAssessment.UnansweredSafetyQuestions"/>).</exception>
        public override void Write(Utf8JsonWriter writer, PainAssessment value, JsonSerializerOptions options)
        {
            Guard.NotNull(value, nameof(value)).ThrowIfUnanswered();
            RequestFormat.AssessmentObject.Write(Guard.NotNull(writer, nameof(writer)), value, TraceDetail.All);
        }
    }
}
