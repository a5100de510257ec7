using System;
using System.Collections.Generic;
using System.Text.Json;

namespace RunnerBack.Json
{
    // An answer as the contract writes it (a number, true or false, an option value, a list of
    // option values, or null for declined), for what would change the answer and the interview.
    // Its slot holds the boxed Answer; only these rarer paths use it.
    internal sealed class AnswerField<TModel>(string name, Func<TModel, Answer?> get, Required? required = null) : WireField<TModel>(name, required)
    {
        public Answer? ValueIn(FieldValues values) => values.Object(this) is Answer answer ? answer : null;

        public override void Read(ref Utf8JsonReader reader, JsonFieldReader fields, string parent, FieldValues values)
        {
            if (Parse(ref reader, fields, JsonPath.Property(parent, Name)) is { } answer)
            {
                values.Set(this, answer);
            }
        }

        public override void Write(Utf8JsonWriter json, TModel model, TraceDetail trace)
        {
            if (get(model) is { } answer)
            {
                json.WritePropertyName(Utf8Name);
                WriteValue(json, answer);
            }
        }

        public static void WriteValue(Utf8JsonWriter json, Answer answer)
        {
            switch (answer.Kind)
            {
                case AnswerKind.Number:
                    json.WriteNumberValue(answer.Number);
                    break;
                case AnswerKind.YesNo:
                    json.WriteBooleanValue(answer.IsYes);
                    break;
                case AnswerKind.Choice:
                    json.WriteStringValue(answer.ChoiceValue);
                    break;
                case AnswerKind.Choices:
                    json.WriteStartArray();
                    foreach (var value in answer.ChoiceValues)
                    {
                        json.WriteStringValue(value);
                    }

                    json.WriteEndArray();
                    break;
                default:
                    json.WriteNullValue();
                    break;
            }
        }

        private Answer? Parse(ref Utf8JsonReader reader, JsonFieldReader fields, string path)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number when reader.TryGetDouble(out var number) && !double.IsInfinity(number):
                    return Answer.Of(number);
                case JsonTokenType.True:
                case JsonTokenType.False:
                    return Answer.Of(reader.TokenType == JsonTokenType.True);
                case JsonTokenType.String when reader.GetString() is { Length: > 0 } text:
                    return Answer.Choice(text);
                case JsonTokenType.StartArray:
                    var items = new List<string>();
                    var valid = true;
                    while (fields.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } item && !items.Contains(item))
                        {
                            items.Add(item);
                        }
                        else
                        {
                            fields.WrongType(ref reader, JsonPath.Index(path, items.Count), Name + " lists option values, each once.");
                            valid = false;
                        }
                    }

                    return valid ? Answer.Choices(items) : null;
                default:
                    fields.WrongType(ref reader, path, Name + " must be a number, true, false, an option value or a list of them.");
                    return null;
            }
        }
    }
}
