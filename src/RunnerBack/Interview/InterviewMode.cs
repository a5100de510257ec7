namespace RunnerBack
{
    /// <summary>How far the interview goes (JSON <c>mode</c>). Default <see cref="Safety"/>.</summary>
    public enum InterviewMode
    {
        /// <summary>Ask the safety questions until the disposition is certain (JSON <c>safety</c>).</summary>
        Safety = 0,
        /// <summary>Then go on with the profile and form questions whose answer can still change the advice (JSON <c>complete</c>).</summary>
        Complete = 1,
    }
}
