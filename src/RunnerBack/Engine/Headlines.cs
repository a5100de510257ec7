namespace RunnerBack
{
    // One sentence per disposition (at most 140 characters, checked by a test): what to do now.
    internal static class Headlines
    {
        public static string For(Disposition disposition) => disposition switch
        {
            Disposition.Emergency => "Call emergency services now and do not drive yourself: these symptoms need help straight away.",
            Disposition.UrgentCare => "See a doctor today, within 24 hours; call emergency services if it gets worse.",
            Disposition.SeeProfessional => "Stop running and book an assessment with a physiotherapist or doctor in the next few days; sooner if it worsens.",
            Disposition.StopAndRest => "Stop running for now and rest your upper back; return gradually once the pain is mild and settling.",
            Disposition.RunWithModifications => "You can keep running with a few form changes; stop if the pain sharpens, spreads or gets worse.",
            _ => "Nothing of concern: keep running, and use the tips to keep your upper back comfortable.",
        };
    }
}
