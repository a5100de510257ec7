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
            : this(code, category, title, instructions, dose, null, null, null)
        {
        }

        // A built-in recommendation: its title, instructions and the dose's wording are the catalogue's
        // texts under the keys (the dose's numbers are the rule's).
        internal Recommendation(string code, RecommendationCategory category, string title, string instructions, Dose dose, string? titleKey, string? instructionsKey, string? frequencyKey)
        {
            Code = Guard.NotBlank(code, nameof(code));
            Category = Guard.Defined(category, nameof(category));
            Title = Guard.NotBlank(title, nameof(title));
            Instructions = Guard.NotBlank(instructions, nameof(instructions));
            Dose = Guard.NotNull(dose, nameof(dose));
            TitleKey = titleKey;
            InstructionsKey = instructionsKey;
            FrequencyKey = frequencyKey;
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

        // The catalogue keys built-in texts are translated by; null for an app's own words.
        internal string? TitleKey { get; }

        internal string? InstructionsKey { get; }

        internal string? FrequencyKey { get; }

        // Its translations, when it is a built-in item in English (see ResultLocalizer).
        internal TranslationCache<Recommendation>? Translations { get; set; }

        // The item as the compact JSON the writer puts in a result, kept here because a rule's
        // items are shared by every result it is in; filled on first use by the writer (a race
        // writes the same bytes twice). Not part of the value.
        internal byte[]? CompactJson { get; set; }

        /// <summary>Whether the other recommendation has the same code, category, title, instructions and dose.</summary>
        /// <param name="other">The recommendation to compare with.</param>
        /// <returns>True when all five are equal.</returns>
        public bool Equals(Recommendation? other) =>
            ReferenceEquals(this, other)
            || (other is not null && Code == other.Code && Category == other.Category && Title == other.Title && Instructions == other.Instructions && Dose.Equals(other.Dose));

        /// <inheritdoc/>
        public override int GetHashCode() => Hash.Of(Code, (int)Category, Title, Instructions, Dose.GetHashCode());
    }
}
