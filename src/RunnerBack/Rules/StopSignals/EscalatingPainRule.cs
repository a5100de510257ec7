namespace RunnerBack.Rules.StopSignals
{
    /// <summary>Pain that gets worse while running.</summary>
    internal sealed class EscalatingPainRule : FindingRule
    {
        public EscalatingPainRule()
            : base(
                "stopSignal.escalatingPain",
                "Pain that gets worse while running.",
                Sources.Seed004,
                new Finding(
                    StopSignalCodes.EscalatingPain,
                    FindingKind.StopSignal,
                    Disposition.StopAndRest,
                    "Pain that builds while you run is a sign to stop, even if it started mild."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Trend == PainTrend.Worsening;
        }
    }
}
