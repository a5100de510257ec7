namespace RunnerBack
{
    /// <summary>How the pain changes while running (JSON <c>trend</c>). Default <see cref="Stable"/>.</summary>
    public enum PainTrend
    {
        /// <summary>The pain eases (JSON <c>improving</c>).</summary>
        Improving = 0,
        /// <summary>The pain stays the same (JSON <c>stable</c>).</summary>
        Stable = 1,
        /// <summary>The pain escalates while running (JSON <c>worsening</c>).</summary>
        Worsening = 2,
    }
}
