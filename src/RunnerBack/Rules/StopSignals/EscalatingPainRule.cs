namespace RunnerBack.Rules.StopSignals
{
    /// <summary>Pain that gets worse while running.</summary>
    internal sealed class EscalatingPainRule : FindingRule
    {
        public EscalatingPainRule()
            : base(FindingKind.StopSignal, StopSignalCodes.EscalatingPain, Disposition.StopAndRest, Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Trend is PainTrend.Worsening or PainTrend.NotSure;
        }
    }
}
