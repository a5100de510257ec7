namespace RunnerBack
{
    // Every triage option, in the order the fingerprint has always written them (the fingerprint's
    // text must not change for the same options, or stored results would no longer match).
    internal static class OptionTable
    {
        public static readonly OptionDeclaration[] All =
        {
            new WholeNumberOption(nameof(TriageOptions.StopPainLevel), o => o.StopPainLevel, (o, v) => o with { StopPainLevel = v }, _ => 1, 10),
            new WholeNumberOption(nameof(TriageOptions.SeverePainLevel), o => o.SeverePainLevel, (o, v) => o with { SeverePainLevel = v }, o => o.StopPainLevel, 10),
            new WholeNumberOption(nameof(TriageOptions.PersistentDaysWithSelfCare), o => o.PersistentDaysWithSelfCare, (o, v) => o with { PersistentDaysWithSelfCare = v }, _ => 1, 365),
            new WholeNumberOption(nameof(TriageOptions.PersistentDaysWithoutSelfCare), o => o.PersistentDaysWithoutSelfCare, (o, v) => o with { PersistentDaysWithoutSelfCare = v }, o => o.PersistentDaysWithSelfCare, 365),
            new NumberOption(nameof(TriageOptions.ProlongedSittingHours), o => o.ProlongedSittingHours, (o, v) => o with { ProlongedSittingHours = v }, 0, 24),
            new NumberOption(nameof(TriageOptions.ShoeReplacementKm), o => o.ShoeReplacementKm, (o, v) => o with { ShoeReplacementKm = v }, 100, 5000),
            new FaultPolicyOption(),
            new TextOption(nameof(TriageOptions.Language), o => o.Language, (o, v) => o with { Language = v! }, optional: false, Languages.IsWellFormed, DeveloperMessages.BadLanguageTag),
            new TextOption(nameof(TriageOptions.Region), o => o.Region, (o, v) => o with { Region = v }, optional: true, EmergencyNumbers.IsWellFormed, DeveloperMessages.BadRegion),
        };
    }
}
