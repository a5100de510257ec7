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
    }
}
