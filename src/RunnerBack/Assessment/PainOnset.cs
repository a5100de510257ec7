namespace RunnerBack
{
    /// <summary>How the pain began (JSON <c>onset</c>). A safety question when there is pain: no default stands in for it.</summary>
    public enum PainOnset
    {
        /// <summary>It built up gradually (JSON <c>gradual</c>).</summary>
        Gradual = 0,
        /// <summary>It came on suddenly (JSON <c>sudden</c>).</summary>
        Sudden = 1,
        /// <summary>The runner is not sure (JSON <c>notSure</c>); rules count it as <see cref="Sudden"/>, the riskier answer.</summary>
        NotSure = 2,
    }
}
