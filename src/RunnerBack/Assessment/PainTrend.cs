namespace RunnerBack
{
    /// <summary>How the pain changes while running (JSON <c>trend</c>). A safety question when there is pain: no default stands in for it.</summary>
    public enum PainTrend
    {
        /// <summary>The pain eases (JSON <c>improving</c>).</summary>
        Improving = 0,
        /// <summary>The pain stays the same (JSON <c>stable</c>).</summary>
        Stable = 1,
        /// <summary>The pain escalates while running (JSON <c>worsening</c>).</summary>
        Worsening = 2,
        /// <summary>The runner is not sure (JSON <c>notSure</c>); rules count it as <see cref="Worsening"/>, the riskier answer.</summary>
        NotSure = 3,
    }
}
