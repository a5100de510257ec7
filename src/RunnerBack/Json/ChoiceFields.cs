using System;
using System.Text.Json;

namespace RunnerBack.Json
{
    internal sealed class BooleanField<TModel>(string name, Func<TModel, bool?> get, Required? required = null)
        : ValueField<TModel, bool>(name, get, required)
    {
        public BooleanField(FlagInput input, Func<TModel, bool?> get)
            : this(input.Name, get)
        {
        }
        protected override bool? Parse(ref Utf8JsonReader reader, JsonFieldReader fields, string parent)
        {
            if (reader.TokenType == JsonTokenType.True || reader.TokenType == JsonTokenType.False)
            {
                return reader.TokenType == JsonTokenType.True;
            }

            fields.WrongType(ref reader, JsonPath.Property(parent, Name), Name + " must be true or false.");
            return null;
        }

        protected override void WriteValue(Utf8JsonWriter json, bool value) => json.WriteBoolean(Utf8Name, value);

        protected override double ToSlot(bool value) => value ? 1 : 0;

        protected override bool FromSlot(double slot) => slot != 0;
    }

    // A yes-or-no question a runner may not be sure of: true, false or "notSure".
    internal sealed class YesNoField<TModel>(YesNoInput input, Func<TModel, YesNo?> get, Required? required = null)
        : ValueField<TModel, YesNo>(input.Name, get, required)
    {
        private static readonly byte[] NotSureUtf8 = System.Text.Encoding.UTF8.GetBytes("notSure");

        protected override YesNo? Parse(ref Utf8JsonReader reader, JsonFieldReader fields, string parent)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True:
                    return YesNo.Yes;
                case JsonTokenType.False:
                    return YesNo.No;
                case JsonTokenType.String when reader.ValueTextEquals(NotSureUtf8):
                    return YesNo.NotSure;
                default:
                    fields.WrongType(ref reader, JsonPath.Property(parent, Name), Name + " must be true, false or \"notSure\".");
                    return null;
            }
        }

        protected override void WriteValue(Utf8JsonWriter json, YesNo value)
        {
            if (value == YesNo.NotSure)
            {
                json.WriteString(Utf8Name, NotSureUtf8);
            }
            else
            {
                json.WriteBoolean(Utf8Name, value == YesNo.Yes);
            }
        }

        protected override double ToSlot(YesNo value) => (int)value;

        protected override YesNo FromSlot(double slot) => (YesNo)(int)slot;
    }

    internal sealed class EnumField<TModel, TEnum>(string name, Func<TModel, TEnum?> get, Required? required = null)
        : ValueField<TModel, TEnum>(name, get, required)
        where TEnum : unmanaged, Enum
    {
        public EnumField(ChoiceInput<TEnum> input, Func<TModel, TEnum?> get, Required? required = null)
            : this(input.Name, get, required)
        {
        }

        protected override TEnum? Parse(ref Utf8JsonReader reader, JsonFieldReader fields, string parent) => fields.EnumAt<TEnum>(ref reader, parent, Name, index: -1);

        protected override void WriteValue(Utf8JsonWriter json, TEnum value) => json.WriteString(Utf8Name, ContractNames<TEnum>.Of(value));

        protected override double ToSlot(TEnum value) => EnumValue.ToInt(value);

        protected override TEnum FromSlot(double slot) => EnumValue.FromInt<TEnum>((int)slot);
    }

    // A list of enum names, kept as a set: the model's lists are sets, and building one here finds
    // repeats without a list or an array per field. ListIn reads an absent list as the empty list;
    // a list is written, empty or not, unless the model has none (a history not asked).
    internal sealed class EnumListField<TModel, TEnum>(ChoiceSetInput<TEnum> input, Func<TModel, EnumSet<TEnum>?> get, Required? required = null)
        : ValueField<TModel, EnumSet<TEnum>>(input.Name, get, required)
        where TEnum : unmanaged, Enum
    {
        public EnumSet<TEnum> ListIn(FieldValues values) => ValueIn(values) ?? default;

        protected override EnumSet<TEnum>? Parse(ref Utf8JsonReader reader, JsonFieldReader fields, string parent)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                fields.WrongType(ref reader, JsonPath.Property(parent, Name), $"{Name} must be a list of strings ({ContractNames<TEnum>.AllowedList}).");
                return null;
            }

            var values = EnumSet<TEnum>.Empty;
            var valid = true;
            for (var index = 0; fields.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray; index++)
            {
                if (fields.EnumAt<TEnum>(ref reader, parent, Name, index) is not { } value)
                {
                    valid = false;
                }
                else if (values.Contains(value))
                {
                    fields.Report(JsonPath.Index(JsonPath.Property(parent, Name), index), ValidationCodes.DuplicateEntry, $"{Name} lists {ContractNames<TEnum>.Of(value)} more than once.");
                    valid = false;
                }
                else
                {
                    values = values.With(value);
                }
            }

            return valid ? values : null;
        }

        protected override void WriteValue(Utf8JsonWriter json, EnumSet<TEnum> value)
        {
            json.WriteStartArray(Utf8Name);
            foreach (var item in value)
            {
                json.WriteStringValue(ContractNames<TEnum>.Of(item));
            }

            json.WriteEndArray();
        }

        protected override double ToSlot(EnumSet<TEnum> value) => SetSlot.Of(value.Bits);

        protected override EnumSet<TEnum> FromSlot(double slot) => EnumSet<TEnum>.FromBits(SetSlot.Bits(slot));
    }
}
