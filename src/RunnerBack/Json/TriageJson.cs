using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace RunnerBack.Json
{
    /// <summary>
    /// The JSON wire contract (docs/json.md): read assessments with full validation, triage JSON in
    /// one call, and write results, assessments and errors. No JSON options to know.
    /// </summary>
    /// <remarks>
    /// Thread-safe. Reading never throws for bad input: malformed, oversized, too deeply nested or
    /// invalid input gives a <see cref="ValidationError"/> list naming every problem with its path,
    /// and never a result. Only a null argument or a failing stream throws. A JSON <c>null</c> for
    /// an optional field means "not given". Reading and writing follow the format declared once in
    /// the library, with System.Text.Json's reader and writer and no reflection (trimming- and
    /// AOT-safe), camelCase names and camelCase enum strings.
    /// </remarks>
    public static class TriageJson
    {
        /// <summary>The largest input accepted, in UTF-8 bytes: 64 KiB, far above any real assessment. A property, not a constant, so it is read from the package an app runs with.</summary>
        public static int MaxInputBytes { get; } = 64 * 1024;

        // Compiled into the assembly's data, so checking for it allocates nothing
        // (Encoding.UTF8.GetPreamble returns a new array each call).
        private static ReadOnlySpan<byte> Utf8ByteOrderMark => new byte[] { 0xEF, 0xBB, 0xBF };

        /// <summary>Reads and validates an assessment from UTF-8 JSON.</summary>
        public static AssessmentParseResult ParseAssessment(ReadOnlySpan<byte> utf8Json)
        {
            if (utf8Json.Length > MaxInputBytes)
            {
                return TooLarge(utf8Json.Length);
            }

            // A UTF-8 byte order mark is harmless; the reader itself would reject it.
            if (utf8Json.StartsWith(Utf8ByteOrderMark))
            {
                utf8Json = utf8Json.Slice(Utf8ByteOrderMark.Length);
            }

            var errors = WireReader.Read(utf8Json, RequestFormat.AssessmentObject, RequestFormat.MaxContainerDepth, out var assessment);
            return assessment is null ? AssessmentParseResult.Invalid(errors, RequestFormat.RequestId.FindIn(utf8Json)) : AssessmentParseResult.Valid(assessment);
        }

        /// <summary>Reads and validates an assessment from a JSON string.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        public static AssessmentParseResult ParseAssessment(string json)
        {
            Guard.NotNull(json, nameof(json));
            if (json.Length > MaxInputBytes)
            {
                return TooLarge(json.Length);
            }

            return ParseAssessment(Encoding.UTF8.GetBytes(json));
        }

        /// <summary>Reads and validates an assessment from a UTF-8 stream, reading at most <see cref="MaxInputBytes"/> + 1 bytes.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
        /// <exception cref="IOException">The stream fails.</exception>
        public static AssessmentParseResult ParseAssessment(Stream utf8Json)
        {
            using var input = BoundedInput.Read(Guard.NotNull(utf8Json, nameof(utf8Json)));
            return input.IsTooLarge ? TooLarge(input.Length) : ParseAssessment(input.Bytes);
        }

        /// <summary>
        /// Reads and validates an assessment from a UTF-8 stream without blocking, reading at most
        /// <see cref="MaxInputBytes"/> + 1 bytes: for an ASP.NET Core request body, which refuses
        /// synchronous reads.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
        /// <exception cref="IOException">The stream fails.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public static async Task<AssessmentParseResult> ParseAssessmentAsync(Stream utf8Json, CancellationToken cancellationToken = default)
        {
            using var input = await BoundedInput.ReadAsync(Guard.NotNull(utf8Json, nameof(utf8Json)), cancellationToken).ConfigureAwait(false);
            return input.IsTooLarge ? TooLarge(input.Length) : ParseAssessment(input.Bytes);
        }

        /// <summary>Validates UTF-8 JSON and triages it with <paramref name="engine"/> (default: <see cref="Triage.Default"/>).</summary>
        public static TriageResponse Assess(ReadOnlySpan<byte> utf8Json, ITriageEngine? engine = null) => Respond(ParseAssessment(utf8Json), engine);

        /// <summary>Validates a JSON string and triages it with <paramref name="engine"/> (default: <see cref="Triage.Default"/>).</summary>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        public static TriageResponse Assess(string json, ITriageEngine? engine = null) => Respond(ParseAssessment(json), engine);

        /// <summary>Validates a UTF-8 JSON stream and triages it with <paramref name="engine"/> (default: <see cref="Triage.Default"/>).</summary>
        /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
        /// <exception cref="IOException">The stream fails.</exception>
        public static TriageResponse Assess(Stream utf8Json, ITriageEngine? engine = null) => Respond(ParseAssessment(utf8Json), engine);

        /// <summary>Validates a UTF-8 JSON stream without blocking and triages it with <paramref name="engine"/> (default: <see cref="Triage.Default"/>).</summary>
        /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
        /// <exception cref="IOException">The stream fails.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public static async Task<TriageResponse> AssessAsync(Stream utf8Json, ITriageEngine? engine = null, CancellationToken cancellationToken = default) =>
            Respond(await ParseAssessmentAsync(utf8Json, cancellationToken).ConfigureAwait(false), engine);

        /// <summary>Writes a result as the wire contract's JSON.</summary>
        /// <param name="result">The result.</param>
        /// <param name="indented">Indent the JSON for people; compact by default.</param>
        /// <param name="trace">How much of the trace to write; all of it by default.</param>
        /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
        public static string Serialize(TriageResult result, bool indented = false, TraceDetail trace = TraceDetail.All)
        {
            Guard.NotNull(result, nameof(result));
            return Render(json => ResultFormat.Result.Write(json, result, trace), indented);
        }

        /// <summary>Writes a result as compact wire-contract JSON in UTF-8.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
        public static byte[] SerializeToUtf8Bytes(TriageResult result, TraceDetail trace = TraceDetail.All)
        {
            Guard.NotNull(result, nameof(result));
            using var buffer = new PooledBufferWriter(16 * 1024);
            Write(buffer, json => ResultFormat.Result.Write(json, result, trace), indented: false);
            return buffer.WrittenSpan.ToArray();
        }

        /// <summary>Writes a result as the wire contract's JSON to a UTF-8 stream.</summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="IOException">The stream fails.</exception>
        public static void Serialize(TriageResult result, Stream utf8Json, bool indented = false, TraceDetail trace = TraceDetail.All)
        {
            Guard.NotNull(utf8Json, nameof(utf8Json));
            Guard.NotNull(result, nameof(result));
            using var json = new Utf8JsonWriter(utf8Json, JsonOutput.Options(indented));
            ResultFormat.Result.Write(json, result, trace);
        }

        /// <summary>
        /// Writes a result as compact wire-contract JSON to <paramref name="writer"/>, for servers that own their buffers.
        /// </summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static void Serialize(TriageResult result, IBufferWriter<byte> writer, TraceDetail trace = TraceDetail.All)
        {
            Guard.NotNull(writer, nameof(writer));
            Guard.NotNull(result, nameof(result));
            Write(writer, json => ResultFormat.Result.Write(json, result, trace), indented: false);
        }

        /// <summary>Writes an assessment as a wire-contract request: every field it has, every answered list (an empty one as <c>[]</c>) and form always.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
        /// <exception cref="ArgumentException">A safety question is unanswered (<see cref="PainAssessment.UnansweredSafetyQuestions"/>); the message names every one.</exception>
        public static string Serialize(PainAssessment assessment, bool indented = false)
        {
            Guard.NotNull(assessment, nameof(assessment)).ThrowIfUnanswered();
            return Render(json => RequestFormat.AssessmentObject.Write(json, assessment, TraceDetail.All), indented);
        }

        /// <summary>Writes errors as <c>{"requestId":…,"errors":[{"path":…,"code":…,"message":…}]}</c>, the id only when given.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
        public static string SerializeErrors(IEnumerable<ValidationError> errors, string? requestId = null) =>
            RenderErrors(Guard.NotNull(errors, nameof(errors)), requestId, indented: false);

        internal static string RenderErrors(IEnumerable<ValidationError> errors, string? requestId, bool indented) =>
            Render(
                json =>
                {
                    json.WriteStartObject();
                    if (requestId is not null)
                    {
                        json.WriteString(RequestFormat.RequestId.Utf8Name, requestId);
                    }

                    WriteErrorsProperty(json, errors);
                    json.WriteEndObject();
                },
                indented);

        /// <summary>
        /// Writes <c>"errors":[{"path":…,"code":…,"message":…}]</c> into the object <paramref name="json"/>
        /// is writing, for an app's own error payload (an RFC 9457 problem details body, say).
        /// </summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static void WriteErrorsProperty(Utf8JsonWriter json, IEnumerable<ValidationError> errors)
        {
            Guard.NotNull(json, nameof(json));
            json.WriteStartArray("errors");
            foreach (var error in Guard.NotNull(errors, nameof(errors)))
            {
                json.WriteStartObject();
                json.WriteString("path", error.Path);
                json.WriteString("code", error.Code);
                json.WriteString("message", error.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        /// <summary>Writes a response: the result JSON when valid, otherwise the errors JSON.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
        public static string Serialize(TriageResponse response, bool indented = false, TraceDetail trace = TraceDetail.All)
        {
            Guard.NotNull(response, nameof(response));
            return response.Result is { } result ? Serialize(result, indented, trace) : RenderErrors(response.Errors, response.RequestId, indented);
        }

        /// <summary>
        /// Writes the engine's rule catalogue: <c>{"ruleSetVersion":…,"rules":[{"id","kind","minimumDisposition"?,"description","source"}]}</c>,
        /// in pipeline order, for an app's "what does this check" screen or a <c>GET /rules</c> endpoint.
        /// </summary>
        /// <param name="engine">The engine whose rules to list.</param>
        /// <param name="indented">Indent the JSON for people; compact by default.</param>
        /// <param name="language">The language of the built-in rules' descriptions (a tag, with fallback); English when null. Sources are titles and stay as published.</param>
        /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
        public static string SerializeRuleCatalogue(ITriageEngine engine, bool indented = false, string? language = null)
        {
            Guard.NotNull(engine, nameof(engine));
            return Render(json => RuleCatalogueWriter.Write(json, engine, language), indented);
        }

        /// <summary>
        /// Reads a result written by <see cref="Serialize(TriageResult, bool, TraceDetail)"/>, for apps that
        /// store results. Fields it does not know, such as a later version's, are ignored.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        /// <exception cref="FormatException">The JSON is not a result of this contract; the message names the path.</exception>
        public static TriageResult DeserializeResult(string json)
        {
            Guard.NotNull(json, nameof(json));
            return DeserializeResultUtf8(Encoding.UTF8.GetBytes(json));
        }

        internal static TriageResult DeserializeResultUtf8(ReadOnlySpan<byte> utf8Json)
        {
            try
            {
                var errors = WireReader.Read(utf8Json, ResultFormat.Result, ResultFormat.MaxContainerDepth, out var result);
                return result ?? throw new FormatException(NotAResult(string.Join("; ", errors.Select(e => e.Path + ": " + e.Message))));
            }
            catch (ArgumentException error)
            {
                // A part the model refuses, such as a red flag below seeProfessional.
                throw new FormatException(NotAResult(error.Message), error);
            }
        }

        private static string NotAResult(string problems) => "The JSON is not a RunnerBack result: " + problems;

        internal static string Render(Action<Utf8JsonWriter> write, bool indented)
        {
            using var buffer = new PooledBufferWriter(16 * 1024);
            Write(buffer, write, indented);
            return buffer.WrittenString;
        }

        internal static byte[] RenderUtf8(Action<Utf8JsonWriter> write)
        {
            using var buffer = new PooledBufferWriter(1024);
            Write(buffer, write, indented: false);
            return buffer.WrittenSpan.ToArray();
        }

        private static void Write(IBufferWriter<byte> buffer, Action<Utf8JsonWriter> write, bool indented)
        {
            using var json = new Utf8JsonWriter(buffer, JsonOutput.Options(indented));
            write(json);
        }

        private static TriageResponse Respond(AssessmentParseResult parsed, ITriageEngine? engine) =>
            parsed.Assessment is { } assessment
                ? TriageResponse.Of((engine ?? Triage.Default).Assess(assessment))
                : TriageResponse.Invalid(parsed.Errors, parsed.RequestId);

        private static AssessmentParseResult TooLarge(int size) => AssessmentParseResult.Invalid(new ValueList<ValidationError>(
            new[] { new ValidationError(JsonPath.Root, ValidationCodes.TooLarge, $"The input is larger than {MaxInputBytes} bytes (at least {size}).") }));
    }
}
