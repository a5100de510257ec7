namespace RunnerBack.Rules.StopSignals
{
    /// <summary>Pain at or above stopPainLevel.</summary>
    internal sealed class PainAtOrAboveStopLevelRule : FindingRule
    {
        public PainAtOrAboveStopLevelRule()
            : base(FindingKind.StopSignal, StopSignalCodes.PainAtOrAboveStopLevel, Disposition.StopAndRest, Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.PainLevel >= context.Options.StopPainLevel;
        }
    }
}
