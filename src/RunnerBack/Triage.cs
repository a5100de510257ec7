using System;

namespace RunnerBack
{
    /// <summary>
    /// The front door: <c>Triage.Assess(assessment)</c> triages with the default rules and options.
    /// </summary>
    /// <remarks>Thread-safe. The default engine is built once, on first use.</remarks>
    public static class Triage
    {
        /// <summary>
        /// The version of the default clinical rule set. A property rather than a constant, so an app
        /// compiled against one version of the package reads the version it runs with.
        /// </summary>
        public static string RuleSetVersion { get; } = "1.0.0";

        private static readonly Lazy<TriageEngine> DefaultEngine = new Lazy<TriageEngine>(() => CreateBuilder().Build());

        /// <summary>The engine with the default rules and options.</summary>
        public static TriageEngine Default => DefaultEngine.Value;

        /// <summary>Triages one assessment with the default engine.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
        public static TriageResult Assess(PainAssessment assessment) => Default.Assess(assessment);

        /// <summary>The interview over the default engine: which question to ask next, and when to stop.</summary>
        public static TriageInterview Interview => TriageInterview.Default;

        /// <summary>A builder that starts from the default rules and options.</summary>
        public static TriageEngineBuilder CreateBuilder() => new TriageEngineBuilder().AddDefaultRules();
    }
}
