namespace RunnerBack
{
    /// <summary>
    /// A rule that gives one fixed <see cref="Recommendation"/> when its condition holds and the
    /// safety gate allows its category at the disposition.
    /// </summary>
    /// <remarks>Implementations must be stateless and thread-safe.</remarks>
    public abstract class RecommendationRule : TriageRule
    {
        private readonly Recommendation _recommendation;

        /// <summary>Creates the rule.</summary>
        /// <exception cref="System.ArgumentException">A value is missing.</exception>
        protected RecommendationRule(string id, string description, string source, Recommendation recommendation)
            : base(id, RuleKind.Recommendation, description, source)
        {
            _recommendation = Guard.NotNull(recommendation, nameof(recommendation));
        }

        // A built-in rule: the title, instructions and the dose's wording are the catalogue's texts
        // for the rule; the rule gives the dose's numbers, if it has any.
        private protected RecommendationRule(string code, RecommendationCategory category, string source, Dose? amounts = null)
            : base(RuleKind.Recommendation, code, source)
        {
            var frequency = ResultLocalizer.English(TextKey("frequency"));
            _recommendation = new Recommendation(
                code,
                category,
                ResultLocalizer.English(TextKey("title")),
                ResultLocalizer.English(TextKey("instructions")),
                amounts is null ? new Dose(frequency) : amounts.WithFrequency(frequency),
                TextKey("title"),
                TextKey("instructions"),
                TextKey("frequency"));
        }

        /// <inheritdoc />
        public sealed override void Evaluate(TriageContext context)
        {
            if (AppliesTo(context))
            {
                context.Add(Choose(context));
            }
        }

        // A built-in rule whose instructions differ at some dispositions picks them here.
        private protected virtual Recommendation Choose(TriageContext context) => _recommendation;

        // The built-in recommendation with the instructions under another of the rule's text keys.
        private protected Recommendation WithInstructions(string field) =>
            new Recommendation(
                _recommendation.Code,
                _recommendation.Category,
                _recommendation.Title,
                ResultLocalizer.English(TextKey(field)),
                _recommendation.Dose,
                _recommendation.TitleKey,
                TextKey(field),
                _recommendation.FrequencyKey);

        /// <summary>True when the recommendation is called for; the gate still decides whether it is given.</summary>
        protected abstract bool AppliesTo(TriageContext context);
    }
}
