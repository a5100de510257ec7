using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace RunnerBack.Tests.Support
{
    // The changes invariant 3 says can never lower the disposition.
    internal enum EscalationKind
    {
        AddSymptom,
        AddRadiation,
        AddFormFault,
        AddHistory,
        PersistsAfterStopping,
        AltersRunningForm,
        RecentTrauma,
        RaisePain,
        RaiseDuration,
        WorsenTrend,
    }

    internal static class Escalation
    {
        public static Gen<EscalationKind> Any { get; } = Generators.EnumValue<EscalationKind>();

        public static Gen<AssessmentSpec> ApplyAll(AssessmentSpec spec, IEnumerable<EscalationKind> kinds)
        {
            var gen = Gen.Constant(spec);
            foreach (var kind in kinds)
            {
                gen = gen.SelectMany(current => Apply(current, kind));
            }

            return gen;
        }

        private static Gen<AssessmentSpec> Apply(AssessmentSpec spec, EscalationKind kind) => kind switch
        {
            EscalationKind.AddSymptom => Gen.Elements(Enum.GetValues<Symptom>())
                .Select(s => spec with { Symptoms = Union(spec.Symptoms, s) }),
            EscalationKind.AddRadiation => Gen.Elements(Enum.GetValues<RadiationTarget>())
                .Select(r => spec with { RadiatesTo = Union(spec.RadiatesTo, r) }),
            EscalationKind.AddFormFault => Gen.Elements(Enum.GetValues<FormFault>())
                .Select(f => spec with { Form = Union(spec.Form, f) }),
            EscalationKind.AddHistory => Gen.Elements(Enum.GetValues<MedicalHistory>())
                .Select(h => spec with { Runner = (spec.Runner ?? new RunnerSpec()) with { History = Union(spec.Runner?.History, h) } }),
            EscalationKind.PersistsAfterStopping => Gen.Constant(spec with { PersistsAfterStopping = YesNo.Yes }),
            EscalationKind.AltersRunningForm => Gen.Constant(spec with { AltersRunningForm = YesNo.Yes }),
            EscalationKind.RecentTrauma => Gen.Constant(spec with { RecentTrauma = YesNo.Yes }),
            EscalationKind.RaisePain => RaisePain(spec),
            EscalationKind.RaiseDuration => Gen.Choose(spec.DurationDays ?? 0, 3650).Select(d => spec with { DurationDays = d }),
            _ => Gen.Constant(spec with { Trend = spec.Trend == PainTrend.Improving ? PainTrend.Stable : PainTrend.Worsening }),
        };

        // Pain above 0 needs every safety question answered; one the runner was not asked at pain 0
        // gets any answer (unasked, it could not have fired anything).
        private static Gen<AssessmentSpec> RaisePain(AssessmentSpec spec) =>
            from pain in Gen.Choose(spec.PainLevel, 10)
            from quality in Generators.EnumValue<PainQuality>()
            from location in Generators.EnumValue<PainLocation>()
            from trend in Generators.EnumValue<PainTrend>()
            from onset in Generators.EnumValue<PainOnset>()
            from timing in Generators.EnumValue<PainTiming>()
            from yesNo in Gen.ArrayOf(Generators.EnumValue<YesNo>(), 4)
            select pain == 0 ? spec : spec with
            {
                PainLevel = pain,
                Quality = spec.Quality ?? quality,
                Location = spec.Location ?? location,
                Trend = spec.Trend ?? trend,
                Onset = spec.Onset ?? onset,
                Timing = spec.Timing ?? timing,
                PersistsAfterStopping = spec.PersistsAfterStopping ?? yesNo[0],
                AltersRunningForm = spec.AltersRunningForm ?? yesNo[1],
                DurationDays = spec.DurationDays ?? 0,
                SelfCareTried = spec.SelfCareTried ?? yesNo[2],
                RecentTrauma = spec.RecentTrauma ?? yesNo[3],
            };

        private static T[] Union<T>(T[]? items, T item) => (items ?? Array.Empty<T>()).Append(item).Distinct().ToArray();
    }
}
