namespace RunnerBack.Rules.StopSignals
{
    /// <summary>Pain that makes the runner change how they run.</summary>
    internal sealed class AlteredRunningFormRule : FindingRule
    {
        public AlteredRunningFormRule()
            : base(
                "stopSignal.alteredRunningForm",
                "Pain that makes the runner change how they run.",
                Sources.Seed004,
                new Finding(
                    StopSignalCodes.AlteredRunningForm,
                    FindingKind.StopSignal,
                    Disposition.StopAndRest,
                    "Running differently to protect a sore back strains other areas: rest instead."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.AltersRunningForm;
        }
    }
}
