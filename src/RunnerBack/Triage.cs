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

        /// <summary>Assesses with the default engine, with the texts in a language and the emergency number of a region.</summary>
        /// <param name="assessment">The answers.</param>
        /// <param name="language">A language tag (en, es, fr, de, pt, pt-BR; others fall back), or null for the assessment's own.</param>
        /// <param name="region">An ISO 3166 country code, or null for the assessment's own.</param>
        /// <exception cref="System.ArgumentException">The language or region is not well formed.</exception>
        public static TriageResult Assess(PainAssessment assessment, string? language, string? region = null) => Default.Assess(assessment, language, region);

        /// <summary>The interview over the default engine: which question to ask next, and when to stop.</summary>
        public static TriageInterview Interview => TriageInterview.Default;

        /// <summary>A builder that starts from the default rules and options.</summary>
        public static TriageEngineBuilder CreateBuilder() => new TriageEngineBuilder().AddDefaultRules();
    }
}
