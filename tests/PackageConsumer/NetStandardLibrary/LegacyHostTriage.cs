using RunnerBack;

namespace PackageConsumer.NetStandard
{
    // What a Unity or .NET Framework host would write against the netstandard2.0 build.
    public static class LegacyHostTriage
    {
        public static Disposition DispositionFor(int painLevel) =>
            Triage.Assess(new PainAssessment(
                painLevel, PainQuality.DullAche, PainLocation.MidBack, new RadiationTarget[0], PainTrend.Stable, PainOnset.Gradual, PainTiming.DuringRun, YesNo.No,
                YesNo.No, 0, YesNo.No, YesNo.No, new Symptom[0], new RunnerProfile(history: new MedicalHistory[0]))).Disposition;

        // A list literal on netstandard2.0 goes through the package's collection builder (the
        // attribute is polyfilled there), so the chest pain is kept, never dropped.
        public static Disposition ChestPainFromAListLiteral() =>
            Triage.Assess(new PainAssessment(0, symptoms: []) with { Symptoms = [Symptom.ChestPain] }).Disposition;
    }
}
