namespace RunnerBack
{
    /// <summary>
    /// The answer to a yes-or-no question that a runner may not be sure of (JSON <c>true</c>,
    /// <c>false</c> or <c>"notSure"</c>).
    /// </summary>
    /// <remarks>
    /// Rules count <see cref="NotSure"/> as <see cref="Yes"/>, the riskier answer, as a telephone
    /// triage service does; <see cref="YesNoAnswers.CountsAsYes"/> says so in one place.
    /// </remarks>
    public enum YesNo
    {
        /// <summary>No (JSON <c>false</c>).</summary>
        No = 0,
        /// <summary>Yes (JSON <c>true</c>).</summary>
        Yes = 1,
        /// <summary>The runner is not sure (JSON <c>"notSure"</c>).</summary>
        NotSure = 2,
    }
}
