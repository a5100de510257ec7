using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using RunnerBack;

namespace RunnerBack.ColdStart
{
    // A fresh process's first triage, for ColdStartBenchmarks: `assess` triages one assessment with
    // the default engine and prints the milliseconds from Main to the result; `none` returns at
    // once, so that the two processes' difference is the library's share of a cold start.
    public static class Program
    {
        public static int Main(string[] args)
        {
            var clock = Stopwatch.StartNew();
            if (args.Length == 1 && args[0] == "none")
            {
                return 0;
            }

            var disposition = FirstResult();
            Console.WriteLine($"{clock.Elapsed.TotalMilliseconds:F2} ms to {disposition}");
            return disposition == Disposition.StopAndRest ? 0 : 1;
        }

        // Not inlined, so that loading RunnerBack happens inside the timed span, not before Main.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Disposition FirstResult() =>
            Triage.Assess(new PainAssessment(
                5, PainQuality.Sharp, PainLocation.BetweenShoulderBlades, Array.Empty<RadiationTarget>(), PainTrend.Worsening, PainOnset.Gradual, PainTiming.DuringRun,
                YesNo.No, YesNo.No, 1, YesNo.No, YesNo.No, Array.Empty<Symptom>(), new RunnerProfile(history: Array.Empty<MedicalHistory>()))).Disposition;
    }
}
