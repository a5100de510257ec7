namespace RunnerBack
{
    /// <summary>How the pain began (JSON <c>onset</c>). Default <see cref="Gradual"/>.</summary>
    public enum PainOnset
    {
        /// <summary>It built up gradually (JSON <c>gradual</c>).</summary>
        Gradual = 0,
        /// <summary>It came on suddenly (JSON <c>sudden</c>).</summary>
        Sudden = 1,
    }
}
