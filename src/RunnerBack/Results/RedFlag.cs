namespace RunnerBack
{
    /// <summary>A red flag that fired: a warning sign of a possibly serious condition.</summary>
    /// <remarks>Immutable and thread-safe, with value equality. Every red flag also appears among the result's findings.</remarks>
    public sealed record RedFlag
    {
        internal RedFlag(string code, Disposition minimumDisposition, string explanation)
        {
            Code = code;
            MinimumDisposition = minimumDisposition;
            Explanation = explanation;
        }

        /// <summary>The stable code, such as <c>chestPain</c>.</summary>
        public string Code { get; }

        /// <summary>The lowest disposition the result may have; at least <see cref="Disposition.SeeProfessional"/>.</summary>
        public Disposition MinimumDisposition { get; }

        /// <summary>Why it matters, in plain words.</summary>
        public string Explanation { get; }

        // The item as the compact JSON the writer puts in a result, kept here because a rule's
        // items are shared by every result it is in; filled on first use by the writer (a race
        // writes the same bytes twice). Not part of the value.
        internal byte[]? CompactJson { get; set; }

        /// <summary>Whether the other red flag has the same code, minimum disposition and explanation.</summary>
        /// <param name="other">The red flag to compare with.</param>
        /// <returns>True when all three are equal.</returns>
        public bool Equals(RedFlag? other) =>
            ReferenceEquals(this, other) || (other is not null && Code == other.Code && MinimumDisposition == other.MinimumDisposition && Explanation == other.Explanation);

        /// <inheritdoc/>
        public override int GetHashCode() => Hash.Of(Code, (int)MinimumDisposition, 0, Explanation);
    }
}
