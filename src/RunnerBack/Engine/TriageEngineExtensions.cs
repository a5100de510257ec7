namespace RunnerBack
{
    /// <summary>Assessing in a language, with any <see cref="ITriageEngine"/>, a fake one included.</summary>
    public static class TriageEngineExtensions
    {
        /// <summary>
        /// Assesses with the result's texts in <paramref name="language"/> and the emergency advice
        /// naming <paramref name="region"/>'s number; either, when null, is the assessment's own or,
        /// failing that, the engine's option (<see cref="TriageOptions.Language"/>, <see cref="TriageOptions.Region"/>).
        /// </summary>
        /// <param name="engine">The engine.</param>
        /// <param name="assessment">The answers.</param>
        /// <param name="language">A language tag (en, es, fr, de, pt, pt-BR; others fall back as <see cref="Languages.Resolve"/> says), or null.</param>
        /// <param name="region">An ISO 3166 country code such as GB, or null.</param>
        /// <exception cref="System.ArgumentNullException">The engine or the assessment is null.</exception>
        /// <exception cref="System.ArgumentException">The language or region is not well formed.</exception>
        public static TriageResult Assess(this ITriageEngine engine, PainAssessment assessment, string? language, string? region = null)
        {
            Guard.NotNull(engine, nameof(engine));
            Guard.NotNull(assessment, nameof(assessment));
            return engine.Assess(assessment with { Language = language ?? assessment.Language, Region = region ?? assessment.Region });
        }
    }
}
