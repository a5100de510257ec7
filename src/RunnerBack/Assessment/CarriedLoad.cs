namespace RunnerBack
{
    /// <summary>What the runner carries (JSON <c>runner.carriedLoad</c>).</summary>
    public enum CarriedLoad
    {
        /// <summary>Nothing (JSON <c>none</c>).</summary>
        None = 0,
        /// <summary>Something held in the hand, such as a phone or bottle (JSON <c>handheld</c>).</summary>
        Handheld = 1,
        /// <summary>A waist belt (JSON <c>waistBelt</c>).</summary>
        WaistBelt = 2,
        /// <summary>A hydration vest (JSON <c>hydrationVest</c>).</summary>
        HydrationVest = 3,
        /// <summary>A backpack (JSON <c>backpack</c>).</summary>
        Backpack = 4,
    }
}
