namespace RunnerBack
{
    /// <summary>Reading a <see cref="YesNo"/> answer the way the rules do.</summary>
    public static class YesNoAnswers
    {
        /// <summary>
        /// True for <see cref="YesNo.Yes"/> and <see cref="YesNo.NotSure"/>: a rule counts "not sure"
        /// as the riskier answer. False for <see cref="YesNo.No"/> and for a question not asked
        /// (null), which a custom rule must not read as "no" when there is pain: the assessment
        /// then always has an answer.
        /// </summary>
        /// <param name="answer">The answer, or null when the question was not asked.</param>
        /// <returns>Whether the rule should act as if the answer were yes.</returns>
        public static bool CountsAsYes(this YesNo? answer) => answer is YesNo.Yes or YesNo.NotSure;

        /// <summary>Converts a definite answer.</summary>
        /// <param name="yes">True for yes.</param>
        /// <returns><see cref="YesNo.Yes"/> or <see cref="YesNo.No"/>.</returns>
        public static YesNo From(bool yes) => yes ? YesNo.Yes : YesNo.No;
    }
}
