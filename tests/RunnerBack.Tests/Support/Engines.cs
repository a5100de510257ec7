using System.Linq;

namespace RunnerBack.Tests.Support
{
    internal static class Engines
    {
        public static TriageEngine With(TriageOptions options) => Triage.CreateBuilder().WithOptions(options).Build();

        public static TriageResult Assess(this AssessmentSpec spec, TriageOptions? options = null) =>
            options is null ? Triage.Assess(spec.Build()) : With(options).Assess(spec.Build());

        public static string[] FindingCodes(this TriageResult result) => result.Findings.Select(f => f.Code).ToArray();

        public static string[] ContributorCodes(this TriageResult result) => result.Contributors.Select(c => c.Code).ToArray();

        public static string[] RecommendationCodes(this TriageResult result) => result.Recommendations.Select(r => r.Code).ToArray();

        public static Finding? FindingFor(this TriageResult result, string code) => result.Findings.FirstOrDefault(f => f.Code == code);
    }
}
