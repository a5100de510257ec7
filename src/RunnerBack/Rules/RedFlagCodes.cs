namespace RunnerBack
{
    /// <summary>The codes of the default red flags (docs/rules.md).</summary>
    public static class RedFlagCodes
    {
        /// <summary>Chest pain, or pain spreading to the chest.</summary>
        public const string ChestPain = "chestPain";

        /// <summary>Pain spreading to the jaw, or to the arms with breathlessness, sweating, nausea or dizziness.</summary>
        public const string CardiacWarningSigns = "cardiacWarningSigns";

        /// <summary>Sudden, severe upper back pain.</summary>
        public const string SuddenSevereUpperBackPain = "suddenSevereUpperBackPain";

        /// <summary>Signs of spinal cord or nerve root compression.</summary>
        public const string SpinalCordCompression = "spinalCordCompression";

        /// <summary>Breathing difficulty that is sudden, with dizziness, or with severe pain.</summary>
        public const string SevereBreathingProblem = "severeBreathingProblem";

        /// <summary>The pain interferes with breathing.</summary>
        public const string BreathingAffected = "breathingAffected";

        /// <summary>Fever, chills or unexplained weight loss.</summary>
        public const string SystemicSymptoms = "systemicSymptoms";

        /// <summary>Pain in a runner with a history of cancer.</summary>
        public const string CancerHistory = "cancerHistory";

        /// <summary>Weakness in an arm.</summary>
        public const string ArmWeakness = "armWeakness";

        /// <summary>The pain followed a fall, collision or other impact.</summary>
        public const string TraumaticOnset = "traumaticOnset";

        /// <summary>Numbness or tingling.</summary>
        public const string NeurologicalSymptoms = "neurologicalSymptoms";

        /// <summary>Pain spreading to the arms, hands, legs or around the ribs.</summary>
        public const string RadiatingPain = "radiatingPain";

        /// <summary>Severe pain.</summary>
        public const string SeverePain = "severePain";

        /// <summary>Pain that has lasted too long.</summary>
        public const string PersistentPain = "persistentPain";

        /// <summary>Pain at night or all the time, not only with activity.</summary>
        public const string NonMechanicalPain = "nonMechanicalPain";

        /// <summary>Pain in a runner with osteoporosis or on long-term steroids.</summary>
        public const string FractureRisk = "fractureRisk";

        /// <summary>Pain in a runner at higher risk of spinal infection.</summary>
        public const string InfectionRisk = "infectionRisk";
    }
}
