namespace RunnerBack.Rules.Contributors
{
    /// <summary>New or returning to running, or no rest days in the week.</summary>
    internal sealed class TrainingLoadRule : ContributorRule
    {
        public TrainingLoadRule()
            : base(ContributorCodes.TrainingLoad, Sources.UnseenConnections + "; " + Sources.WhyPainWhenIRun)
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
