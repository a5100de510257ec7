using System;
using System.Collections.Generic;
using System.Text;

namespace RunnerBack
{
    /// <summary>
    /// The answers a runner has given so far, by question id: what the interview takes to say what
    /// to ask next. Build it step by step with <see cref="With"/>; an app's back button is
    /// <see cref="Without"/>.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe, with value equality. Every answer is checked against its question
    /// when it is added, so a set of answers is always valid; the safety questions that are still
    /// open are what the interview asks next.
    /// </remarks>
    public sealed class InterviewAnswers : IEquatable<InterviewAnswers>
    {
        // One slot per question of the catalogue, in its order; null for a question not answered.
        private readonly Answer?[] _answers;

        private InterviewAnswers(Answer?[] answers) => _answers = answers;

        /// <summary>No answer yet.</summary>
        public static InterviewAnswers Empty { get; } = new InterviewAnswers(new Answer?[QuestionCatalogue.Ordered.Length]);

        /// <summary>The answers an assessment gives, for resuming an interview from a stored assessment.</summary>
        /// <param name="assessment">The assessment.</param>
        /// <returns>One answer per field the assessment has; its lists count as answered.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
        public static InterviewAnswers From(PainAssessment assessment)
        {
            var draft = AssessmentDraft.Of(Guard.NotNull(assessment, nameof(assessment)));
            var questions = QuestionCatalogue.Ordered;
            var answers = new Answer?[questions.Length];
            for (var i = 0; i < questions.Length; i++)
            {
                answers[i] = questions[i].AnswerIn(draft);
            }

            return new InterviewAnswers(answers);
        }

        /// <summary>The number of questions answered (declined ones included).</summary>
        public int Count
        {
            get
            {
                var count = 0;
                foreach (var answer in _answers)
                {
                    count += answer.HasValue ? 1 : 0;
                }

                return count;
            }
        }

        /// <summary>The same answers with <paramref name="answer"/> to the question <paramref name="questionId"/>, replacing any earlier one.</summary>
        /// <param name="questionId">A question id of the <see cref="QuestionCatalogue"/>.</param>
        /// <param name="answer">The answer; <see cref="Answer.Declined"/> only for a question that is not a safety question.</param>
        /// <returns>The new set of answers.</returns>
        /// <exception cref="ArgumentException">No question has this id, or the answer does not fit it.</exception>
        public InterviewAnswers With(string questionId, Answer answer)
        {
            var index = IndexOf(questionId);
            var question = QuestionCatalogue.Ordered[index];
            if (answer.Kind == AnswerKind.Declined)
            {
                if (question.IsSafety)
                {
                    throw new ArgumentException(DeveloperMessages.SafetyQuestionDeclined(questionId), nameof(answer));
                }
            }
            else if (question.SlotOf(answer) is null)
            {
                throw new ArgumentException(DeveloperMessages.AnswerDoesNotFit(questionId, answer), nameof(answer));
            }

            var answers = (Answer?[])_answers.Clone();
            answers[index] = answer;
            return new InterviewAnswers(answers);
        }

        /// <summary>The same answers without the one to <paramref name="questionId"/> (an app's back button).</summary>
        /// <param name="questionId">A question id of the <see cref="QuestionCatalogue"/>.</param>
        /// <returns>The new set of answers.</returns>
        /// <exception cref="ArgumentException">No question has this id.</exception>
        public InterviewAnswers Without(string questionId)
        {
            var answers = (Answer?[])_answers.Clone();
            answers[IndexOf(questionId)] = null;
            return new InterviewAnswers(answers);
        }

        /// <summary>The answer to <paramref name="questionId"/>, or null when it was not answered.</summary>
        /// <param name="questionId">A question id of the <see cref="QuestionCatalogue"/>.</param>
        /// <returns>The answer, or null.</returns>
        /// <exception cref="ArgumentException">No question has this id.</exception>
        public Answer? Find(string questionId) => _answers[IndexOf(questionId)];

        internal Answer? this[int index] => _answers[index];

        internal double? Number(string questionId) => Find(questionId) is { Kind: AnswerKind.Number } answer ? answer.Number : null;

        // Used by the JSON reader, which has checked each answer against its question.
        internal static InterviewAnswers FromChecked(Answer?[] answers) => new InterviewAnswers(answers);

        /// <inheritdoc />
        public bool Equals(InterviewAnswers? other)
        {
            if (other is null)
            {
                return false;
            }

            for (var i = 0; i < _answers.Length; i++)
            {
                if (!Nullable.Equals(_answers[i], other._answers[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as InterviewAnswers);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var answer in _answers)
            {
                hash = (hash * 31) + (answer?.GetHashCode() ?? 0);
            }

            return hash;
        }

        /// <summary>The answers as <c>id=answer</c> pairs in the catalogue's order.</summary>
        public override string ToString()
        {
            var text = new StringBuilder("{");
            for (var i = 0; i < _answers.Length; i++)
            {
                if (_answers[i] is { } answer)
                {
                    text.Append(text.Length > 1 ? ", " : " ").Append(QuestionCatalogue.Ordered[i].Id).Append('=').Append(answer);
                }
            }

            return text.Append(" }").ToString();
        }

        private static int IndexOf(string questionId)
        {
            var index = QuestionCatalogue.IndexOf(Guard.NotBlank(questionId, nameof(questionId)));
            return index >= 0 ? index : throw new ArgumentException(DeveloperMessages.NoSuchQuestion(questionId), nameof(questionId));
        }
    }
}
