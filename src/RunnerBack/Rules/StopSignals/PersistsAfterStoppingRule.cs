namespace RunnerBack.Rules.StopSignals
{
    /// <summary>Pain that is still there after the runner stops.</summary>
    internal sealed class PersistsAfterStoppingRule : FindingRule
    {
        public PersistsAfterStoppingRule()
            : base(
                "stopSignal.persistsAfterStopping",
                "Pain that is still there after the runner stops.",
                Sources.Seed004,
                new Finding(
                    StopSignalCodes.PersistsAfterStopping,
                    FindingKind.StopSignal,
                    Disposition.StopAndRest,
                    "Pain that stays after you stop running means your back needs rest."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.PersistsAfterStopping;
        }
    }
}
