namespace RunnerBack.Rules.StopSignals
{
    /// <summary>Pain that makes the runner change how they run.</summary>
    internal sealed class AlteredRunningFormRule : FindingRule
    {
        public AlteredRunningFormRule()
            : base(FindingKind.StopSignal, StopSignalCodes.AlteredRunningForm, Disposition.StopAndRest, Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.AltersRunningForm.CountsAsYes();
        }
    }
}
