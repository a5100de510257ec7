namespace RunnerBack.Rules.StopSignals
{
    /// <summary>Sharp, stabbing, electrical or catching pain.</summary>
    internal sealed class SharpOrNervePainRule : FindingRule
    {
        private static readonly EnumSet<PainQuality> JointOrNerveQualities =
            EnumSet<PainQuality>.Of(PainQuality.Sharp, PainQuality.Stabbing, PainQuality.Electrical, PainQuality.Catching);

        public SharpOrNervePainRule()
            : base(
                "stopSignal.sharpOrNervePain",
                "Sharp, stabbing, electrical or catching pain.",
                Sources.Seed004,
                new Finding(
                    StopSignalCodes.SharpOrNervePain,
                    FindingKind.StopSignal,
                    Disposition.StopAndRest,
                    "Sharp, stabbing, electric or catching pain points to a joint or nerve rather than a tired muscle: stop running."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Quality is { } quality && JointOrNerveQualities.Contains(quality);
        }
    }
}
