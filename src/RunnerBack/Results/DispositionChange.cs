using System.Linq;

namespace RunnerBack
{
    /// <summary>
    /// What would change the answer: a smallest set of changes over time (pain level, trend, pain
    /// after stopping, altered form) that would lower the disposition, and the disposition they
    /// would give (JSON <c>whatWouldChange</c>).
    /// </summary>
    /// <remarks>Immutable and thread-safe, with value equality.</remarks>
    public sealed record DispositionChange
    {
        /// <summary>Creates an entry.</summary>
        /// <param name="changes">The changed answers, at least one.</param>
        /// <param name="disposition">The disposition they would give.</param>
        /// <exception cref="System.ArgumentException">There is no change, or the disposition is undefined.</exception>
        public DispositionChange(ValueList<AnswerChange> changes, Disposition disposition)
        {
            Changes = changes.Count > 0 ? changes : throw new System.ArgumentException(DeveloperMessages.NoChange, nameof(changes));
            Disposition = Guard.Defined(disposition, nameof(disposition));
        }

        /// <summary>The changed answers, in the contract's field order.</summary>
        public ValueList<AnswerChange> Changes { get; }

        /// <summary>The disposition the changes would give.</summary>
        public Disposition Disposition { get; }

        /// <summary>
        /// The change in the runner's words, in the result's language, such as "You can run again, with the form changes,
        /// once the pain is 3 out of 10 or less and it no longer gets worse while you run."
        /// </summary>
        public string Text => ChangeText.Of(this, TextCatalogue.For(Language));

        // The language Text is in: the result's.
        internal string Language { get; private init; } = Languages.English;

        internal DispositionChange InLanguage(string language) => language == Language ? this : this with { Language = language };

        /// <summary>The changes and the disposition, as in <c>$.painLevel = 3, $.trend = "stable" -> RunWithModifications</c>.</summary>
        public override string ToString() => string.Join(", ", Changes.Select(c => c.ToString())) + " -> " + Disposition;
    }
}
