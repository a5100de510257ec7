namespace RunnerBack
{
    /// <summary>A running-form fault the runner or a coach observed (JSON <c>form</c> entries).</summary>
    public enum FormFault
    {
        /// <summary>Slouching or a rounded upper back (JSON <c>slouching</c>).</summary>
        Slouching = 0,
        /// <summary>Looking down at the ground (JSON <c>lookingDown</c>).</summary>
        LookingDown = 1,
        /// <summary>Shoulders raised towards the ears (JSON <c>shouldersRaised</c>).</summary>
        ShouldersRaised = 2,
        /// <summary>Clenched fists (JSON <c>clenchedFists</c>).</summary>
        ClenchedFists = 3,
        /// <summary>Arms held stiff (JSON <c>armsHeldStiff</c>).</summary>
        ArmsHeldStiff = 4,
        /// <summary>Arms crossing the body's midline (JSON <c>armsCrossMidline</c>).</summary>
        ArmsCrossMidline = 5,
        /// <summary>Too much arm swing (JSON <c>excessiveArmSwing</c>).</summary>
        ExcessiveArmSwing = 6,
        /// <summary>Too little arm swing (JSON <c>limitedArmSwing</c>).</summary>
        LimitedArmSwing = 7,
        /// <summary>Shallow breathing (JSON <c>shallowBreathing</c>).</summary>
        ShallowBreathing = 8,
    }
}
