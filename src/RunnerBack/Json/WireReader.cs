using System;
using System.Text.Json;

namespace RunnerBack.Json
{
    // Reads one JSON document of the contract (a request, or a result read back) in one streaming
    // pass, driven by its declared shape, and reports every problem at once, each with its JSON
    // path. It never throws for bad input: syntax, encoding and depth problems become errors too.
    internal static class WireReader
    {
        public static ValueList<ValidationError> Read<TModel>(ReadOnlySpan<byte> utf8Json, WireObject<TModel> shape, int maxContainerDepth, out TModel? model)
            where TModel : class
        {
            model = null;
            var fields = new JsonFieldReader(maxContainerDepth);
            if (!Utf8Text.IsValid(utf8Json))
            {
                fields.Report(JsonPath.Root, ValidationCodes.MalformedJson, "The input is not valid UTF-8 text.");
                return fields.Errors;
            }

            // The reader would call an empty input a syntax error at byte 1; say what is wrong instead.
            if (IsBlank(utf8Json))
            {
                fields.Report(JsonPath.Root, ValidationCodes.MalformedJson, "The input is empty; expected a JSON object.");
                return fields.Errors;
            }

            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
            FieldValues? values = null;
            try
            {
                // Not blank, so the reader finds a first token or throws.
                fields.Next(ref reader);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    fields.WrongType(ref reader, JsonPath.Root, "The input must be a JSON object.");
                }
                else
                {
                    var read = shape.Read(ref reader, fields, JsonPath.Root);

                    // Anything after the object (a second value, stray characters) is a syntax error.
                    reader.Read();
                    values = read;
                }
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
                fields.Report(JsonPath.Root, ValidationCodes.MalformedJson, "The input is not valid UTF-8 text.");
            }

            // Missing fields are noise when the document itself could not be read.
            if (values is not null)
            {
                shape.CheckRequired(values, JsonPath.Root, fields);
                model = fields.HasErrors ? null : shape.Build(values);
            }

            return fields.Errors;
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
