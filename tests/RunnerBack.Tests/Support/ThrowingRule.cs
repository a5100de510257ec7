using System;

namespace RunnerBack.Tests.Support
{
    // A rule of any kind that always throws, to exercise the fault policies.
    internal sealed class ThrowingRule : TriageRule
    {
        public ThrowingRule(RuleKind kind, string id = "test.throws")
            : base(id, kind, "Always throws.", "test", kind is RuleKind.RedFlag or RuleKind.StopSignal ? Disposition.Emergency : null)
        {
        }

        public override void Evaluate(TriageContext context) => throw new InvalidOperationException("boom");
    }
}
