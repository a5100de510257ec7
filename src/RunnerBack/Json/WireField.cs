using System;
using System.Text.Json;

namespace RunnerBack.Json
{
    // One field of an object of the contract, declared once (RequestFormat, ResultFormat): its JSON
    // name, its kind and range, when it is required, how it is read and written, and the check the
    // model's constructor makes with the same range. The kinds are in the files beside this one.
    internal abstract class WireField(string name, Required? required)
    {
        public string Name { get; } = name;

        // UTF-8 rather than a JsonEncodedText, whose first use starts the encoder (about 25 ms):
        // a process that only assesses never needs it, and the names need no escaping.
        public byte[] Utf8Name { get; } = System.Text.Encoding.UTF8.GetBytes(name);

        // The field's slot in its object's FieldValues; set by the WireObject that holds it.
        public int Index { get; set; }

        // Null for an optional field.
        public Required? Requirement { get; } = required;

        // Reads the current value (never a JSON null, which means "not given") into `values`, or
        // reports why it cannot; the path is built only for an error.
        public abstract void Read(ref Utf8JsonReader reader, JsonFieldReader fields, string parent, FieldValues values);

        // Reports a required field that was not given (one given with a bad value has its own error).
        // `outer` holds the values of the object this one is nested in (the assessment, for the
        // runner's fields), since a nested field can be required by what its parent says.
        public virtual void CheckRequired(FieldValues values, FieldValues? outer, string parent, JsonFieldReader fields)
        {
            if (Requirement is { } required && !values.IsPresent(this) && required.Applies(values, outer))
            {
                fields.Report(JsonPath.Property(parent, Name), ValidationCodes.Required, required.Message);
            }
        }
    }

    // When a field must be given (always, or when a condition on its object's values holds), and the message that says so.
    internal sealed class Required(string message, Func<FieldValues, FieldValues?, bool>? when = null)
    {
        public string Message { get; } = message;

        public bool Applies(FieldValues values, FieldValues? outer) => when is null || when(values, outer);
    }

    internal abstract class WireField<TModel>(string name, Required? required) : WireField(name, required)
    {
        // Writes the field unless the model has no value for it; `trace` is for a result's trace list.
        public abstract void Write(Utf8JsonWriter json, TModel model, TraceDetail trace);
    }

    // A field whose value is a number, true or false, or enum names: its slot holds it as a double,
    // which holds every such value of the contract exactly.
    internal abstract class ValueField<TModel, T>(string name, Func<TModel, T?> get, Required? required) : WireField<TModel>(name, required)
        where T : struct
    {
        public T? ValueIn(FieldValues values) => values.IsGiven(this) ? FromSlot(values.Number(this)) : null;

        public override void Read(ref Utf8JsonReader reader, JsonFieldReader fields, string parent, FieldValues values)
        {
            if (Parse(ref reader, fields, parent) is { } value)
            {
                values.Set(this, ToSlot(value));
            }
        }

        public override void Write(Utf8JsonWriter json, TModel model, TraceDetail trace)
        {
            if (get(model) is { } value)
            {
                WriteValue(json, value);
            }
        }

        protected abstract T? Parse(ref Utf8JsonReader reader, JsonFieldReader fields, string parent);

        protected abstract void WriteValue(Utf8JsonWriter json, T value);

        protected abstract double ToSlot(T value);

        protected abstract T FromSlot(double slot);
    }
}
