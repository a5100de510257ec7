namespace RunnerBack
{
    /// <summary>
    /// The unit the interview asks distances in (the shoes' distance): the runner's choice. The
    /// assessment keeps kilometres whatever the unit (<see cref="RunnerProfile.ShoeDistanceKm"/>).
    /// </summary>
    public enum DistanceUnit
    {
        /// <summary>Kilometres: the interview asks <c>shoeDistanceKm</c>. The default.</summary>
        Kilometres,

        /// <summary>Miles: the interview asks <c>shoeDistanceMiles</c>, read into kilometres.</summary>
        Miles,
    }
}
