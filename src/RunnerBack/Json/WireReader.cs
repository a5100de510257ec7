using System;
using System.Text.Json;

namespace RunnerBack.Json
{
    // Reads one JSON document of the contract (a request, or a result read back) in one streaming
    // pass, driven by its declared shape, and reports every problem at once, each with its JSON
    // path. It never throws for bad input: syntax, encoding and depth problems become errors too.
    internal static class WireReader
    {
        // Reads the document's root object with `readRoot`, which is on its StartObject and leaves
        // the reader on its EndObject; true when the document itself could be read.
        public delegate void RootReader(ref Utf8JsonReader reader, JsonFieldReader fields);

        public static ValueList<ValidationError> Read<TModel>(ReadOnlySpan<byte> utf8Json, WireObject<TModel> shape, int maxContainerDepth, out TModel? model)
            where TModel : class
        {
            model = null;
            FieldValues? values = null;
            var fields = new JsonFieldReader(maxContainerDepth);
            if (ReadDocument(utf8Json, fields, (ref Utf8JsonReader reader, JsonFieldReader f) => values = shape.Read(ref reader, f, JsonPath.Root)) && values is not null)
            {
                // Missing fields are noise when the document itself could not be read.
                shape.CheckRequired(values, null, JsonPath.Root, fields);
                model = fields.HasErrors ? null : shape.Build(values);
            }

            return fields.Errors;
        }

        public static bool ReadDocument(ReadOnlySpan<byte> utf8Json, JsonFieldReader fields, RootReader readRoot)
        {
            if (!Utf8Text.IsValid(utf8Json))
            {
                fields.Report(JsonPath.Root, ValidationCodes.MalformedJson, "The input is not valid UTF-8 text.");
                return false;
            }

            // The reader would call an empty input a syntax error at byte 1; say what is wrong instead.
            if (IsBlank(utf8Json))
            {
                fields.Report(JsonPath.Root, ValidationCodes.MalformedJson, "The input is empty; expected a JSON object.");
                return false;
            }

            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
            try
            {
                // Not blank, so the reader finds a first token or throws.
                fields.Next(ref reader);
                // Not an object: nothing in it can be read, so nothing more is said (not even how
                // deep it goes).
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    fields.Report(JsonPath.Root, ValidationCodes.WrongType, "The input must be a JSON object.");
                    return false;
                }

                readRoot(ref reader, fields);

                // Anything after the object (a second value, stray characters) is a syntax error.
                reader.Read();
                return true;
            }
            catch (JsonFieldReader.TooDeepException)
            {
                fields.Report(JsonPath.Root, ValidationCodes.TooDeep, $"The input nests objects or lists deeper than the contract allows (at byte {reader.TokenStartIndex + 1}).");
            }
            catch (JsonException error)
            {
                fields.Report(JsonPath.Root, ValidationCodes.MalformedJson, $"The input is not valid JSON (line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}).");
            }
            catch (InvalidOperationException)
            {
                // The bytes are UTF-8 (checked above), so a string that cannot be decoded escapes
                // half of a surrogate pair ("\ud800"), which is no character at all.
                fields.Report(JsonPath.Root, ValidationCodes.MalformedJson, $"The input is not valid JSON text: a string escapes an unpaired surrogate such as \\ud800 (at byte {reader.TokenStartIndex + 1}).");
            }

            return false;
        }

        // Empty, or only the whitespace JSON allows between tokens.
        private static bool IsBlank(ReadOnlySpan<byte> utf8Json)
        {
            foreach (var b in utf8Json)
            {
                if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\n' && b != (byte)'\r')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
