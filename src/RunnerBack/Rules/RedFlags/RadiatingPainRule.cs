namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Pain that spreads into the arms, hands, legs or around the ribs.</summary>
    internal sealed class RadiatingPainRule : FindingRule
    {
        private static readonly EnumSet<RadiationTarget> NerveRoutes =
            EnumSet<RadiationTarget>.Of(RadiationTarget.Arms, RadiationTarget.Hands, RadiationTarget.Legs, RadiationTarget.AroundRibs);

        public RadiatingPainRule()
            : base(
                "redFlag.radiatingPain",
                "Pain that spreads into the arms, hands, legs or around the ribs.",
                Sources.Seed004,
                new Finding(
                    RedFlagCodes.RadiatingPain,
                    FindingKind.RedFlag,
                    Disposition.SeeProfessional,
                    "Pain that travels into the arms, hands, legs or around the ribs suggests nerve irritation: stop and get advice."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.RadiatesTo.Overlaps(NerveRoutes);
        }
    }
}
