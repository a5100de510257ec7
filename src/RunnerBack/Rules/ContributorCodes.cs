namespace RunnerBack
{
    /// <summary>The codes of the default contributors (docs/rules.md).</summary>
    public static class ContributorCodes
    {
        /// <summary>Long hours of sitting.</summary>
        public const string ProlongedSitting = "prolongedSitting";

        /// <summary>Slouching or looking down while running.</summary>
        public const string SlouchedPosture = "slouchedPosture";

        /// <summary>Arms crossing the midline, or too much or too little arm swing.</summary>
        public const string ArmSwingFaults = "armSwingFaults";

        /// <summary>Raised shoulders, clenched fists or stiff arms.</summary>
        public const string ShoulderTension = "shoulderTension";

        /// <summary>A carried load that strains the upper back.</summary>
        public const string CarriedLoad = "carriedLoad";

        /// <summary>Worn or ill-fitting shoes.</summary>
        public const string Footwear = "footwear";

        /// <summary>Shallow breathing.</summary>
        public const string ShallowBreathing = "shallowBreathing";

        /// <summary>No upper-back strength training.</summary>
        public const string WeakUpperBack = "weakUpperBack";

        /// <summary>No warm-up before running.</summary>
        public const string NoWarmUp = "noWarmUp";

        /// <summary>New or returning to running, or no rest days.</summary>
        public const string TrainingLoad = "trainingLoad";

        /// <summary>High stress.</summary>
        public const string Stress = "stress";

        /// <summary>Drinking too little.</summary>
        public const string Dehydration = "dehydration";
    }
}
