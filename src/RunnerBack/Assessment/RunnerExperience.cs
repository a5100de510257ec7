namespace RunnerBack
{
    /// <summary>How experienced the runner is (JSON <c>runner.experience</c>).</summary>
    public enum RunnerExperience
    {
        /// <summary>New to running (JSON <c>new</c>).</summary>
        New = 0,
        /// <summary>Returning after a break (JSON <c>returning</c>).</summary>
        Returning = 1,
        /// <summary>Runs regularly (JSON <c>regular</c>).</summary>
        Regular = 2,
    }
}
