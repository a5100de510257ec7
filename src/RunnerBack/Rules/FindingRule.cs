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
            : base(id, KindOf(Guard.NotNull(finding, nameof(finding))), description, source, finding.MinimumDisposition)
        {
            _finding = finding;
        }

        // A built-in rule: the finding's explanation is the catalogue's text for the rule.
        private protected FindingRule(FindingKind kind, string code, Disposition minimumDisposition, string source)
            : base(kind == FindingKind.RedFlag ? RuleKind.RedFlag : RuleKind.StopSignal, code, source, minimumDisposition)
        {
            _finding = new Finding(code, kind, minimumDisposition, ResultLocalizer.English(TextKey("explanation")), TextKey("explanation"));
        }

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

        private static RuleKind KindOf(Finding finding) => finding.Kind == FindingKind.RedFlag ? RuleKind.RedFlag : RuleKind.StopSignal;
    }
}
