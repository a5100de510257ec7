namespace RunnerBack.Rules.StopSignals
{
    /// <summary>Sharp, stabbing, electrical or catching pain; "not sure" counts as sharp (docs/json.md, "Safety questions and not sure").</summary>
    internal sealed class SharpOrNervePainRule : FindingRule
    {
        private static readonly EnumSet<PainQuality> JointOrNerveQualities =
            EnumSet<PainQuality>.Of(PainQuality.Sharp, PainQuality.Stabbing, PainQuality.Electrical, PainQuality.Catching, PainQuality.NotSure);

        public SharpOrNervePainRule()
            : base(FindingKind.StopSignal, StopSignalCodes.SharpOrNervePain, Disposition.StopAndRest, Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Quality is { } quality && JointOrNerveQualities.Contains(quality);
        }
    }
}
