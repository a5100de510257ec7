using System.Runtime.CompilerServices;

namespace RunnerBack
{
    // The evaluation stages: findings (red flags and stop signals) before contributors before
    // recommendations, because each stage reads what the earlier ones settled.
    internal static class StageOrder
    {
        // Inlined into the stage checks every recommendation rule makes (see TriageContext).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Of(RuleKind kind) => kind switch
        {
            RuleKind.RedFlag or RuleKind.StopSignal => 0,
            RuleKind.Contributor => 1,
            _ => 2,
        };
    }
}
