namespace RunnerBack.Json
{
    /// <summary>The answer to a JSON interview request: the next step, or the validation errors that stopped it.</summary>
    /// <remarks>Immutable and thread-safe. Exactly one of <see cref="Step"/> and <see cref="Errors"/> is set.</remarks>
    public sealed record InterviewResponse
    {
        private InterviewResponse(InterviewStep? step, ValueList<ValidationError> errors)
        {
            Step = step;
            Errors = errors;
        }

        /// <summary>The next step, or null when the request was invalid.</summary>
        public InterviewStep? Step { get; }

        /// <summary>Every problem with the request; empty when it was valid.</summary>
        public ValueList<ValidationError> Errors { get; }

        /// <summary>True when the request was valid and <see cref="Step"/> is set.</summary>
        [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Step))]
        public bool IsValid => Step is not null;

        internal static InterviewResponse Of(InterviewStep step) => new InterviewResponse(step, default);

        internal static InterviewResponse Invalid(ValueList<ValidationError> errors) => new InterviewResponse(null, errors);
    }
}
