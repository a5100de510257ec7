using System;
using System.Text.Json;

namespace RunnerBack.Json
{
    internal sealed class IntegerField<TModel>(string name, int min, int max, Func<TModel, int?> get, Required? required = null)
        : ValueField<TModel, int>(name, get, required)
    {
        public IntegerField(WholeNumberInput input, Func<TModel, int?> get, Required? required = null)
            : this(input.Name, input.Min, input.Max, get, required)
        {
        }

        // A whole number written as a decimal (3.0, 3e0) is a whole number: some platforms write every number so.
        protected override int? Parse(ref Utf8JsonReader reader, JsonFieldReader fields, string parent)
        {
            if (!fields.IsNumber(ref reader, parent, Name, "a whole number"))
            {
                return null;
            }

            var code = ValidationCodes.OutOfRange;
            if (reader.TryGetDouble(out var value) && !double.IsInfinity(value))
            {
                if (value >= min && value <= max && Math.Floor(value) == value)
                {
                    return (int)value;
                }

                code = Math.Floor(value) == value ? code : ValidationCodes.NotAnInteger;
            }

            fields.Report(JsonPath.Property(parent, Name), code, $"{Name} must be a whole number from {min} to {max}.");
            return null;
        }

        protected override void WriteValue(Utf8JsonWriter json, int value) => json.WriteNumber(Utf8Name, value);

        protected override double ToSlot(int value) => value;

        protected override int FromSlot(double slot) => (int)slot;
    }

    // `alternativeTo` names a field that gives the same answer in another unit: one of the two, not both.
    internal sealed class NumberField<TModel>(NumberInput input, Func<TModel, double?> get, WireField? alternativeTo = null)
        : ValueField<TModel, double>(input.Name, get, required: null)
    {
        private readonly double min = input.Min;
        private readonly double max = input.Max;

        public override void CheckRequired(FieldValues values, FieldValues? outer, string parent, JsonFieldReader fields)
        {
            base.CheckRequired(values, outer, parent, fields);
            if (alternativeTo is not null && values.IsPresent(this) && values.IsPresent(alternativeTo))
            {
                fields.Report(JsonPath.Property(parent, Name), ValidationCodes.DuplicateProperty, $"Give {alternativeTo.Name} or {Name}, not both: they are the same answer in two units.");
            }
        }

        protected override double? Parse(ref Utf8JsonReader reader, JsonFieldReader fields, string parent)
        {
            if (!fields.IsNumber(ref reader, parent, Name, "a number"))
            {
                return null;
            }

            if (reader.TryGetDouble(out var value) && !double.IsInfinity(value) && !double.IsNaN(value) && value >= min && value <= max)
            {
                return value;
            }

            fields.Report(JsonPath.Property(parent, Name), ValidationCodes.OutOfRange, $"{Name} must be a number from {min} to {max}.");
            return null;
        }

        protected override void WriteValue(Utf8JsonWriter json, double value) => json.WriteNumber(Utf8Name, value);

        protected override double ToSlot(double value) => value;

        protected override double FromSlot(double slot) => slot;
    }
}
