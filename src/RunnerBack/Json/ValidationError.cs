namespace RunnerBack.Json
{
    /// <summary>One problem with a JSON input: where it is, a stable code, and a plain message.</summary>
    /// <remarks>Immutable and thread-safe, with value equality.</remarks>
    public sealed record ValidationError
    {
        /// <summary>Creates an error.</summary>
        /// <param name="path">The JSON path, such as <c>$.runner.age</c> or <c>$.symptoms[2]</c>.</param>
        /// <param name="code">A stable code from <see cref="ValidationCodes"/>.</param>
        /// <param name="message">What is wrong, in plain words.</param>
        public ValidationError(string path, string code, string message)
        {
            Path = Guard.NotBlank(path, nameof(path));
            Code = Guard.NotBlank(code, nameof(code));
            Message = Guard.NotBlank(message, nameof(message));
        }

        /// <summary>The JSON path, such as <c>$.runner.age</c>.</summary>
        public string Path { get; }

        /// <summary>A stable code from <see cref="ValidationCodes"/>.</summary>
        public string Code { get; }

        /// <summary>What is wrong, in plain words.</summary>
        public string Message { get; }

        /// <summary>The path, code and message on one line.</summary>
        public override string ToString() => $"{Path}: {Code}: {Message}";
    }
}
