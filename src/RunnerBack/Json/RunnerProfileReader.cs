using System.Text.Json;

namespace RunnerBack.Json
{
    // Reads the optional runner object of a request.
    internal static class RunnerProfileReader
    {
        private const string Path = "$.runner";

        private static readonly Utf8NameTable Names = new Utf8NameTable(
            "age", "experience", "sittingHoursPerDay", "restDaysPerWeek", "carriedLoad", "loadFitsWell", "shoeDistanceKm",
            "shoesFitWell", "strengthTrainingPerWeek", "warmsUp", "stressLevel", "hydration", "history");

        public static RunnerProfile? Read(ref Utf8JsonReader reader, JsonFieldReader fields)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                fields.WrongType(ref reader, Path, "runner must be an object.");
                return null;
            }

            var draft = default(Draft);
            AssessmentReader.ReadObject<Draft, ProfileFields>(ref reader, fields, Path, Names, ref draft);
            return fields.HasErrors ? null : draft.Build();
        }

        private readonly struct ProfileFields : IFieldReader<Draft>
        {
            public void Read(ref Utf8JsonReader reader, int field, JsonFieldReader fields, ref Draft draft)
            {
                switch (field)
                {
                    case 0: draft.Age = fields.Integer(ref reader, Path, "age", 5, 120); break;
                    case 1: draft.Experience = fields.Enum<RunnerExperience>(ref reader, Path, "experience"); break;
                    case 2: draft.SittingHoursPerDay = fields.Number(ref reader, Path, "sittingHoursPerDay", 0, 24); break;
                    case 3: draft.RestDaysPerWeek = fields.Integer(ref reader, Path, "restDaysPerWeek", 0, 7); break;
                    case 4: draft.CarriedLoad = fields.Enum<CarriedLoad>(ref reader, Path, "carriedLoad"); break;
                    case 5: draft.LoadFitsWell = fields.Boolean(ref reader, Path, "loadFitsWell"); break;
                    case 6: draft.ShoeDistanceKm = fields.Number(ref reader, Path, "shoeDistanceKm", 0, 10000); break;
                    case 7: draft.ShoesFitWell = fields.Boolean(ref reader, Path, "shoesFitWell"); break;
                    case 8: draft.StrengthTrainingPerWeek = fields.Integer(ref reader, Path, "strengthTrainingPerWeek", 0, 14); break;
                    case 9: draft.WarmsUp = fields.Boolean(ref reader, Path, "warmsUp"); break;
                    case 10: draft.StressLevel = fields.Enum<StressLevel>(ref reader, Path, "stressLevel"); break;
                    case 11: draft.Hydration = fields.Enum<Hydration>(ref reader, Path, "hydration"); break;
                    default: draft.History = fields.EnumArray<MedicalHistory>(ref reader, Path, "history"); break;
                }
            }
        }

        private struct Draft
        {
            public int? Age { get; set; }

            public RunnerExperience? Experience { get; set; }

            public double? SittingHoursPerDay { get; set; }

            public int? RestDaysPerWeek { get; set; }

            public CarriedLoad? CarriedLoad { get; set; }

            public bool? LoadFitsWell { get; set; }

            public double? ShoeDistanceKm { get; set; }

            public bool? ShoesFitWell { get; set; }

            public int? StrengthTrainingPerWeek { get; set; }

            public bool? WarmsUp { get; set; }

            public StressLevel? StressLevel { get; set; }

            public Hydration? Hydration { get; set; }

            public EnumSet<MedicalHistory>? History { get; set; }

            public readonly RunnerProfile Build() => new RunnerProfile(
                Age, Experience, SittingHoursPerDay, RestDaysPerWeek, CarriedLoad, LoadFitsWell, ShoeDistanceKm, ShoesFitWell,
                StrengthTrainingPerWeek, WarmsUp, StressLevel, Hydration, History ?? default);
        }
    }
}
