namespace RunnerBack
{
    /// <summary>A dosed self-care or care recommendation, in our own words.</summary>
    /// <remarks>Immutable and thread-safe, with value equality.</remarks>
    public sealed record Recommendation
    {
        /// <summary>Creates a recommendation.</summary>
        /// <param name="code">A stable camelCase code, such as <c>shoulderBladeSqueeze</c>.</param>
        /// <param name="category">The category, which the safety gate checks against the disposition.</param>
        /// <param name="title">A short title.</param>
        /// <param name="instructions">What to do, in plain words.</param>
        /// <param name="dose">How much and how often.</param>
        /// <exception cref="System.ArgumentException">A value is missing or undefined.</exception>
        public Recommendation(string code, RecommendationCategory category, string title, string instructions, Dose dose)
        {
            Code = Guard.NotBlank(code, nameof(code));
            Category = Guard.Defined(category, nameof(category));
            Title = Guard.NotBlank(title, nameof(title));
            Instructions = Guard.NotBlank(instructions, nameof(instructions));
            Dose = Guard.NotNull(dose, nameof(dose));
        }

        /// <summary>The stable code.</summary>
        public string Code { get; }

        /// <summary>The category.</summary>
        public RecommendationCategory Category { get; }

        /// <summary>A short title.</summary>
        public string Title { get; }

        /// <summary>What to do, in plain words.</summary>
        public string Instructions { get; }

        /// <summary>How much and how often.</summary>
        public Dose Dose { get; }
    }
}
