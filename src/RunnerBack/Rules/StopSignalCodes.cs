namespace RunnerBack
{
    /// <summary>The codes of the default stop signals (docs/rules.md).</summary>
    public static class StopSignalCodes
    {
        /// <summary>Pain at or above the stop level.</summary>
        public const string PainAtOrAboveStopLevel = "painAtOrAboveStopLevel";

        /// <summary>Pain that escalates while running.</summary>
        public const string EscalatingPain = "escalatingPain";

        /// <summary>Sharp, stabbing, electrical or catching pain.</summary>
        public const string SharpOrNervePain = "sharpOrNervePain";

        /// <summary>Pain that is still there after stopping.</summary>
        public const string PersistsAfterStopping = "persistsAfterStopping";

        /// <summary>Pain that changes how the runner runs.</summary>
        public const string AlteredRunningForm = "alteredRunningForm";

        /// <summary>Pain at the sacroiliac joint.</summary>
        public const string SacroiliacPain = "sacroiliacPain";
    }
}
