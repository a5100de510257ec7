namespace RunnerBack
{
    /// <summary>
    /// The dispositions the answers so far still allow: every way of answering the open safety
    /// questions gives a disposition from <see cref="Lowest"/> to <see cref="Highest"/>.
    /// </summary>
    /// <remarks>Immutable and thread-safe, with value equality.</remarks>
    public readonly record struct DispositionRange(Disposition Lowest, Disposition Highest)
    {
        /// <summary>True when the answers so far settle the disposition.</summary>
        public bool IsSettled => Lowest == Highest;

        /// <summary>True when <paramref name="disposition"/> lies in the range.</summary>
        /// <param name="disposition">A disposition.</param>
        /// <returns>Whether it lies from <see cref="Lowest"/> to <see cref="Highest"/>.</returns>
        public bool Contains(Disposition disposition) => disposition >= Lowest && disposition <= Highest;
    }
}
