namespace RunnerBack
{
    /// <summary>
    /// The sources the default rules cite, each named so a reviewer can look it up: the articles
    /// RunnerBack was written from by their headlines, and public guidance by its publisher and full
    /// title (docs/safety/README.md, Sources). Each rule's <see cref="TriageRule.Source"/> names one or more.
    /// </summary>
    internal static class Sources
    {
        /// <summary>Causes (posture, breathing, stress, hydration, load, shoes) and prevention.</summary>
        public const string UnseenConnections = "Article \"Upper Back Pain When Running: Exploring the Unseen Connections\"";

        /// <summary>Causes, prevention and care after a run.</summary>
        public const string PainAfterRunning = "Article \"Why Do You Feel Upper Back Pain After Running?\"";

        /// <summary>A physiotherapy clinic's advice on posture, thoracic mobility doses and arm swing.</summary>
        public const string WhyPainWhenIRun = "Article \"Why do I get upper back pain when I run?\" (a physiotherapy clinic)";

        /// <summary>Posture, arm swing and the sacroiliac joint.</summary>
        public const string CanRunningCausePain = "Article \"Can Running cause Upper Back Pain?\"";

        /// <summary>Triage by pain level, type and spread; form adjustments; warning signs.</summary>
        public const string CanIRunWithPain = "Article \"Can I Run With Upper Back Pain?\"";

        /// <summary>NHS public advice on back pain: when to see a GP urgently and when to call emergency services.</summary>
        public const string NhsBackPain = "NHS, \"Back pain\" (nhs.uk): urgent and emergency advice";

        /// <summary>NHS and HSE public advice on chest pain.</summary>
        public const string ChestPainAdvice = "NHS, \"Chest pain\" (nhs.uk), and HSE, \"Chest pain\" (hse.ie)";

        /// <summary>HSE public information on the symptoms of aortic dissection.</summary>
        public const string HseAorticDissection = "HSE, \"Aortic dissection: symptoms\" (hse.ie)";

        /// <summary>NHS public advice on pulmonary embolism and shortness of breath.</summary>
        public const string NhsPulmonaryEmbolism = "NHS, \"Pulmonary embolism\" and \"Shortness of breath\" (nhs.uk)";

        /// <summary>NICE guidance on metastatic spinal cord compression.</summary>
        public const string NiceSpinalCordCompression = "NICE guideline NG234, \"Spinal metastases and metastatic spinal cord compression\" (2023, replacing CG75)";

        /// <summary>The IFOMPT international framework for red flags.</summary>
        public const string Ifompt = "Finucane et al., \"International Framework for Red Flags for Potential Serious Spinal Pathologies\", JOSPT 2020 (IFOMPT)";

        /// <summary>The Cochrane review of red flags for spinal malignancy.</summary>
        public const string CochraneRedFlags = "Henschke et al., \"Red flags to screen for malignancy in patients with low-back pain\", Cochrane Database of Systematic Reviews 2013, CD008686";

        /// <summary>The NHS Gloucestershire red-flag summary for spinal conditions, based on NICE CG88.</summary>
        public const string NhsGloucestershireRedFlags = "NHS Gloucestershire, \"Red flags for spinal conditions\" (based on NICE CG88, \"Low back pain: early management of persistent non-specific low back pain\")";

        /// <summary>The NOGG osteoporosis guideline (vertebral fracture assessment).</summary>
        public const string Nogg = "National Osteoporosis Guideline Group (NOGG), \"Clinical guideline for the prevention and treatment of osteoporosis\" (UK, 2022)";
    }
}
