using System.Runtime.CompilerServices;

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

        // The output, for the engine to rank and gate once, when it is built (see PipelineStep).
        internal Recommendation Output => _recommendation;

        /// <inheritdoc />
        public sealed override void Evaluate(TriageContext context)
        {
            if (AppliesTo(context))
            {
                context.Add(_recommendation);
            }
        }

        /// <summary>True when the recommendation is called for; the gate still decides whether it is given.</summary>
        protected abstract bool AppliesTo(TriageContext context);

        // The engine's way to run the rule (see PipelineStep): inlined into its loop, so that the
        // condition is the only virtual call.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal byte Run(TriageContext context, in PipelineStep step) => AppliesTo(context) ? context.Emit(_recommendation, step.AllowedAt, step.Rank) : RuleTrace.NotApplicable;
    }
}
