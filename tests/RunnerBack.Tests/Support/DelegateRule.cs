using System;

namespace RunnerBack.Tests.Support
{
    // A rule of any kind whose evaluation is a lambda, to probe what the pipeline lets a rule do.
    internal sealed class DelegateRule : TriageRule
    {
        private readonly Action<TriageContext> _evaluate;

        public DelegateRule(string id, RuleKind kind, Action<TriageContext> evaluate)
            : base(id, kind, "A probe for pipeline tests.", "test", kind is RuleKind.RedFlag or RuleKind.StopSignal ? Disposition.SeeProfessional : null)
        {
            _evaluate = evaluate;
        }

        public override void Evaluate(TriageContext context) => _evaluate(context);
    }
}
