using System.Runtime.CompilerServices;

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

        // The output, for the engine to rank and gate once, when it is built (see PipelineStep).
        internal Contributor Output => _contributor;

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

        // The engine's way to run the rule (see PipelineStep): inlined into its loop, so that the
        // condition is the only virtual call.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal byte Run(TriageContext context, in PipelineStep step) => AppliesTo(context) ? context.Emit(_contributor, step.Rank) : RuleTrace.NotApplicable;
    }
}
