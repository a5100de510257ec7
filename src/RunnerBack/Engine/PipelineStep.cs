namespace RunnerBack
{
    // How the engine runs one rule. A FindingRule, ContributorRule or RecommendationRule always
    // adds the same one output when its condition holds (their Evaluate is sealed), so the engine
    // asks such a rule only its condition and adds the output itself: one virtual call per rule
    // instead of two, and none of the checks TriageContext.Add makes for rules it cannot vouch for.
    // Any other rule runs through Evaluate. Both ways give the same result and the same trace.
    internal readonly struct PipelineStep
    {
        public readonly TriageRule Rule;
        public readonly FindingRule? FindingRule;
        public readonly ContributorRule? ContributorRule;
        public readonly RecommendationRule? RecommendationRule;

        // Bit d is set when the safety gate allows the recommendation at disposition d, worked out
        // once here rather than on every evaluation.
        public readonly int AllowedAt;

        // The fixed output's place in the result order (see ResultAssembler.RanksOf).
        public readonly int Rank;

        public PipelineStep(TriageRule rule, int rank)
        {
            Rule = rule;
            Rank = rank;
            FindingRule = rule as FindingRule;
            ContributorRule = rule as ContributorRule;
            RecommendationRule = rule as RecommendationRule;
            AllowedAt = 0;
            if (RecommendationRule is not null)
            {
                for (var disposition = Disposition.KeepRunning; disposition <= Disposition.Emergency; disposition++)
                {
                    AllowedAt |= RecommendationGate.Allows(disposition, RecommendationRule.Output) ? 1 << (int)disposition : 0;
                }
            }
        }
    }
}
