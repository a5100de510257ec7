namespace RunnerBack
{
    /// <summary>A rule that names one fixed <see cref="Contributor"/> when its condition holds.</summary>
    /// <remarks>Implementations must be stateless and thread-safe.</remarks>
    public abstract class ContributorRule : TriageRule
    {
        private readonly Contributor _contributor;

        /// <summary>Creates the rule.</summary>
        /// <exception cref="System.ArgumentException">A value is missing.</exception>
        protected ContributorRule(string id, string description, string source, Contributor contributor)
            : base(id, RuleKind.Contributor, description, source)
        {
            _contributor = Guard.NotNull(contributor, nameof(contributor));
        }

        // A built-in rule: the contributor's explanation is the catalogue's text for the rule.
        private protected ContributorRule(string code, string source)
            : base(RuleKind.Contributor, code, source)
        {
            _contributor = new Contributor(code, ResultLocalizer.English(TextKey("explanation")), TextKey("explanation"));
        }

        /// <inheritdoc />
        public sealed override void Evaluate(TriageContext context)
        {
            if (AppliesTo(context))
            {
                context.Add(_contributor);
            }
        }

        /// <summary>True when the contributor fires for this evaluation.</summary>
        protected abstract bool AppliesTo(TriageContext context);
    }
}
