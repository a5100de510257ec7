namespace RunnerBack.Rules.Recommendations
{
    /// <summary>
    /// Given at stop-and-rest, see-professional and urgent care. Not at emergency, where calling for
    /// help and waiting for it is the advice; at urgent care the runner gets a lift rather than
    /// walking or running back.
    /// </summary>
    internal sealed class StopRunningNowRule : RecommendationRule
    {
        private readonly Recommendation _atUrgentCare;

        public StopRunningNowRule()
            : base(RecommendationCodes.StopRunningNow, RecommendationCategory.Activity, Sources.CanIRunWithPain)
        {
            _atUrgentCare = WithInstructions("urgentInstructions");
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition >= Disposition.StopAndRest && context.Disposition < Disposition.Emergency;
        }

        private protected override Recommendation Choose(TriageContext context) =>
            context.Disposition == Disposition.UrgentCare ? _atUrgentCare : base.Choose(context);
    }
}
