using System;
using System.Collections.Generic;
using System.Text.Json;

namespace RunnerBack.Json
{
    // Reads one value of each contract type from the current token, recording a ValidationError
    // (and returning null) when the value is of the wrong type or out of range. Paths are built only
    // for errors.
    internal sealed class JsonFieldReader
    {
        // The contract nests at most root -> runner -> history: containers start at depth 0, 1 or 2.
        public const int MaxContainerDepth = 2;

        // Made on the first error: a valid request, the common case, needs no list.
        private List<ValidationError>? _errors;

        public bool HasErrors => _errors != null;

        public ValueList<ValidationError> Errors => _errors == null ? default : ValueList<ValidationError>.CopyOf(_errors);

        public void Report(string path, string code, string message) => (_errors ??= new List<ValidationError>()).Add(new ValidationError(path, code, message));

        public int? Integer(ref Utf8JsonReader reader, string parent, string name, int min, int max)
        {
            if (!IsNumber(ref reader, parent, name, "a whole number"))
            {
                return null;
            }

            if (reader.TryGetInt32(out var value))
            {
                if (value >= min && value <= max)
                {
                    return value;
                }
            }
            else if (reader.TryGetDouble(out var real) && !double.IsInfinity(real) && Math.Floor(real) != real)
            {
                Report(JsonPath.Property(parent, name), ValidationCodes.NotAnInteger, $"{name} must be a whole number from {min} to {max}.");
                return null;
            }

            Report(JsonPath.Property(parent, name), ValidationCodes.OutOfRange, $"{name} must be a whole number from {min} to {max}.");
            return null;
        }

        public double? Number(ref Utf8JsonReader reader, string parent, string name, double min, double max)
        {
            if (!IsNumber(ref reader, parent, name, "a number"))
            {
                return null;
            }

            if (reader.TryGetDouble(out var value) && !double.IsInfinity(value) && !double.IsNaN(value) && value >= min && value <= max)
            {
                return value;
            }

            Report(JsonPath.Property(parent, name), ValidationCodes.OutOfRange, $"{name} must be a number from {min} to {max}.");
            return null;
        }

        public bool? Boolean(ref Utf8JsonReader reader, string parent, string name)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                case JsonTokenType.Null:
                    return null;
                default:
                    WrongType(ref reader, JsonPath.Property(parent, name), name + " must be true or false.");
                    return null;
            }
        }

        public T? Enum<T>(ref Utf8JsonReader reader, string parent, string name)
            where T : unmanaged, Enum
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            return EnumAt<T>(ref reader, parent, name, index: -1);
        }

        // A list of enum names, as a set: the domain keeps these lists as sets, and building one here
        // checks for repeats without a list or an array per field.
        public EnumSet<T>? EnumArray<T>(ref Utf8JsonReader reader, string parent, string name)
            where T : unmanaged, Enum
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                WrongType(ref reader, JsonPath.Property(parent, name), $"{name} must be a list of strings ({ContractNames<T>.AllowedList}).");
                return null;
            }

            var values = EnumSet<T>.Empty;
            var valid = true;
            var index = 0;
            while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
            {
                var item = EnumAt<T>(ref reader, parent, name, index);
                if (item is { } value)
                {
                    if (values.Contains(value))
                    {
                        Report(JsonPath.Index(JsonPath.Property(parent, name), index), ValidationCodes.DuplicateEntry, $"{name} lists {ContractNames<T>.Of(value)} more than once.");
                        valid = false;
                    }
                    else
                    {
                        values = values.Add(value);
                    }
                }
                else
                {
                    valid = false;
                }

                index++;
            }

            return valid ? values : null;
        }

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
        public static bool Next(ref Utf8JsonReader reader)
        {
            if (!reader.Read())
            {
                return false;
            }

            if ((reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray) && reader.CurrentDepth > MaxContainerDepth)
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
        private T? EnumAt<T>(ref Utf8JsonReader reader, string parent, string name, int index)
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

        private bool IsNumber(ref Utf8JsonReader reader, string parent, string name, string kind)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                return true;
            }

            if (reader.TokenType != JsonTokenType.Null)
            {
                WrongType(ref reader, JsonPath.Property(parent, name), $"{name} must be {kind}.");
            }

            return false;
        }

        internal sealed class TooDeepException : Exception
        {
        }
    }
}
