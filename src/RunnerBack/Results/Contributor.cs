namespace RunnerBack
{
    /// <summary>A likely contributor to the pain that the runner can work on, such as prolonged sitting.</summary>
    /// <remarks>Immutable and thread-safe, with value equality.</remarks>
    public sealed record Contributor
    {
        /// <summary>Creates a contributor.</summary>
        /// <param name="code">A stable camelCase code, such as <c>prolongedSitting</c>.</param>
        /// <param name="explanation">How it adds to the pain, in plain words.</param>
        /// <exception cref="System.ArgumentException">A value is missing.</exception>
        public Contributor(string code, string explanation)
        {
            Code = Guard.NotBlank(code, nameof(code));
            Explanation = Guard.NotBlank(explanation, nameof(explanation));
        }

        /// <summary>The stable code.</summary>
        public string Code { get; }

        /// <summary>How it adds to the pain, in plain words.</summary>
        public string Explanation { get; }
    }
}
