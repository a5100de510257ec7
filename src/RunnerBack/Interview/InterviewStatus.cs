namespace RunnerBack
{
    /// <summary>Whether the interview has a question or is done (JSON <c>status</c>).</summary>
    public enum InterviewStatus
    {
        /// <summary>Ask <see cref="InterviewStep.Question"/> next (JSON <c>question</c>).</summary>
        Question = 0,
        /// <summary>No more questions: <see cref="InterviewStep.Result"/> holds the triage (JSON <c>done</c>).</summary>
        Done = 1,
    }
}
