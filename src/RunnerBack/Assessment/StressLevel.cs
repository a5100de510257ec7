namespace RunnerBack
{
    /// <summary>The runner's stress level (JSON <c>runner.stressLevel</c>).</summary>
    public enum StressLevel
    {
        /// <summary>Low stress (JSON <c>low</c>).</summary>
        Low = 0,
        /// <summary>Moderate stress (JSON <c>moderate</c>).</summary>
        Moderate = 1,
        /// <summary>High stress (JSON <c>high</c>).</summary>
        High = 2,
    }
}
