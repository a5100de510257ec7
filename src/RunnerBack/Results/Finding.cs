using System;

namespace RunnerBack
{
    /// <summary>
    /// Something a rule found that raises the disposition: a red flag or a stop signal, with the
    /// lowest disposition it allows and a plain explanation for the runner.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe, with value equality. A red flag must ask for at least
    /// <see cref="Disposition.SeeProfessional"/> and a stop signal for at least
    /// <see cref="Disposition.StopAndRest"/>, so no rule, built in or custom, can weaken the ladder.
    /// </remarks>
    public sealed record Finding
    {
        /// <summary>Creates a finding.</summary>
        /// <param name="code">A stable camelCase code, such as <c>chestPain</c>.</param>
        /// <param name="kind">Red flag or stop signal.</param>
        /// <param name="minimumDisposition">The lowest disposition the result may have when this finding fires.</param>
        /// <param name="explanation">Why it matters, in plain words for the runner.</param>
        /// <exception cref="ArgumentException">A value is missing or the minimum is below what the kind requires.</exception>
        public Finding(string code, FindingKind kind, Disposition minimumDisposition, string explanation)
            : this(code, kind, minimumDisposition, explanation, null)
        {
        }

        // A built-in finding: its explanation is the catalogue's text under the key, in the result's language.
        internal Finding(string code, FindingKind kind, Disposition minimumDisposition, string explanation, string? explanationKey)
        {
            Code = Guard.NotBlank(code, nameof(code));
            Kind = Guard.Defined(kind, nameof(kind));
            MinimumDisposition = Guard.Defined(minimumDisposition, nameof(minimumDisposition));
            Explanation = Guard.NotBlank(explanation, nameof(explanation));
            var floor = kind == FindingKind.RedFlag ? Disposition.SeeProfessional : Disposition.StopAndRest;
            if (minimumDisposition < floor)
            {
                throw new ArgumentException($"A {kind} finding must ask for at least {floor}; {code} asked for {minimumDisposition}.", nameof(minimumDisposition));
            }

            // Built once here so that listing red flags on the hot path allocates nothing.
            RedFlag = kind == FindingKind.RedFlag ? new RedFlag(code, minimumDisposition, explanation) : null;
            ExplanationKey = explanationKey;
        }

        /// <summary>The stable code, such as <c>chestPain</c>.</summary>
        public string Code { get; }

        /// <summary>Red flag or stop signal.</summary>
        public FindingKind Kind { get; }

        /// <summary>The lowest disposition the result may have when this finding fires.</summary>
        public Disposition MinimumDisposition { get; }

        /// <summary>Why it matters, in plain words.</summary>
        public string Explanation { get; }

        internal RedFlag? RedFlag { get; }

        // The catalogue key a built-in explanation is translated by; null for an app's own words,
        // which are never translated, whatever they say.
        internal string? ExplanationKey { get; }

        // Its translations, when it is a built-in item in English (see ResultLocalizer).
        internal TranslationCache<Finding>? Translations { get; set; }

        // The item as the compact JSON the writer puts in a result, kept here because a rule's
        // items are shared by every result it is in; filled on first use by the writer (a race
        // writes the same bytes twice). Not part of the value.
        internal byte[]? CompactJson { get; set; }

        /// <summary>Whether the other finding has the same code, kind, minimum disposition and explanation.</summary>
        /// <param name="other">The finding to compare with.</param>
        /// <returns>True when all four are equal.</returns>
        public bool Equals(Finding? other) =>
            ReferenceEquals(this, other)
            || (other is not null && Code == other.Code && Kind == other.Kind && MinimumDisposition == other.MinimumDisposition && Explanation == other.Explanation);

        /// <inheritdoc/>
        public override int GetHashCode() => Hash.Of(Code, (int)Kind, (int)MinimumDisposition, Explanation);
    }
}
