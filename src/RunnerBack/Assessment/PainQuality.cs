namespace RunnerBack
{
    /// <summary>How the pain feels (JSON <c>quality</c>).</summary>
    public enum PainQuality
    {
        /// <summary>A dull, general ache (JSON <c>dullAche</c>).</summary>
        DullAche = 0,
        /// <summary>Tightness or stiffness (JSON <c>tightness</c>).</summary>
        Tightness = 1,
        /// <summary>Sharp pain (JSON <c>sharp</c>).</summary>
        Sharp = 2,
        /// <summary>Stabbing pain (JSON <c>stabbing</c>).</summary>
        Stabbing = 3,
        /// <summary>Electric, shooting pain (JSON <c>electrical</c>).</summary>
        Electrical = 4,
        /// <summary>Pain that catches on a movement (JSON <c>catching</c>).</summary>
        Catching = 5,
        /// <summary>The runner is not sure (JSON <c>notSure</c>); rules count it as <see cref="Sharp"/>, the riskier answer.</summary>
        NotSure = 6,
    }
}
