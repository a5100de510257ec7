using System.Runtime.CompilerServices;

namespace RunnerBack
{
    /// <summary>
    /// A rule that raises one fixed <see cref="Finding"/> (a red flag or a stop signal) when its
    /// condition holds. Derive from it for the common case; derive from <see cref="TriageRule"/>
    /// when a rule picks between findings.
    /// </summary>
    /// <remarks>Implementations must be stateless and thread-safe.</remarks>
    public abstract class FindingRule : TriageRule
    {
        private readonly Finding _finding;

        /// <summary>Creates the rule; its kind and minimum disposition are the finding's.</summary>
        /// <exception cref="System.ArgumentException">A value is missing.</exception>
        protected FindingRule(string id, string description, string source, Finding finding)
            : base(
                id,
                Guard.NotNull(finding, nameof(finding)).Kind == FindingKind.RedFlag ? RuleKind.RedFlag : RuleKind.StopSignal,
                description,
                source,
                finding.MinimumDisposition)
        {
            _finding = finding;
        }

        // The output, for the engine to rank and gate once, when it is built (see PipelineStep).
        internal Finding Output => _finding;

        /// <inheritdoc />
        public sealed override void Evaluate(TriageContext context)
        {
            if (AppliesTo(context))
            {
                context.Add(_finding);
            }
        }

        /// <summary>True when the finding fires for this evaluation.</summary>
        protected abstract bool AppliesTo(TriageContext context);

        // The engine's way to run the rule (see PipelineStep): inlined into its loop, so that the
        // condition is the only virtual call.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal byte Run(TriageContext context, in PipelineStep step) => AppliesTo(context) ? context.Emit(_finding, step.Rank) : RuleTrace.NotApplicable;
    }
}
