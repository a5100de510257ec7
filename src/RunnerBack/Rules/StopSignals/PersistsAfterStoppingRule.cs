namespace RunnerBack.Rules.StopSignals
{
    /// <summary>Pain that is still there after the runner stops.</summary>
    internal sealed class PersistsAfterStoppingRule : FindingRule
    {
        public PersistsAfterStoppingRule()
            : base(FindingKind.StopSignal, StopSignalCodes.PersistsAfterStopping, Disposition.StopAndRest, Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.PersistsAfterStopping.CountsAsYes();
        }
    }
}
