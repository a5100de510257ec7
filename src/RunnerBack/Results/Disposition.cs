namespace RunnerBack
{
    /// <summary>What the runner should do now, ordered from least to most urgent: compare with &lt; and &gt;.</summary>
    public enum Disposition
    {
        /// <summary>No pain and nothing of concern: keep running; prevention tips only (JSON <c>keepRunning</c>).</summary>
        KeepRunning = 0,
        /// <summary>Mild muscular pain: running may continue with form changes and self-care (JSON <c>runWithModifications</c>).</summary>
        RunWithModifications = 1,
        /// <summary>Stop running now, rest and use self-care; return gradually (JSON <c>stopAndRest</c>).</summary>
        StopAndRest = 2,
        /// <summary>Book an assessment with a physiotherapist, sports medicine doctor or GP within days (JSON <c>seeProfessional</c>).</summary>
        SeeProfessional = 3,
        /// <summary>Be seen by a doctor today, within 24 hours (JSON <c>urgentCare</c>).</summary>
        UrgentCare = 4,
        /// <summary>Call emergency services now (JSON <c>emergency</c>).</summary>
        Emergency = 5,
    }
}
