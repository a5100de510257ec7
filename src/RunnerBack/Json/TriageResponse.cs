namespace RunnerBack.Json
{
    /// <summary>The answer to a JSON request: a triage result, or the validation errors that stopped it.</summary>
    /// <remarks>Immutable and thread-safe. Exactly one of <see cref="Result"/> and <see cref="Errors"/> is set; invalid input never yields a result.</remarks>
    public sealed record TriageResponse
    {
        private TriageResponse(TriageResult? result, ValueList<ValidationError> errors, string? requestId)
        {
            Result = result;
            Errors = errors;
            RequestId = requestId;
        }

        /// <summary>The triage result, or null when the input was invalid.</summary>
        public TriageResult? Result { get; }

        /// <summary>Every problem with the input; empty when it was valid.</summary>
        public ValueList<ValidationError> Errors { get; }

        /// <summary>The request's <c>requestId</c>, when it gave a valid one (also for invalid input); otherwise null.</summary>
        public string? RequestId { get; }

        /// <summary>True when the input was valid and <see cref="Result"/> is set.</summary>
        [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Result))]
        public bool IsValid => Result is not null;

        internal static TriageResponse Of(TriageResult result) => new TriageResponse(result, default, result.RequestId);

        internal static TriageResponse Invalid(ValueList<ValidationError> errors, string? requestId = null) => new TriageResponse(null, errors, requestId);
    }
}
