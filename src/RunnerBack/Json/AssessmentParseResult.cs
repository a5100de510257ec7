namespace RunnerBack.Json
{
    /// <summary>The outcome of reading an assessment from JSON: the assessment, or every problem found.</summary>
    /// <remarks>Immutable and thread-safe. Exactly one of <see cref="Assessment"/> and <see cref="Errors"/> is set.</remarks>
    public sealed record AssessmentParseResult
    {
        private AssessmentParseResult(PainAssessment? assessment, ValueList<ValidationError> errors, string? requestId)
        {
            Assessment = assessment;
            Errors = errors;
            RequestId = requestId;
        }

        /// <summary>The assessment, or null when the input was invalid.</summary>
        public PainAssessment? Assessment { get; }

        /// <summary>Every problem found; empty when the input was valid.</summary>
        public ValueList<ValidationError> Errors { get; }

        /// <summary>
        /// The request's <c>requestId</c> when it gave a valid one, even when something else in it is
        /// invalid, so that errors can be matched to requests too; otherwise null.
        /// </summary>
        public string? RequestId { get; }

        /// <summary>True when the input was a valid assessment.</summary>
        [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Assessment))]
        public bool IsValid => Assessment is not null;

        internal static AssessmentParseResult Valid(PainAssessment assessment) => new AssessmentParseResult(assessment, default, assessment.RequestId);

        internal static AssessmentParseResult Invalid(ValueList<ValidationError> errors, string? requestId = null) => new AssessmentParseResult(null, errors, requestId);
    }
}
