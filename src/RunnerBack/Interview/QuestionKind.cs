namespace RunnerBack
{
    /// <summary>How a question is answered (JSON <c>kind</c>).</summary>
    public enum QuestionKind
    {
        /// <summary>A whole number on a scale from <see cref="Question.Min"/> to <see cref="Question.Max"/> (JSON <c>scale</c>).</summary>
        Scale = 0,
        /// <summary>One of the options (JSON <c>singleChoice</c>).</summary>
        SingleChoice = 1,
        /// <summary>Any of the options, as a list; an empty list means "none of these" (JSON <c>multipleChoice</c>).</summary>
        MultipleChoice = 2,
        /// <summary>Yes or no, and "not sure" where the question allows it (JSON <c>yesNo</c>).</summary>
        YesNo = 3,
        /// <summary>A number with a unit, from <see cref="Question.Min"/> to <see cref="Question.Max"/> (JSON <c>number</c>).</summary>
        Number = 4,
    }
}
