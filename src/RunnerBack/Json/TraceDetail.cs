namespace RunnerBack.Json
{
    /// <summary>How much of a result's trace its JSON carries. The trace is most of a result's size.</summary>
    public enum TraceDetail
    {
        /// <summary>Every rule evaluated, in pipeline order (the default).</summary>
        All = 0,

        /// <summary>Only the rules that fired or faulted.</summary>
        FiredOnly = 1,

        /// <summary>No trace: the <c>trace</c> array is empty.</summary>
        None = 2,
    }
}
