namespace RunnerBack
{
    /// <summary>The kind of a triage rule; the engine runs the kinds in stages: findings, then contributors, then recommendations.</summary>
    public enum RuleKind
    {
        /// <summary>Raises red-flag findings.</summary>
        RedFlag = 0,
        /// <summary>Raises stop-signal findings.</summary>
        StopSignal = 1,
        /// <summary>Names a likely contributor to the pain.</summary>
        Contributor = 2,
        /// <summary>Gives a dosed recommendation.</summary>
        Recommendation = 3,
    }
}

namespace RunnerBack
{
    // The evaluation stages: findings (red flags and stop signals) before contributors before
    // recommendations, because each stage reads what the earlier ones settled.
    internal static class RuleStages
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static int StageOf(RuleKind kind) => kind switch
        {
            RuleKind.RedFlag or RuleKind.StopSignal => 0,
            RuleKind.Contributor => 1,
            _ => 2,
        };
    }
}
