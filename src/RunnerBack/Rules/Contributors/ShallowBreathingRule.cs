namespace RunnerBack.Rules.Contributors
{
    /// <summary>Shallow breathing while running.</summary>
    internal sealed class ShallowBreathingRule : ContributorRule
    {
        public ShallowBreathingRule()
            : base(ContributorCodes.ShallowBreathing, Sources.UnseenConnections)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Form.Contains(FormFault.ShallowBreathing);
        }
    }
}
