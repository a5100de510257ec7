namespace RunnerBack.Rules.StopSignals
{
    /// <summary>Pain at or above stopPainLevel.</summary>
    internal sealed class PainAtOrAboveStopLevelRule : FindingRule
    {
        public PainAtOrAboveStopLevelRule()
            : base(
                "stopSignal.painAtOrAboveStopLevel",
                "Pain at or above stopPainLevel.",
                Sources.Seed004,
                new Finding(
                    StopSignalCodes.PainAtOrAboveStopLevel,
                    FindingKind.StopSignal,
                    Disposition.StopAndRest,
                    "Pain at this level is more than a mild ache: stop running for now."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.PainLevel >= context.Options.StopPainLevel;
        }
    }
}
