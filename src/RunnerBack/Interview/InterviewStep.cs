namespace RunnerBack
{
    /// <summary>
    /// One step of the interview: the next question, or the result when no question is left; the
    /// range of dispositions the answers still allow either way.
    /// </summary>
    /// <remarks>Immutable and thread-safe, with value equality. The same answers always give an equal step.</remarks>
    public sealed record InterviewStep
    {
        internal InterviewStep(InterviewStatus status, Question? question, DispositionRange range, int asked, int openSafetyQuestions, ValueList<string> unanswered, TriageResult? result)
        {
            Status = status;
            Question = question;
            DispositionRange = range;
            Asked = asked;
            OpenSafetyQuestions = openSafetyQuestions;
            Unanswered = unanswered;
            Result = result;
        }

        internal InterviewStep WithQuestion(Question question) => new InterviewStep(Status, question, DispositionRange, Asked, OpenSafetyQuestions, Unanswered, Result);

        /// <summary>Whether there is a question to ask or the interview is done.</summary>
        public InterviewStatus Status { get; }

        /// <summary>True when the interview is done and <see cref="Result"/> holds the triage.</summary>
        public bool IsDone => Status == InterviewStatus.Done;

        /// <summary>The question to ask next; null when done.</summary>
        public Question? Question { get; }

        /// <summary>The dispositions the answers so far still allow.</summary>
        public DispositionRange DispositionRange { get; }

        /// <summary>How many questions have been answered so far (declined ones included).</summary>
        public int Asked { get; }

        /// <summary>How many safety questions that apply are still open.</summary>
        public int OpenSafetyQuestions { get; }

        /// <summary>When done, the ids of the safety questions left open because their answers could not change the disposition; empty otherwise.</summary>
        public ValueList<string> Unanswered { get; }

        /// <summary>When done, the triage of the answers (open safety questions at their least risky answers, which cannot change the disposition); null otherwise.</summary>
        public TriageResult? Result { get; }
    }
}
