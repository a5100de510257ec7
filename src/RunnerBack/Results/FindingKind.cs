namespace RunnerBack
{
    /// <summary>The kind of a finding that raises the disposition.</summary>
    public enum FindingKind
    {
        /// <summary>A warning sign of a possibly serious condition; always at least <see cref="Disposition.SeeProfessional"/> (JSON <c>redFlag</c>).</summary>
        RedFlag = 0,
        /// <summary>A sign that running should stop for now; at least <see cref="Disposition.StopAndRest"/> (JSON <c>stopSignal</c>).</summary>
        StopSignal = 1,
    }
}
