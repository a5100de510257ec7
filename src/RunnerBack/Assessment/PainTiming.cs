namespace RunnerBack
{
    /// <summary>When the pain is felt (JSON <c>timing</c>). A safety question when there is pain: no default stands in for it.</summary>
    public enum PainTiming
    {
        /// <summary>While running (JSON <c>duringRun</c>).</summary>
        DuringRun = 0,
        /// <summary>After running (JSON <c>afterRun</c>).</summary>
        AfterRun = 1,
        /// <summary>At rest (JSON <c>atRest</c>).</summary>
        AtRest = 2,
        /// <summary>At night (JSON <c>atNight</c>).</summary>
        AtNight = 3,
        /// <summary>All the time (JSON <c>constant</c>).</summary>
        Constant = 4,
        /// <summary>The runner is not sure (JSON <c>notSure</c>); rules count it as <see cref="Constant"/>, the riskier answer.</summary>
        NotSure = 5,
    }
}
