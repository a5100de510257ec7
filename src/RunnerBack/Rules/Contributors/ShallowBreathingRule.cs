namespace RunnerBack.Rules.Contributors
{
    /// <summary>Shallow breathing while running.</summary>
    internal sealed class ShallowBreathingRule : ContributorRule
    {
        public ShallowBreathingRule()
            : base(
                "contributor.shallowBreathing",
                "Shallow breathing while running.",
                Sources.Seed000,
                new Contributor(ContributorCodes.ShallowBreathing, "Shallow breathing from the chest keeps the neck and upper back muscles tense."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Form.Contains(FormFault.ShallowBreathing);
        }
    }
}
