namespace RunnerBack.Rules.Contributors
{
    /// <summary>Carrying something in the hand, or a belt, vest or backpack not known to fit well.</summary>
    internal sealed class CarriedLoadRule : ContributorRule
    {
        public CarriedLoadRule()
            : base(ContributorCodes.CarriedLoad, Sources.UnseenConnections + "; " + Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var runner = context.Runner;
            return runner.CarriedLoad switch
            {
                CarriedLoad.Handheld => true,
                CarriedLoad.WaistBelt or CarriedLoad.HydrationVest or CarriedLoad.Backpack => runner.LoadFitsWell != true,
                _ => false,
            };
        }
    }
}
