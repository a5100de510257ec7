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
            : this(code, explanation, null)
        {
        }

        // A built-in contributor: its explanation is the catalogue's text under the key.
        internal Contributor(string code, string explanation, string? explanationKey)
        {
            Code = Guard.NotBlank(code, nameof(code));
            Explanation = Guard.NotBlank(explanation, nameof(explanation));
            ExplanationKey = explanationKey;
        }

        /// <summary>The stable code.</summary>
        public string Code { get; }

        /// <summary>How it adds to the pain, in plain words.</summary>
        public string Explanation { get; }

        // The catalogue key a built-in explanation is translated by; null for an app's own words.
        internal string? ExplanationKey { get; }

        // Its translations, when it is a built-in item in English (see ResultLocalizer).
        internal TranslationCache<Contributor>? Translations { get; set; }

        // The item as the compact JSON the writer puts in a result, kept here because a rule's
        // items are shared by every result it is in; filled on first use by the writer (a race
        // writes the same bytes twice). Not part of the value.
        internal byte[]? CompactJson { get; set; }

        /// <summary>Whether the other contributor has the same code and explanation.</summary>
        /// <param name="other">The contributor to compare with.</param>
        /// <returns>True when both are equal.</returns>
        public bool Equals(Contributor? other) =>
            ReferenceEquals(this, other) || (other is not null && Code == other.Code && Explanation == other.Explanation);

        /// <inheritdoc/>
        public override int GetHashCode() => Hash.Of(Code, Explanation);
    }
}
