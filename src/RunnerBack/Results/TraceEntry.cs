namespace RunnerBack
{
    /// <summary>What one rule did for one assessment.</summary>
    /// <remarks>Immutable and thread-safe, with value equality.</remarks>
    public sealed record TraceEntry
    {
        /// <summary>Creates a trace entry.</summary>
        /// <param name="ruleId">The rule's id.</param>
        /// <param name="outcome">Fired, not applicable or faulted.</param>
        /// <param name="detail">What happened, in plain words.</param>
        /// <exception cref="System.ArgumentException">A value is missing or undefined.</exception>
        public TraceEntry(string ruleId, RuleOutcome outcome, string detail)
        {
            RuleId = Guard.NotBlank(ruleId, nameof(ruleId));
            Outcome = Guard.Defined(outcome, nameof(outcome));
            Detail = Guard.NotBlank(detail, nameof(detail));
        }

        /// <summary>The rule's id, such as <c>redFlag.chestPain</c>.</summary>
        public string RuleId { get; }

        /// <summary>Fired, not applicable or faulted.</summary>
        public RuleOutcome Outcome { get; }

        /// <summary>What happened, in plain words.</summary>
        public string Detail { get; }

        // The entry as the compact JSON the writer puts in a result, kept here because a rule's
        // entries are shared by every result it is in; filled on first use by the writer (a race
        // writes the same bytes twice). Not part of the value.
        internal byte[]? CompactJson { get; set; }

        /// <summary>Whether the other entry has the same rule id, outcome and detail.</summary>
        /// <param name="other">The entry to compare with.</param>
        /// <returns>True when all three are equal.</returns>
        public bool Equals(TraceEntry? other) =>
            ReferenceEquals(this, other) || (other is not null && RuleId == other.RuleId && Outcome == other.Outcome && Detail == other.Detail);

        /// <inheritdoc/>
        public override int GetHashCode() => Hash.Of(RuleId, (int)Outcome, 0, Detail);
    }
}
