using System.Text.Json.Serialization;

namespace RunnerBack.Json
{
    // The wire shapes of CONTRACT.md for the source-generated serializer. Enum values travel as
    // their contract names (strings), so the mapping stays explicit and reflection-free.
    internal sealed class ResultDto
    {
        public string Disposition { get; set; } = string.Empty;

        public string Headline { get; set; } = string.Empty;

        public RedFlagDto[] RedFlags { get; set; } = new RedFlagDto[0];

        public FindingDto[] Findings { get; set; } = new FindingDto[0];

        public ContributorDto[] Contributors { get; set; } = new ContributorDto[0];

        public RecommendationDto[] Recommendations { get; set; } = new RecommendationDto[0];

        public TraceDto[] Trace { get; set; } = new TraceDto[0];

        public bool Complete { get; set; }

        public string RuleSetVersion { get; set; } = string.Empty;

        public string Disclaimer { get; set; } = string.Empty;
    }

    internal sealed class RedFlagDto
    {
        public string Code { get; set; } = string.Empty;

        public string MinimumDisposition { get; set; } = string.Empty;

        public string Explanation { get; set; } = string.Empty;
    }

    internal sealed class FindingDto
    {
        public string Code { get; set; } = string.Empty;

        public string Kind { get; set; } = string.Empty;

        public string MinimumDisposition { get; set; } = string.Empty;

        public string Explanation { get; set; } = string.Empty;
    }

    internal sealed class ContributorDto
    {
        public string Code { get; set; } = string.Empty;

        public string Explanation { get; set; } = string.Empty;
    }

    internal sealed class RecommendationDto
    {
        public string Code { get; set; } = string.Empty;

        public string Category { get; set; } = string.Empty;

        public string Title { get; set; } = string.Empty;

        public string Instructions { get; set; } = string.Empty;

        public DoseDto Dose { get; set; } = new DoseDto();
    }

    internal sealed class DoseDto
    {
        public int? HoldSecondsMin { get; set; }

        public int? HoldSecondsMax { get; set; }

        public int? Repetitions { get; set; }

        public bool? PerSide { get; set; }

        public int? PauseSecondsMin { get; set; }

        public int? PauseSecondsMax { get; set; }

        public int? DurationSecondsMin { get; set; }

        public int? DurationSecondsMax { get; set; }

        public int? IntervalMinutesMin { get; set; }

        public int? IntervalMinutesMax { get; set; }

        public int? SessionsPerWeek { get; set; }

        public int? DurationDays { get; set; }

        public string? Frequency { get; set; }
    }

    internal sealed class TraceDto
    {
        public string RuleId { get; set; } = string.Empty;

        public string Outcome { get; set; } = string.Empty;

        public string Detail { get; set; } = string.Empty;
    }

    internal sealed class AssessmentDto
    {
        public int PainLevel { get; set; }

        public string? Quality { get; set; }

        public string? Location { get; set; }

        public string[] RadiatesTo { get; set; } = new string[0];

        public string Trend { get; set; } = string.Empty;

        public string Onset { get; set; } = string.Empty;

        public string Timing { get; set; } = string.Empty;

        public bool PersistsAfterStopping { get; set; }

        public bool AltersRunningForm { get; set; }

        public int DurationDays { get; set; }

        public bool SelfCareTried { get; set; }

        public bool RecentTrauma { get; set; }

        public string[] Symptoms { get; set; } = new string[0];

        public RunnerDto? Runner { get; set; }

        public string[] Form { get; set; } = new string[0];
    }

    internal sealed class RunnerDto
    {
        public int? Age { get; set; }

        public string? Experience { get; set; }

        public double? SittingHoursPerDay { get; set; }

        public int? RestDaysPerWeek { get; set; }

        public string? CarriedLoad { get; set; }

        public bool? LoadFitsWell { get; set; }

        public double? ShoeDistanceKm { get; set; }

        public bool? ShoesFitWell { get; set; }

        public int? StrengthTrainingPerWeek { get; set; }

        public bool? WarmsUp { get; set; }

        public string? StressLevel { get; set; }

        public string? Hydration { get; set; }

        public string[] History { get; set; } = new string[0];
    }

    internal sealed class ErrorsDto
    {
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? Line { get; set; }

        public ErrorDto[] Errors { get; set; } = new ErrorDto[0];
    }

    internal sealed class ErrorDto
    {
        public string Path { get; set; } = string.Empty;

        public string Code { get; set; } = string.Empty;

        public string Message { get; set; } = string.Empty;
    }

    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
    [JsonSerializable(typeof(ResultDto))]
    [JsonSerializable(typeof(AssessmentDto))]
    [JsonSerializable(typeof(ErrorsDto))]
    internal sealed partial class WireJsonContext : JsonSerializerContext
    {
    }
}
