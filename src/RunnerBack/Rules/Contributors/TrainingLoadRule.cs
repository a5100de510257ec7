namespace RunnerBack.Rules.Contributors
{
    /// <summary>New or returning to running, or no rest days in the week.</summary>
    internal sealed class TrainingLoadRule : ContributorRule
    {
        public TrainingLoadRule()
            : base(
                "contributor.trainingLoad",
                "New or returning to running, or no rest days in the week.",
                Sources.Seed000 + "; " + Sources.Seed002,
                new Contributor(ContributorCodes.TrainingLoad, "New or returning runners, and anyone without rest days, ask more of their muscles than they can yet recover from."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var runner = context.Runner;
            return runner.Experience == RunnerExperience.New
                || runner.Experience == RunnerExperience.Returning
                || runner.RestDaysPerWeek == 0;
        }
    }
}
