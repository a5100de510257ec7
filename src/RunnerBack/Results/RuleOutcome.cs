namespace RunnerBack
{
    /// <summary>What a rule did for one assessment, as shown in the trace.</summary>
    public enum RuleOutcome
    {
        /// <summary>The rule's conditions held and it contributed to the result (JSON <c>fired</c>).</summary>
        Fired = 0,
        /// <summary>The rule's conditions did not hold, or its output was withheld by the safety gate (JSON <c>notApplicable</c>).</summary>
        NotApplicable = 1,
        /// <summary>The rule threw; its output was discarded and the result marked incomplete (JSON <c>faulted</c>).</summary>
        Faulted = 2,
    }
}
