using System;
using System.Collections.Generic;
using System.Text.Json;

namespace RunnerBack.Json
{
    // A text (a result's codes and explanations, a request's id), never empty and at most
    // maxLength characters; its slot holds the string.
    // A text may also need a shape (a language tag, a country code): `accepts` says which, and
    // `refusal` the message for one that is not, reported as unknownValue.
    internal sealed class TextField<TModel>(
        string name, Func<TModel, string?> get, Required? required = null, int maxLength = int.MaxValue, Func<string, bool>? accepts = null, Func<string, string>? refusal = null)
        : WireField<TModel>(name, required)
    {
        public string? ValueIn(FieldValues values) => values.Object(this) as string;

        public TextField(TextInput input, Func<TModel, string?> get, Required? required = null)
            : this(input.Name, get, required, input.MaxLength, input.Accepts, input.Refusal)
        {
        }

        // The value of this field in a JSON object's bytes, or null when it is absent or not valid:
        // for echoing a request's id in the errors of a request that could not be read as a whole.
        public string? FindIn(ReadOnlySpan<byte> utf8Json)
        {
            try
            {
                var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return null;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isThis = reader.ValueTextEquals(Utf8Name);
                    reader.Read();
                    if (isThis)
                    {
                        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        return text is not null && text.Trim().Length > 0 && text.Length <= maxLength ? text : null;
                    }

                    reader.Skip();
                }
            }
            catch (JsonException)
            {
                // Malformed JSON: no id to echo.
            }
            catch (InvalidOperationException)
            {
                // Not a string that can be decoded: no id to echo.
            }

            return null;
        }

        public override void Read(ref Utf8JsonReader reader, JsonFieldReader fields, string parent, FieldValues values)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                fields.WrongType(ref reader, JsonPath.Property(parent, Name), DeveloperMessages.EmptyText(Name));
                return;
            }

            // A string, but blank: the right type with a value outside what the field allows.
            var text = reader.GetString()!;
            if (text.Trim().Length == 0)
            {
                fields.Report(JsonPath.Property(parent, Name), ValidationCodes.OutOfRange, DeveloperMessages.EmptyText(Name));
                return;
            }

            if (text.Length > maxLength)
            {
                fields.Report(JsonPath.Property(parent, Name), ValidationCodes.OutOfRange, DeveloperMessages.TextTooLong(Name, maxLength));
                return;
            }

            if (accepts is not null && !accepts(text))
            {
                fields.Report(JsonPath.Property(parent, Name), ValidationCodes.UnknownValue, refusal!(text));
                return;
            }

            values.Set(this, text);
        }

        public override void Write(Utf8JsonWriter json, TModel model, TraceDetail trace)
        {
            if (get(model) is { } text)
            {
                json.WriteString(Utf8Name, text);
            }
        }
    }

    // A nested object (the runner, a dose): its values are read with its own declarations and kept
    // as a reference in the parent's values until the model is built. The shape is late-bound, so
    // that the declarations can refer to objects declared after them.
    internal sealed class ObjectField<TModel, TChild>(string name, Func<WireObject<TChild>> shape, Func<TModel, TChild?> get, Required? required = null)
        : WireField<TModel>(name, required)
        where TChild : class
    {
        private readonly Lazy<WireObject<TChild>> _shape = new Lazy<WireObject<TChild>>(shape);

        public TChild? ValueIn(FieldValues values) => values.Object(this) is FieldValues child ? _shape.Value.Build(child) : null;

        public override void Read(ref Utf8JsonReader reader, JsonFieldReader fields, string parent, FieldValues values)
        {
            var path = JsonPath.Property(parent, Name);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                fields.WrongType(ref reader, path, Name + " must be an object.");
                return;
            }

            values.Set(this, _shape.Value.Read(ref reader, fields, path));
        }

        // A required object that is missing is reported as its own required fields, at their paths
        // ($.runner.history rather than $.runner): those are the questions that were not asked.
        public override void CheckRequired(FieldValues values, FieldValues? outer, string parent, JsonFieldReader fields)
        {
            var path = JsonPath.Property(parent, Name);
            if (values.Object(this) is FieldValues child)
            {
                _shape.Value.CheckRequired(child, values, path, fields);
            }
            else if (Requirement is { } required && !values.IsPresent(this) && required.Applies(values, outer))
            {
                _shape.Value.CheckRequired(new FieldValues(_shape.Value.FieldCount), values, path, fields);
            }
        }

        public override void Write(Utf8JsonWriter json, TModel model, TraceDetail trace)
        {
            if (get(model) is { } child)
            {
                json.WritePropertyName(Utf8Name);
                _shape.Value.Write(json, child, trace);
            }
        }
    }

    // A list of objects (a result's findings, recommendations, trace): each item read with its own
    // declarations, and written in the model's order, every item unless `include` says otherwise.
    internal sealed class ObjectListField<TModel, TItem>(
        string name, Func<WireObject<TItem>> shape, Func<TModel, IEnumerable<TItem>> get, Required? required, Func<TItem, TraceDetail, bool>? include = null, Func<TItem, byte[]>? compact = null)
        : WireField<TModel>(name, required)
        where TItem : class
    {
        private readonly Lazy<WireObject<TItem>> _shape = new Lazy<WireObject<TItem>>(shape);

        // Only built when the whole document was read without an error, so every item is there.
        public TItem[] ValueIn(FieldValues values) =>
            values.Object(this) is FieldValues?[] items ? Array.ConvertAll(items, item => _shape.Value.Build(item!)) : Array.Empty<TItem>();

        // An entry that is not an object has its error and no values.
        public override void Read(ref Utf8JsonReader reader, JsonFieldReader fields, string parent, FieldValues values)
        {
            var path = JsonPath.Property(parent, Name);
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                fields.WrongType(ref reader, path, Name + " must be a list of objects.");
                return;
            }

            var items = new List<FieldValues?>();
            while (fields.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
            {
                var itemPath = JsonPath.Index(path, items.Count);
                var isObject = reader.TokenType == JsonTokenType.StartObject;
                if (!isObject)
                {
                    fields.WrongType(ref reader, itemPath, Name + " entries must be objects.");
                }

                items.Add(isObject ? _shape.Value.Read(ref reader, fields, itemPath) : null);
            }

            values.Set(this, items.ToArray());
        }

        public override void CheckRequired(FieldValues values, FieldValues? outer, string parent, JsonFieldReader fields)
        {
            base.CheckRequired(values, outer, parent, fields);
            var items = values.Object(this) as FieldValues?[] ?? Array.Empty<FieldValues?>();
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i] is { } item)
                {
                    _shape.Value.CheckRequired(item, values, JsonPath.Index(JsonPath.Property(parent, Name), i), fields);
                }
            }
        }

        public override void Write(Utf8JsonWriter json, TModel model, TraceDetail trace)
        {
            json.WriteStartArray(Utf8Name);
            foreach (var item in get(model))
            {
                if (include is not null && !include(item, trace))
                {
                    continue;
                }

                // An item whose compact bytes are kept is copied as it is, not written again.
                if (compact is not null && !json.Options.Indented)
                {
                    json.WriteRawValue(compact(item), skipInputValidation: true);
                }
                else
                {
                    _shape.Value.Write(json, item, trace);
                }
            }

            json.WriteEndArray();
        }
    }
}
