using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace RunnerBack.Json
{
    /// <summary>
    /// The JSON wire contract (CONTRACT.md): read assessments with full validation, triage JSON in
    /// one call, and write results, assessments and errors. No JSON options to know.
    /// </summary>
    /// <remarks>
    /// Thread-safe. Reading never throws for bad input: malformed, oversized, too deeply nested or
    /// invalid input gives a <see cref="ValidationError"/> list naming every problem with its path,
    /// and never a result. Only a null argument or a failing stream throws. A JSON <c>null</c> for
    /// an optional field means "not given". Serialization is source-generated (trimming- and
    /// AOT-safe), with camelCase names and camelCase enum strings.
    /// </remarks>
    public static class TriageJson
    {
        /// <summary>The largest input accepted, in UTF-8 bytes: 64 KiB, far above any real assessment.</summary>
        public const int MaxInputBytes = 64 * 1024;

        // Compiled into the assembly's data, so checking for it allocates nothing
        // (Encoding.UTF8.GetPreamble returns a new array each call).
        private static ReadOnlySpan<byte> Utf8ByteOrderMark => new byte[] { 0xEF, 0xBB, 0xBF };

        private static readonly WireJsonContext Indented = new WireJsonContext(new JsonSerializerOptions(WireJsonContext.Default.Options) { WriteIndented = true });

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

            return AssessmentReader.Read(utf8Json);
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

            var byteCount = Encoding.UTF8.GetByteCount(json);
            var buffer = ArrayPool<byte>.Shared.Rent(byteCount);
            try
            {
                var length = Encoding.UTF8.GetBytes(json, 0, json.Length, buffer, 0);
                return ParseAssessment(new ReadOnlySpan<byte>(buffer, 0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>Reads and validates an assessment from a UTF-8 stream, reading at most <see cref="MaxInputBytes"/> + 1 bytes.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
        /// <exception cref="IOException">The stream fails.</exception>
        public static AssessmentParseResult ParseAssessment(Stream utf8Json)
        {
            Guard.NotNull(utf8Json, nameof(utf8Json));
            var buffer = ArrayPool<byte>.Shared.Rent(MaxInputBytes + 1);
            try
            {
                var length = 0;
                while (length <= MaxInputBytes)
                {
                    var read = utf8Json.Read(buffer, length, MaxInputBytes + 1 - length);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }

                return length > MaxInputBytes ? TooLarge(length) : ParseAssessment(new ReadOnlySpan<byte>(buffer, 0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
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

        /// <summary>Writes a result as CONTRACT.md JSON.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
        public static string Serialize(TriageResult result, bool indented = false)
        {
            Guard.NotNull(result, nameof(result));
            if (indented)
            {
                using var buffer = WriteIndented(result);
                return Utf8ToString(buffer.WrittenSpan);
            }

            var rented = RentCompact(result, out var length);
            try
            {
                return Utf8ToString(new ReadOnlySpan<byte>(rented, 0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        /// <summary>Writes a result as compact CONTRACT.md JSON in UTF-8, in an array of exactly the document's length.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
        public static byte[] SerializeToUtf8Bytes(TriageResult result) => CompactResultJson.ToArray(Guard.NotNull(result, nameof(result)));

        /// <summary>Writes a result as CONTRACT.md JSON to a UTF-8 stream.</summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="IOException">The stream fails.</exception>
        public static void Serialize(TriageResult result, Stream utf8Json, bool indented = false)
        {
            Guard.NotNull(utf8Json, nameof(utf8Json));
            Guard.NotNull(result, nameof(result));
            if (indented)
            {
                using var json = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true });
                ResultJsonWriter.Write(json, result);
                return;
            }

            var rented = RentCompact(result, out var length);
            try
            {
                utf8Json.Write(rented, 0, length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        /// <summary>
        /// Writes a result as compact CONTRACT.md JSON to <paramref name="writer"/>, for servers that own
        /// their buffers: asks it for one span of the document's exact length and fills it.
        /// </summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static void Serialize(TriageResult result, IBufferWriter<byte> writer)
        {
            Guard.NotNull(writer, nameof(writer));
            Guard.NotNull(result, nameof(result));
            var document = CompactResultJson.Prepare(result);
            document.CopyTo(writer.GetSpan(document.Length));
            writer.Advance(document.Length);
        }

        /// <summary>Writes an assessment as a CONTRACT.md request, every field explicit.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
        public static string Serialize(PainAssessment assessment, bool indented = false) =>
            JsonSerializer.Serialize(WireMapping.ToDto(Guard.NotNull(assessment, nameof(assessment))), Context(indented).AssessmentDto);

        /// <summary>Writes errors as <c>{"errors":[{"path":…,"code":…,"message":…}]}</c>, with <c>"line"</c> first when given.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
        public static string SerializeErrors(IEnumerable<ValidationError> errors, int? line = null)
        {
            Guard.NotNull(errors, nameof(errors));
            var list = new List<ErrorDto>();
            foreach (var error in errors)
            {
                list.Add(new ErrorDto { Path = error.Path, Code = error.Code, Message = error.Message });
            }

            return JsonSerializer.Serialize(new ErrorsDto { Line = line, Errors = list.ToArray() }, WireJsonContext.Default.ErrorsDto);
        }

        /// <summary>Writes a response: the result JSON when valid, otherwise the errors JSON.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
        public static string Serialize(TriageResponse response, bool indented = false)
        {
            Guard.NotNull(response, nameof(response));
            return response.Result is { } result ? Serialize(result, indented) : SerializeErrors(response.Errors);
        }

        /// <summary>
        /// Writes the engine's rule catalogue: <c>{"ruleSetVersion":…,"rules":[{"id","kind","minimumDisposition"?,"description","source"}]}</c>,
        /// in pipeline order, for an app's "what does this check" screen or a <c>GET /rules</c> endpoint.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
        public static string SerializeRuleCatalogue(ITriageEngine engine, bool indented = false) =>
            RuleCatalogueWriter.Write(Guard.NotNull(engine, nameof(engine)), indented);

        /// <summary>Reads a result written by <see cref="Serialize(TriageResult, bool)"/>, for apps that store results.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        /// <exception cref="FormatException">The JSON is not a result of this contract.</exception>
        public static TriageResult DeserializeResult(string json)
        {
            Guard.NotNull(json, nameof(json));
            try
            {
                var dto = JsonSerializer.Deserialize(json, WireJsonContext.Default.ResultDto) ?? throw new FormatException("The JSON is null, not a result.");
                return WireMapping.FromDto(dto);
            }
            catch (Exception error) when (error is JsonException || error is ArgumentException || error is NullReferenceException)
            {
                throw new FormatException("The JSON is not a RunnerBack result: " + error.Message, error);
            }
        }

        private static WireJsonContext Context(bool indented) => indented ? Indented : WireJsonContext.Default;

        // The compact document at the start of a pooled array; the caller returns it to ArrayPool<byte>.Shared.
        private static byte[] RentCompact(TriageResult result, out int length)
        {
            var document = CompactResultJson.Prepare(result);
            var rented = ArrayPool<byte>.Shared.Rent(document.Length);
            document.CopyTo(rented);
            length = document.Length;
            return rented;
        }

        private static PooledBufferWriter WriteIndented(TriageResult result)
        {
            var buffer = new PooledBufferWriter(16 * 1024);
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                ResultJsonWriter.Write(json, result);
            }

            return buffer;
        }

        private static unsafe string Utf8ToString(ReadOnlySpan<byte> utf8)
        {
            if (utf8.IsEmpty)
            {
                return string.Empty;
            }

            fixed (byte* bytes = utf8)
            {
                return Encoding.UTF8.GetString(bytes, utf8.Length);
            }
        }

        private static TriageResponse Respond(AssessmentParseResult parsed, ITriageEngine? engine) =>
            parsed.Assessment is { } assessment
                ? TriageResponse.Of((engine ?? Triage.Default).Assess(assessment))
                : TriageResponse.Invalid(parsed.Errors);

        private static AssessmentParseResult TooLarge(int size) => AssessmentParseResult.Invalid(ValueList<ValidationError>.CopyOf(new[]
        {
            new ValidationError(JsonPath.Root, ValidationCodes.TooLarge, $"The input is larger than {MaxInputBytes} bytes (at least {size})."),
        }));
    }
}
