using System.Text.Json;

namespace RunnerBack.Json
{
    // Writes a result straight from the domain objects with a Utf8JsonWriter, with no intermediate
    // DTO graph: indented documents, and each entry's compact fragment for CompactResultJson.
    // Property names are pre-encoded. The source-generated ResultDto shape is the reference for
    // reading results back; a test checks the two agree.
    internal static class ResultJsonWriter
    {
        private static readonly JsonEncodedText Disposition = JsonEncodedText.Encode("disposition");
        private static readonly JsonEncodedText Headline = JsonEncodedText.Encode("headline");
        private static readonly JsonEncodedText RedFlags = JsonEncodedText.Encode("redFlags");
        private static readonly JsonEncodedText Findings = JsonEncodedText.Encode("findings");
        private static readonly JsonEncodedText Contributors = JsonEncodedText.Encode("contributors");
        private static readonly JsonEncodedText Recommendations = JsonEncodedText.Encode("recommendations");
        private static readonly JsonEncodedText Trace = JsonEncodedText.Encode("trace");
        private static readonly JsonEncodedText Complete = JsonEncodedText.Encode("complete");
        private static readonly JsonEncodedText RuleSetVersion = JsonEncodedText.Encode("ruleSetVersion");
        private static readonly JsonEncodedText Disclaimer = JsonEncodedText.Encode("disclaimer");
        private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
        private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        private static readonly JsonEncodedText MinimumDisposition = JsonEncodedText.Encode("minimumDisposition");
        private static readonly JsonEncodedText Explanation = JsonEncodedText.Encode("explanation");
        private static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
        private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        private static readonly JsonEncodedText Instructions = JsonEncodedText.Encode("instructions");
        private static readonly JsonEncodedText Dose = JsonEncodedText.Encode("dose");
        private static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
        private static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
        private static readonly JsonEncodedText Detail = JsonEncodedText.Encode("detail");
        private static readonly JsonEncodedText HoldSecondsMin = JsonEncodedText.Encode("holdSecondsMin");
        private static readonly JsonEncodedText HoldSecondsMax = JsonEncodedText.Encode("holdSecondsMax");
        private static readonly JsonEncodedText Repetitions = JsonEncodedText.Encode("repetitions");
        private static readonly JsonEncodedText PerSide = JsonEncodedText.Encode("perSide");
        private static readonly JsonEncodedText PauseSecondsMin = JsonEncodedText.Encode("pauseSecondsMin");
        private static readonly JsonEncodedText PauseSecondsMax = JsonEncodedText.Encode("pauseSecondsMax");
        private static readonly JsonEncodedText DurationSecondsMin = JsonEncodedText.Encode("durationSecondsMin");
        private static readonly JsonEncodedText DurationSecondsMax = JsonEncodedText.Encode("durationSecondsMax");
        private static readonly JsonEncodedText IntervalMinutesMin = JsonEncodedText.Encode("intervalMinutesMin");
        private static readonly JsonEncodedText IntervalMinutesMax = JsonEncodedText.Encode("intervalMinutesMax");
        private static readonly JsonEncodedText SessionsPerWeek = JsonEncodedText.Encode("sessionsPerWeek");
        private static readonly JsonEncodedText DurationDays = JsonEncodedText.Encode("durationDays");
        private static readonly JsonEncodedText Frequency = JsonEncodedText.Encode("frequency");

        // Writes every part through the writer, so that an indented document is indented throughout.
        // Compact documents are put together from cached fragments by CompactResultJson instead.
        public static void Write(Utf8JsonWriter json, TriageResult result)
        {
            json.WriteStartObject();
            json.WriteString(Disposition, ContractNames<RunnerBack.Disposition>.Of(result.Disposition));
            json.WriteString(Headline, result.Headline);

            json.WriteStartArray(RedFlags);
            foreach (var flag in result.RedFlags)
            {
                WriteRedFlag(json, flag);
            }

            json.WriteEndArray();
            json.WriteStartArray(Findings);
            foreach (var finding in result.Findings)
            {
                WriteFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteStartArray(Contributors);
            foreach (var contributor in result.Contributors)
            {
                WriteContributor(json, contributor);
            }

            json.WriteEndArray();
            json.WriteStartArray(Recommendations);
            foreach (var recommendation in result.Recommendations)
            {
                WriteRecommendation(json, recommendation);
            }

            json.WriteEndArray();
            json.WriteStartArray(Trace);
            foreach (var entry in result.Trace)
            {
                WriteTraceEntry(json, entry);
            }

            json.WriteEndArray();
            json.WriteBoolean(Complete, result.IsComplete);
            json.WriteString(RuleSetVersion, result.RuleSetVersion);
            json.WriteString(Disclaimer, result.Disclaimer);
            json.WriteEndObject();
        }

        public static void WriteRedFlag(Utf8JsonWriter json, RedFlag flag)
        {
            json.WriteStartObject();
            json.WriteString(Code, flag.Code);
            json.WriteString(MinimumDisposition, ContractNames<RunnerBack.Disposition>.Of(flag.MinimumDisposition));
            json.WriteString(Explanation, flag.Explanation);
            json.WriteEndObject();
        }

        public static void WriteFinding(Utf8JsonWriter json, Finding finding)
        {
            json.WriteStartObject();
            json.WriteString(Code, finding.Code);
            json.WriteString(Kind, ContractNames<FindingKind>.Of(finding.Kind));
            json.WriteString(MinimumDisposition, ContractNames<RunnerBack.Disposition>.Of(finding.MinimumDisposition));
            json.WriteString(Explanation, finding.Explanation);
            json.WriteEndObject();
        }

        public static void WriteContributor(Utf8JsonWriter json, Contributor contributor)
        {
            json.WriteStartObject();
            json.WriteString(Code, contributor.Code);
            json.WriteString(Explanation, contributor.Explanation);
            json.WriteEndObject();
        }

        public static void WriteRecommendation(Utf8JsonWriter json, Recommendation recommendation)
        {
            json.WriteStartObject();
            json.WriteString(Code, recommendation.Code);
            json.WriteString(Category, ContractNames<RecommendationCategory>.Of(recommendation.Category));
            json.WriteString(Title, recommendation.Title);
            json.WriteString(Instructions, recommendation.Instructions);
            WriteDose(json, recommendation.Dose);
            json.WriteEndObject();
        }

        public static void WriteTraceEntry(Utf8JsonWriter json, TraceEntry entry)
        {
            json.WriteStartObject();
            json.WriteString(RuleId, entry.RuleId);
            json.WriteString(Outcome, ContractNames<RuleOutcome>.Of(entry.Outcome));
            json.WriteString(Detail, entry.Detail);
            json.WriteEndObject();
        }

        private static void WriteDose(Utf8JsonWriter json, Dose dose)
        {
            json.WriteStartObject(Dose);
            Number(json, HoldSecondsMin, dose.HoldSecondsMin);
            Number(json, HoldSecondsMax, dose.HoldSecondsMax);
            Number(json, Repetitions, dose.Repetitions);
            if (dose.PerSide is { } perSide)
            {
                json.WriteBoolean(PerSide, perSide);
            }

            Number(json, PauseSecondsMin, dose.PauseSecondsMin);
            Number(json, PauseSecondsMax, dose.PauseSecondsMax);
            Number(json, DurationSecondsMin, dose.DurationSecondsMin);
            Number(json, DurationSecondsMax, dose.DurationSecondsMax);
            Number(json, IntervalMinutesMin, dose.IntervalMinutesMin);
            Number(json, IntervalMinutesMax, dose.IntervalMinutesMax);
            Number(json, SessionsPerWeek, dose.SessionsPerWeek);
            Number(json, DurationDays, dose.DurationDays);
            if (dose.Frequency is { } frequency)
            {
                json.WriteString(Frequency, frequency);
            }

            json.WriteEndObject();
        }

        private static void Number(Utf8JsonWriter json, JsonEncodedText name, int? value)
        {
            if (value is { } number)
            {
                json.WriteNumber(name, number);
            }
        }
    }
}
