namespace RunnerBack
{
    /// <summary>One option of a question: the answer it stands for and its label for the runner.</summary>
    /// <remarks>Immutable and thread-safe, with value equality.</remarks>
    public sealed record QuestionOption
    {
        internal QuestionOption(Answer value, string label)
        {
            Value = value;
            Label = label;
        }

        /// <summary>
        /// The answer: an option value (<c>"sudden"</c>, <c>"notSure"</c>), or true or false for a
        /// yes-or-no question. For a checklist it is one item of the list.
        /// </summary>
        public Answer Value { get; }

        /// <summary>The runner-facing label.</summary>
        public string Label { get; }

        /// <summary>The value and the label.</summary>
        public override string ToString() => Value + ": " + Label;
    }
}
