namespace RunnerBack
{
    /// <summary>One changed answer of a <see cref="DispositionChange"/>: the question's JSON path and its new answer.</summary>
    /// <remarks>Immutable and thread-safe, with value equality.</remarks>
    public sealed record AnswerChange
    {
        /// <summary>Creates a change.</summary>
        /// <param name="path">The JSON path of the answer, such as <c>$.painLevel</c>.</param>
        /// <param name="answer">The new answer.</param>
        /// <exception cref="System.ArgumentException">The path is missing.</exception>
        public AnswerChange(string path, Answer answer)
        {
            Path = Guard.NotBlank(path, nameof(path));
            Answer = answer;
        }

        /// <summary>The JSON path of the answer, such as <c>$.painLevel</c>.</summary>
        public string Path { get; }

        /// <summary>The new answer.</summary>
        public Answer Answer { get; }

        /// <summary>The path and the answer, as in <c>$.painLevel = 3</c>.</summary>
        public override string ToString() => Path + " = " + Answer;
    }
}
