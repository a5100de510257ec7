namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Pain that spreads into the arms, hands, legs or around the ribs.</summary>
    internal sealed class RadiatingPainRule : FindingRule
    {
        private static readonly EnumSet<RadiationTarget> NerveRoutes =
            EnumSet<RadiationTarget>.Of(RadiationTarget.Arms, RadiationTarget.Hands, RadiationTarget.Legs, RadiationTarget.AroundRibs);

        public RadiatingPainRule()
            : base(FindingKind.RedFlag, RedFlagCodes.RadiatingPain, Disposition.SeeProfessional, Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.RadiatesTo.Overlaps(NerveRoutes);
        }
    }
}
