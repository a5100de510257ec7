namespace RunnerBack
{
    /// <summary>What the engine does when a rule throws. Default <see cref="FailSafe"/>.</summary>
    public enum FaultPolicy
    {
        /// <summary>Discard the rule's output, mark the result incomplete, record the fault in the trace and raise the disposition to at least <see cref="Disposition.SeeProfessional"/>.</summary>
        FailSafe = 0,
        /// <summary>Stop and throw a <see cref="TriageRuleException"/> that names the rule.</summary>
        Throw = 1,
    }
}
