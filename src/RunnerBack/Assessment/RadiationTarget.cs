namespace RunnerBack
{
    /// <summary>Where the pain spreads to (JSON <c>radiatesTo</c> entries).</summary>
    public enum RadiationTarget
    {
        /// <summary>Into the arms (JSON <c>arms</c>).</summary>
        Arms = 0,
        /// <summary>Into the hands (JSON <c>hands</c>).</summary>
        Hands = 1,
        /// <summary>Into the chest (JSON <c>chest</c>).</summary>
        Chest = 2,
        /// <summary>Into the jaw (JSON <c>jaw</c>).</summary>
        Jaw = 3,
        /// <summary>Into the legs (JSON <c>legs</c>).</summary>
        Legs = 4,
        /// <summary>Around the ribs (JSON <c>aroundRibs</c>).</summary>
        AroundRibs = 5,
    }
}
