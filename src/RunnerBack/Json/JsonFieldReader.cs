using System;
using System.Collections.Generic;
using System.Text.Json;

namespace RunnerBack.Json
{
    // One read of a document: the errors found so far, and what every field kind needs to read its
    // value from the current token (see WireField). Paths are built only for errors.
    // Input deeper than the format's (RequestFormat, ResultFormat) is refused before it is read.
    internal sealed class JsonFieldReader(int maxContainerDepth)
    {
        // Made on the first error: a valid request, the common case, needs no list.
        private List<ValidationError>? _errors;

        public bool HasErrors => _errors != null;

        public ValueList<ValidationError> Errors => _errors == null ? default : ValueList<ValidationError>.CopyOf(_errors);

        public void Report(string path, string code, string message) => (_errors ??= new List<ValidationError>()).Add(new ValidationError(path, code, message));

        // Skips the current value (for unknown properties), refusing to descend past the contract's depth.
        public void Skip(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject && reader.TokenType != JsonTokenType.StartArray)
            {
                return;
            }

            var depth = reader.CurrentDepth;
            while (Next(ref reader) && reader.CurrentDepth > depth)
            {
            }
        }

        // Reads the next token; a container deeper than the contract allows stops the whole read.
        public bool Next(ref Utf8JsonReader reader)
        {
            if (!reader.Read())
            {
                return false;
            }

            if ((reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray) && reader.CurrentDepth > maxContainerDepth)
            {
                throw new TooDeepException();
            }

            return true;
        }

        public void WrongType(ref Utf8JsonReader reader, string path, string message)
        {
            Report(path, ValidationCodes.WrongType, message);
            Skip(ref reader);
        }

        // A single enum field (index -1) or one entry of an enum list; the path is built only for an error.
        public T? EnumAt<T>(ref Utf8JsonReader reader, string parent, string name, int index)
            where T : unmanaged, Enum
        {
            if (reader.TokenType == JsonTokenType.String && ContractNames<T>.TryRead(ref reader, out var value))
            {
                return value;
            }

            var path = index < 0 ? JsonPath.Property(parent, name) : JsonPath.Index(JsonPath.Property(parent, name), index);
            var message = $"{(index < 0 ? name : name + " entries")} must be one of {ContractNames<T>.AllowedList}.";
            if (reader.TokenType == JsonTokenType.String)
            {
                Report(path, ValidationCodes.UnknownValue, message);
            }
            else
            {
                WrongType(ref reader, path, message);
            }

            return null;
        }

        // True on a number; otherwise reports the wrong type.
        public bool IsNumber(ref Utf8JsonReader reader, string parent, string name, string kind)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                WrongType(ref reader, JsonPath.Property(parent, name), $"{name} must be {kind}.");
            }

            return reader.TokenType == JsonTokenType.Number;
        }

        internal sealed class TooDeepException : Exception
        {
        }
    }
}
