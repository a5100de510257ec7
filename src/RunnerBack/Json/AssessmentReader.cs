using System;
using System.Text.Json;

namespace RunnerBack.Json
{
    // Reads a CONTRACT.md request in one streaming pass and reports every problem at once, each
    // with its JSON path. It never throws for bad input: syntax, encoding and depth problems become
    // validation errors too.
    internal static class AssessmentReader
    {
        private static readonly Utf8NameTable RootNames = new Utf8NameTable(
            "painLevel", "quality", "location", "radiatesTo", "trend", "onset", "timing", "persistsAfterStopping",
            "altersRunningForm", "durationDays", "selfCareTried", "recentTrauma", "symptoms", "runner", "form");

        public static AssessmentParseResult Read(ReadOnlySpan<byte> utf8Json)
        {
            var fields = new JsonFieldReader();
            var draft = default(AssessmentDraft);
            if (!Utf8Text.IsValid(utf8Json))
            {
                fields.Report(JsonPath.Root, ValidationCodes.MalformedJson, "The input is not valid UTF-8 text.");
                return AssessmentParseResult.Invalid(fields.Errors);
            }

            // The reader would call an empty input a syntax error at byte 1; say what is wrong instead.
            if (IsBlank(utf8Json))
            {
                fields.Report(JsonPath.Root, ValidationCodes.MalformedJson, "The input is empty; expected a JSON object.");
                return AssessmentParseResult.Invalid(fields.Errors);
            }

            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
            var readable = false;
            try
            {
                // Not blank, so the reader finds a first token or throws.
                JsonFieldReader.Next(ref reader);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    fields.WrongType(ref reader, JsonPath.Root, "The input must be a JSON object.");
                }
                else
                {
                    ReadObject<AssessmentDraft, RootFields>(ref reader, fields, JsonPath.Root, RootNames, ref draft);

                    // Anything after the object (a second value, stray characters) is a syntax error.
                    reader.Read();
                    readable = true;
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
            if (readable)
            {
                draft.CheckRequired(fields);
            }

            return fields.HasErrors ? AssessmentParseResult.Invalid(fields.Errors) : draft.Build(fields);
        }

        // Walks one object's properties: known names go to TFields (once each), unknown and repeated
        // names are reported and skipped. TFields is an empty struct, so each object's field switch
        // is a direct call (a delegate to a static method runs through a shuffle thunk), and the
        // draft, a struct, stays on the caller's stack instead of being allocated per request.
        internal static void ReadObject<TDraft, TFields>(ref Utf8JsonReader reader, JsonFieldReader fields, string path, Utf8NameTable names, ref TDraft draft)
            where TDraft : struct
            where TFields : struct, IFieldReader<TDraft>
        {
            ulong seen = 0;
            var expected = 0;
            while (JsonFieldReader.Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = names.IndexOf(ref reader, expected);
                if (field < 0)
                {
                    fields.Report(JsonPath.Property(path, reader.GetString()!), ValidationCodes.UnknownProperty, $"{reader.GetString()} is not part of the contract.");
                    JsonFieldReader.Next(ref reader);
                    fields.Skip(ref reader);
                    continue;
                }

                expected = field + 1;
                var bit = 1UL << field;
                var repeated = (seen & bit) != 0;
                seen |= bit;
                JsonFieldReader.Next(ref reader);
                if (repeated)
                {
                    var name = names[field];
                    fields.Report(JsonPath.Property(path, name), ValidationCodes.DuplicateProperty, $"{name} appears more than once.");
                    fields.Skip(ref reader);
                    continue;
                }

                default(TFields).Read(ref reader, field, fields, ref draft);
            }
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

        private readonly struct RootFields : IFieldReader<AssessmentDraft>
        {
            public void Read(ref Utf8JsonReader reader, int field, JsonFieldReader fields, ref AssessmentDraft draft)
            {
                const string root = JsonPath.Root;
                switch (field)
                {
                    case 0:
                        draft.PainLevelGiven = reader.TokenType != JsonTokenType.Null;
                        draft.PainLevel = fields.Integer(ref reader, root, "painLevel", 0, 10);
                        break;
                    case 1:
                        draft.QualityGiven = reader.TokenType != JsonTokenType.Null;
                        draft.Quality = fields.Enum<PainQuality>(ref reader, root, "quality");
                        break;
                    case 2:
                        draft.LocationGiven = reader.TokenType != JsonTokenType.Null;
                        draft.Location = fields.Enum<PainLocation>(ref reader, root, "location");
                        break;
                    case 3: draft.RadiatesTo = fields.EnumArray<RadiationTarget>(ref reader, root, "radiatesTo"); break;
                    case 4: draft.Trend = fields.Enum<PainTrend>(ref reader, root, "trend"); break;
                    case 5: draft.Onset = fields.Enum<PainOnset>(ref reader, root, "onset"); break;
                    case 6: draft.Timing = fields.Enum<PainTiming>(ref reader, root, "timing"); break;
                    case 7: draft.PersistsAfterStopping = fields.Boolean(ref reader, root, "persistsAfterStopping"); break;
                    case 8: draft.AltersRunningForm = fields.Boolean(ref reader, root, "altersRunningForm"); break;
                    case 9: draft.DurationDays = fields.Integer(ref reader, root, "durationDays", 0, 3650); break;
                    case 10: draft.SelfCareTried = fields.Boolean(ref reader, root, "selfCareTried"); break;
                    case 11: draft.RecentTrauma = fields.Boolean(ref reader, root, "recentTrauma"); break;
                    case 12: draft.Symptoms = fields.EnumArray<Symptom>(ref reader, root, "symptoms"); break;
                    case 13: draft.Runner = RunnerProfileReader.Read(ref reader, fields); break;
                    default: draft.Form = fields.EnumArray<FormFault>(ref reader, root, "form"); break;
                }
            }
        }
    }
}
