namespace RunnerBack
{
    /// <summary>A symptom that comes with the pain (JSON <c>symptoms</c> entries).</summary>
    public enum Symptom
    {
        /// <summary>Numbness (JSON <c>numbness</c>).</summary>
        Numbness = 0,
        /// <summary>Tingling or pins and needles (JSON <c>tingling</c>).</summary>
        Tingling = 1,
        /// <summary>Weakness in an arm (JSON <c>armWeakness</c>).</summary>
        ArmWeakness = 2,
        /// <summary>Fever (JSON <c>fever</c>).</summary>
        Fever = 3,
        /// <summary>Chills (JSON <c>chills</c>).</summary>
        Chills = 4,
        /// <summary>Weight loss with no known reason (JSON <c>unexplainedWeightLoss</c>).</summary>
        UnexplainedWeightLoss = 5,
        /// <summary>Chest pain (JSON <c>chestPain</c>).</summary>
        ChestPain = 6,
        /// <summary>Difficulty breathing, or pain that interferes with breathing (JSON <c>breathingDifficulty</c>).</summary>
        BreathingDifficulty = 7,
        /// <summary>Sweating (JSON <c>sweating</c>).</summary>
        Sweating = 8,
        /// <summary>Feeling sick (JSON <c>nausea</c>).</summary>
        Nausea = 9,
        /// <summary>Dizziness (JSON <c>dizziness</c>).</summary>
        Dizziness = 10,
        /// <summary>Weakness in a leg (JSON <c>legWeakness</c>).</summary>
        LegWeakness = 11,
        /// <summary>Numbness in a leg (JSON <c>legNumbness</c>).</summary>
        LegNumbness = 12,
        /// <summary>Numbness around the buttocks, genitals or inner thighs (JSON <c>saddleNumbness</c>).</summary>
        SaddleNumbness = 13,
        /// <summary>A change in bladder or bowel control (JSON <c>bladderOrBowelChange</c>).</summary>
        BladderOrBowelChange = 14,
        /// <summary>Unsteady walking (JSON <c>unsteadyGait</c>).</summary>
        UnsteadyGait = 15,
        /// <summary>Pain at night (JSON <c>nightPain</c>).</summary>
        NightPain = 16,
    }
}
