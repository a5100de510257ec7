namespace RunnerBack
{
    /// <summary>A relevant item of the runner's medical history (JSON <c>runner.history</c> entries).</summary>
    public enum MedicalHistory
    {
        /// <summary>Cancer, now or in the past (JSON <c>cancer</c>).</summary>
        Cancer = 0,
        /// <summary>Osteoporosis (JSON <c>osteoporosis</c>).</summary>
        Osteoporosis = 1,
        /// <summary>Long-term steroid use (JSON <c>longTermSteroids</c>).</summary>
        LongTermSteroids = 2,
        /// <summary>A weakened immune system or immunosuppressive treatment (JSON <c>immunosuppression</c>).</summary>
        Immunosuppression = 3,
        /// <summary>A recent infection (JSON <c>recentInfection</c>).</summary>
        RecentInfection = 4,
        /// <summary>Intravenous drug use (JSON <c>intravenousDrugUse</c>).</summary>
        IntravenousDrugUse = 5,
    }
}
