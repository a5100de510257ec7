using System;
using System.Linq;

namespace RunnerBack.Tests.Support
{
    internal static class Engines
    {
        // The default rules, newly constructed. Triage.Default and the builder share one instance of
        // each rule, made once per process before most tests run; code in a rule's constructor (its
        // id, texts, doses and sources) is only seen changing by a test that constructs the rule
        // itself, which is what mutation testing needs. Building 65 rules costs microseconds.
        public static TriageRule[] NewDefaultRules() =>
            DefaultRules.All.Select(rule => (TriageRule)Activator.CreateInstance(rule.GetType())!).ToArray();

        public static TriageEngine NewDefaultEngine(TriageOptions? options = null)
        {
            var builder = new TriageEngineBuilder();
            foreach (var rule in NewDefaultRules())
            {
                builder.AddRule(rule);
            }

            return builder.WithOptions(options ?? TriageOptions.Default).Build();
        }

        public static TriageEngine With(TriageOptions options) => NewDefaultEngine(options);

        public static TriageResult Assess(this AssessmentSpec spec, TriageOptions? options = null) =>
            NewDefaultEngine(options).Assess(spec.Build());

        public static string[] FindingCodes(this TriageResult result) => result.Findings.Select(f => f.Code).ToArray();

        public static string[] ContributorCodes(this TriageResult result) => result.Contributors.Select(c => c.Code).ToArray();

        public static string[] RecommendationCodes(this TriageResult result) => result.Recommendations.Select(r => r.Code).ToArray();

        public static Finding? FindingFor(this TriageResult result, string code) => result.Findings.FirstOrDefault(f => f.Code == code);
    }
}
