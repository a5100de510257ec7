using RunnerBack;

namespace PackageConsumer.NetStandard
{
    // What a Unity or .NET Framework host would write against the netstandard2.0 build.
    public static class LegacyHostTriage
    {
        public static Disposition DispositionFor(int painLevel) =>
            Triage.Assess(new PainAssessment(painLevel, PainQuality.DullAche, PainLocation.MidBack)).Disposition;
    }
}
