using System;
using System.Text.Json;

namespace RunnerBack.Json
{
    // One object of the contract (the assessment, the runner, a result and its entries), as its
    // declared fields: reads it with every problem reported at its path, checks what is required,
    // builds the model from the values, and writes a model back. The fields' order is the
    // contract's, which writers keep, so the reader tries the next declared name first.
    //
    // ignoreUnknown: a result's reader skips the fields of later versions; a request's reports
    // them, since a misspelt field must never pass for an unanswered one.
    internal sealed class WireObject<TModel>(Func<FieldValues, TModel> build, bool ignoreUnknown, params WireField<TModel>[] fields)
        where TModel : class
    {
        private readonly WireField<TModel>[] _fields = Numbered(fields);

        // The reader is on the object's StartObject; leaves it on its EndObject. Unknown and repeated
        // properties are reported and skipped.
        public FieldValues Read(ref Utf8JsonReader reader, JsonFieldReader fields, string path)
        {
            var values = new FieldValues(_fields.Length);
            var expected = 0;

            // Null counts as seen too: a second property of the same name is an error whatever the first held.
            Span<bool> seen = _fields.Length <= 64 ? stackalloc bool[_fields.Length] : new bool[_fields.Length];
            while (fields.Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var index = IndexOf(ref reader, expected);
                if (index < 0)
                {
                    if (!ignoreUnknown)
                    {
                        var unknown = reader.GetString()!;
                        fields.Report(JsonPath.Property(path, unknown), ValidationCodes.UnknownProperty, $"{unknown} is not part of the contract.");
                    }

                    fields.Next(ref reader);
                    fields.Skip(ref reader);
                    continue;
                }

                expected = index + 1;
                var field = _fields[index];
                var repeated = seen[index];
                seen[index] = true;
                fields.Next(ref reader);
                if (repeated)
                {
                    fields.Report(JsonPath.Property(path, field.Name), ValidationCodes.DuplicateProperty, $"{field.Name} appears more than once.");
                    fields.Skip(ref reader);
                }
                else if (reader.TokenType == JsonTokenType.Null)
                {
                    values.MarkNull(field);
                }
                else
                {
                    values.MarkPresent(field);
                    field.Read(ref reader, fields, path, values);
                }
            }

            return values;
        }

        private static WireField<TModel>[] Numbered(WireField<TModel>[] fields)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i].Index = i;
            }

            return fields;
        }

        // The index of the field the current property names, or -1; the expected one is tried first.
        private int IndexOf(ref Utf8JsonReader reader, int expected)
        {
            if (expected < _fields.Length && reader.ValueTextEquals(_fields[expected].Utf8Name))
            {
                return expected;
            }

            for (var i = 0; i < _fields.Length; i++)
            {
                if (reader.ValueTextEquals(_fields[i].Utf8Name))
                {
                    return i;
                }
            }

            return -1;
        }

        public int FieldCount => _fields.Length;

        public WireField Field(string name) => Array.Find(_fields, f => f.Name == name) ?? throw new ArgumentException(name + " is not a field of this object.", nameof(name));

        public void CheckRequired(FieldValues values, FieldValues? outer, string path, JsonFieldReader fields)
        {
            foreach (var field in _fields)
            {
                field.CheckRequired(values, outer, path, fields);
            }
        }

        public TModel Build(FieldValues values) => build(values);

        public void Write(Utf8JsonWriter json, TModel model, TraceDetail trace)
        {
            json.WriteStartObject();
            foreach (var field in _fields)
            {
                field.Write(json, model, trace);
            }

            json.WriteEndObject();
        }
    }
}
