namespace RunnerBack
{
    // What the engine works out once, when it is built, about the fixed outputs of its rules (see
    // PipelineStep), so that putting a result in order compares ints instead of outputs.
    internal sealed class OutputRanking
    {
        public OutputRanking(int[] stepRanks, int[] findingGroups, int[] contributorGroups, int[] recommendationGroups)
        {
            StepRanks = stepRanks;
            FindingGroups = findingGroups;
            ContributorGroups = contributorGroups;
            RecommendationGroups = recommendationGroups;
        }

        // Per pipeline step: its output's place in the result order among all the pipeline's fixed
        // outputs of its kind, or ScratchList.Unranked for a rule without a fixed output.
        public int[] StepRanks { get; }

        // Per rank of each kind: the lowest rank whose output that kind's order calls the same (the
        // same code). Two ranked outputs repeat each other exactly when their groups are equal.
        public int[] FindingGroups { get; }

        public int[] ContributorGroups { get; }

        public int[] RecommendationGroups { get; }
    }
}
