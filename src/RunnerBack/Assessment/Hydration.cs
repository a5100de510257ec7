namespace RunnerBack
{
    /// <summary>How well the runner drinks (JSON <c>runner.hydration</c>).</summary>
    public enum Hydration
    {
        /// <summary>Drinks enough (JSON <c>adequate</c>).</summary>
        Adequate = 0,
        /// <summary>Drinks too little (JSON <c>low</c>).</summary>
        Low = 1,
    }
}
