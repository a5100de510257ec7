namespace RunnerBack
{
    /// <summary>The sources the default rules cite (docs/safety.md, Sources); each rule's <see cref="TriageRule.Source"/> names one or more.</summary>
    internal static class Sources
    {
        /// <summary>Seed article 000: upper back pain when running (causes, psychology, hydration, FAQ).</summary>
        public const string Seed000 = "seed 000_825b5672bca42e12 (upper back pain when running: causes and prevention)";

        /// <summary>Seed article 001: causes, prevention and post-run management.</summary>
        public const string Seed001 = "seed 001_8b1b23cfe6221c71 (upper back pain after running: causes and management)";

        /// <summary>Seed article 002: physiotherapy advice on posture, thoracic mobility doses and arm swing.</summary>
        public const string Seed002 = "seed 002_a6c6153f84515ab8 (physiotherapy: posture, thoracic mobility, arm swing)";

        /// <summary>Seed article 003: posture, arm swing and the sacroiliac joint.</summary>
        public const string Seed003 = "seed 003_00210df19b920bfe (posture, arm swing, sacroiliac joint)";

        /// <summary>Seed article 004: triage by pain scale, type and spread; form adjustments; warning signs.</summary>
        public const string Seed004 = "seed 004_75585406776cddbf (can I run with upper back pain: triage and warning signs)";

        /// <summary>NHS public advice on back pain: when to see a GP urgently and when to call emergency services.</summary>
        public const string NhsBackPain = "NHS: Back pain (urgent and emergency advice)";

        /// <summary>NHS and HSE public advice on chest pain.</summary>
        public const string ChestPainAdvice = "NHS and HSE: Chest pain";

        /// <summary>HSE public information on the symptoms of aortic dissection.</summary>
        public const string HseAorticDissection = "HSE: Aortic dissection (symptoms)";

        /// <summary>NHS public advice on pulmonary embolism and shortness of breath.</summary>
        public const string NhsPulmonaryEmbolism = "NHS: Pulmonary embolism and shortness of breath";

        /// <summary>NICE guidance on metastatic spinal cord compression.</summary>
        public const string NiceSpinalCordCompression = "NICE CG75 / NG234: Metastatic spinal cord compression";

        /// <summary>The IFOMPT international framework for red flags.</summary>
        public const string Ifompt = "Finucane et al., JOSPT 2020: IFOMPT framework for red flags";

        /// <summary>The Cochrane review of red flags for spinal malignancy.</summary>
        public const string CochraneRedFlags = "Henschke et al., Cochrane 2013 (CD008686): red flags for spinal malignancy";

        /// <summary>The NHS Gloucestershire red-flag summary for spinal conditions, based on NICE CG88.</summary>
        public const string NhsGloucestershireRedFlags = "NHS Gloucestershire: Red flags for spinal conditions (NICE CG88-based)";

        /// <summary>The NOGG osteoporosis guideline (vertebral fracture assessment).</summary>
        public const string Nogg = "NOGG: UK clinical guideline for osteoporosis (vertebral fracture assessment)";
    }
}
