namespace RunnerBack
{
    /// <summary>Where the pain is (JSON <c>location</c>). Neck to ribs count as the upper back.</summary>
    public enum PainLocation
    {
        /// <summary>The neck (JSON <c>neck</c>).</summary>
        Neck = 0,
        /// <summary>The shoulders (JSON <c>shoulders</c>).</summary>
        Shoulders = 1,
        /// <summary>Between the shoulder blades (JSON <c>betweenShoulderBlades</c>).</summary>
        BetweenShoulderBlades = 2,
        /// <summary>The middle of the back (JSON <c>midBack</c>).</summary>
        MidBack = 3,
        /// <summary>The ribs (JSON <c>ribs</c>).</summary>
        Ribs = 4,
        /// <summary>The lower back (JSON <c>lowerBack</c>).</summary>
        LowerBack = 5,
        /// <summary>The sacroiliac joint, where the spine meets the pelvis (JSON <c>sacroiliacJoint</c>).</summary>
        SacroiliacJoint = 6,
    }
}
