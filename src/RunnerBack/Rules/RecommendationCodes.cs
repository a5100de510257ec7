namespace RunnerBack
{
    /// <summary>The codes of the default recommendations (docs/rules.md).</summary>
    public static class RecommendationCodes
    {
        /// <summary>Call emergency services now.</summary>
        public const string CallEmergencyServices = "callEmergencyServices";

        /// <summary>See a doctor within 24 hours.</summary>
        public const string SeekCareToday = "seekCareToday";

        /// <summary>Book an assessment within days.</summary>
        public const string BookProfessionalAssessment = "bookProfessionalAssessment";

        /// <summary>Stop running now.</summary>
        public const string StopRunningNow = "stopRunningNow";

        /// <summary>No running until assessed.</summary>
        public const string NoRunningUntilAssessed = "noRunningUntilAssessed";

        /// <summary>Take an extra rest day.</summary>
        public const string ExtraRestDay = "extraRestDay";

        /// <summary>No running for two weeks with sacroiliac pain.</summary>
        public const string SacroiliacRest = "sacroiliacRest";

        /// <summary>Return to running gradually.</summary>
        public const string ReturnGradually = "returnGradually";

        /// <summary>Run tall.</summary>
        public const string RunTall = "runTall";

        /// <summary>Relax the shoulders.</summary>
        public const string RelaxShoulders = "relaxShoulders";

        /// <summary>Swing the arms forward and back.</summary>
        public const string ArmSwingCue = "armSwingCue";

        /// <summary>Practise breathing from the belly.</summary>
        public const string DiaphragmaticBreathing = "diaphragmaticBreathing";

        /// <summary>Warm up with movement.</summary>
        public const string DynamicWarmUp = "dynamicWarmUp";

        /// <summary>Stretch gently after running.</summary>
        public const string PostRunStretch = "postRunStretch";

        /// <summary>Break up sitting.</summary>
        public const string MovementBreaks = "movementBreaks";

        /// <summary>Shoulder blade squeeze.</summary>
        public const string ShoulderBladeSqueeze = "shoulderBladeSqueeze";

        /// <summary>Seated upper-back rotation.</summary>
        public const string SeatedThoracicRotation = "seatedThoracicRotation";

        /// <summary>Side-lying upper-back rotation.</summary>
        public const string SideLyingThoracicRotation = "sideLyingThoracicRotation";

        /// <summary>Upper-back extension over a foam roller.</summary>
        public const string FoamRollerExtension = "foamRollerExtension";

        /// <summary>Pelvic tilts.</summary>
        public const string PelvicTilts = "pelvicTilts";

        /// <summary>Upper-back strengthening.</summary>
        public const string UpperBackStrength = "upperBackStrength";

        /// <summary>Ice.</summary>
        public const string IceTherapy = "iceTherapy";

        /// <summary>Heat.</summary>
        public const string HeatTherapy = "heatTherapy";

        /// <summary>Massage gun.</summary>
        public const string MassageGun = "massageGun";

        /// <summary>Over-the-counter pain relief.</summary>
        public const string OverTheCounterPainRelief = "overTheCounterPainRelief";

        /// <summary>Lighten or refit the carried load.</summary>
        public const string LightenLoad = "lightenLoad";

        /// <summary>Check the shoes.</summary>
        public const string CheckShoes = "checkShoes";

        /// <summary>Build up training gradually.</summary>
        public const string BuildUpGradually = "buildUpGradually";

        /// <summary>Manage stress.</summary>
        public const string StressManagement = "stressManagement";

        /// <summary>Drink enough.</summary>
        public const string Hydrate = "hydrate";
    }
}
