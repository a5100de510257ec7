using System;
using System.Collections.Generic;
using System.Text;
using RunnerBack;
using RunnerBack.Json;

namespace RunnerBack.Benchmarks
{
    // Representative assessments, and a seeded generator for large batches.
    public static class Workloads
    {
        public static readonly IReadOnlyDictionary<string, PainAssessment> Named = new Dictionary<string, PainAssessment>
        {
            ["NoPain"] = new PainAssessment(0, symptoms: []),
            ["Mild"] = Answered(3, PainQuality.DullAche, PainLocation.BetweenShoulderBlades),
            ["Stop"] = Answered(5, PainQuality.Sharp, PainLocation.Ribs, trend: PainTrend.Worsening),
            ["SeeProfessional"] = Answered(4, PainQuality.Electrical, PainLocation.Neck, radiatesTo: new[] { RadiationTarget.Arms }, symptoms: new[] { Symptom.Tingling }),
            ["UrgentCare"] = Answered(5, PainQuality.DullAche, PainLocation.MidBack, symptoms: new[] { Symptom.Fever }, runner: new RunnerProfile(history: new[] { MedicalHistory.Cancer })),
            ["Emergency"] = Answered(8, PainQuality.Stabbing, PainLocation.BetweenShoulderBlades, radiatesTo: new[] { RadiationTarget.Chest }, onset: PainOnset.Sudden),
            ["FullProfile"] = Answered(
                3,
                PainQuality.Tightness,
                PainLocation.Shoulders,
                durationDays: 5,
                runner: new RunnerProfile(34, RunnerExperience.Returning, 9, 0, CarriedLoad.HydrationVest, false, 900, false, 0, false, StressLevel.High, Hydration.Low, Array.Empty<MedicalHistory>()),
                form: new[] { FormFault.Slouching, FormFault.ShouldersRaised, FormFault.ArmsCrossMidline, FormFault.ShallowBreathing }),
        };

        public static PainAssessment[] Generate(int count, int seed)
        {
            var random = new Random(seed);
            var result = new PainAssessment[count];
            for (var i = 0; i < count; i++)
            {
                var pain = random.Next(0, 11);
                result[i] = new PainAssessment(
                    pain,
                    pain > 0 ? (PainQuality)random.Next(6) : null,
                    pain > 0 ? (PainLocation)random.Next(7) : null,
                    Subset<RadiationTarget>(random, 6, 0.08),
                    (PainTrend)random.Next(3),
                    (PainOnset)random.Next(2),
                    (PainTiming)random.Next(5),
                    YesNoAnswers.From(random.Next(4) == 0),
                    YesNoAnswers.From(random.Next(5) == 0),
                    random.Next(0, 40),
                    YesNoAnswers.From(random.Next(2) == 0),
                    YesNoAnswers.From(random.Next(10) == 0),
                    Subset<Symptom>(random, 17, 0.05),
                    random.Next(3) == 0 ? NoProfile(pain) : new RunnerProfile(
                        random.Next(15, 80),
                        (RunnerExperience)random.Next(3),
                        random.Next(0, 13),
                        random.Next(0, 8),
                        (CarriedLoad)random.Next(5),
                        random.Next(2) == 0,
                        random.Next(0, 1500),
                        random.Next(2) == 0,
                        random.Next(0, 4),
                        random.Next(2) == 0,
                        (StressLevel)random.Next(3),
                        (Hydration)random.Next(2),
                        Subset<MedicalHistory>(random, 6, 0.05)),
                    Subset<FormFault>(random, 9, 0.15));
            }

            return result;
        }

        // A runner in pain who answered every safety question (TRIAGE.md 8.1), the calm answer
        // wherever the case does not say otherwise.
        public static PainAssessment Answered(
            int painLevel,
            PainQuality quality,
            PainLocation location,
            RadiationTarget[]? radiatesTo = null,
            PainTrend trend = PainTrend.Stable,
            PainOnset onset = PainOnset.Gradual,
            int durationDays = 0,
            Symptom[]? symptoms = null,
            RunnerProfile? runner = null,
            FormFault[]? form = null) =>
            new PainAssessment(
                painLevel, quality, location, radiatesTo ?? Array.Empty<RadiationTarget>(), trend, onset, PainTiming.DuringRun, YesNo.No, YesNo.No, durationDays,
                YesNo.No, YesNo.No, symptoms ?? Array.Empty<Symptom>(), runner ?? new RunnerProfile(history: Array.Empty<MedicalHistory>()), form);

        // Without a profile, a runner in pain still answers the history question (TRIAGE.md 8.1).
        private static RunnerProfile? NoProfile(int pain) => pain > 0 ? new RunnerProfile(history: Array.Empty<MedicalHistory>()) : null;

        // Each assessment as a CONTRACT.md request in UTF-8. Throws unless every request reads back
        // as its assessment: a benchmark that timed error responses would compare nothing.
        public static byte[][] Requests(PainAssessment[] assessments)
        {
            var requests = new byte[assessments.Length][];
            for (var i = 0; i < assessments.Length; i++)
            {
                requests[i] = Encoding.UTF8.GetBytes(TriageJson.Serialize(assessments[i]));
                if (!assessments[i].Equals(TriageJson.ParseAssessment(requests[i]).Assessment))
                {
                    throw new InvalidOperationException($"Generated request {i} does not read back as its assessment.");
                }
            }

            return requests;
        }

        private static T[] Subset<T>(Random random, int size, double chance)
            where T : struct, Enum
        {
            var list = new List<T>();
            for (var i = 0; i < size; i++)
            {
                if (random.NextDouble() < chance)
                {
                    list.Add((T)(object)i);
                }
            }

            return list.ToArray();
        }
    }
}
