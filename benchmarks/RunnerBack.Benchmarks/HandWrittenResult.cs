using System;
using RunnerBack;

namespace RunnerBack.Benchmarks
{
    // What the whole answer costs when it is written by hand: the default rules' 65 conditions
    // inline, the safety gate as two booleans, each list filled in its canonical order from a table
    // (so nothing is sorted), and the same result object graph as the engine's. It is the third
    // baseline the budget could be stated against (docs/performance.md, "The budget"): Assess
    // against this measures the price of the pipeline itself (rules as objects, ranking, the
    // context), with the result's cost on both sides. The baseline (HandWrittenTriage)
    // stays the benchmarks' Baseline. A test checks that this returns a result equal to the
    // engine's, allocating the same bytes, on generated assessments and options.
    // Uses the library's internal constructors and rule outputs (InternalsVisibleTo).
    public sealed class HandWrittenResult
    {
        // The default pipeline, by index. The constructor checks the engine has these rules in this
        // order, since every index below depends on it.
        private static readonly string[] RuleIds =
        {
            "redFlag.chestPain", "redFlag.cardiacWarningSigns", "redFlag.suddenSevereUpperBackPain", "redFlag.spinalCordCompression",
            "redFlag.severeBreathingProblem", "redFlag.breathingAffected", "redFlag.systemicSymptoms", "redFlag.cancerHistory",
            "redFlag.armWeakness", "redFlag.traumaticOnset", "redFlag.neurologicalSymptoms", "redFlag.radiatingPain",
            "redFlag.severePain", "redFlag.persistentPain", "redFlag.nonMechanicalPain", "redFlag.fractureRisk",
            "redFlag.infectionRisk", "stopSignal.painAtOrAboveStopLevel", "stopSignal.escalatingPain", "stopSignal.sharpOrNervePain",
            "stopSignal.persistsAfterStopping", "stopSignal.alteredRunningForm", "stopSignal.sacroiliacPain", "contributor.prolongedSitting",
            "contributor.slouchedPosture", "contributor.armSwingFaults", "contributor.shoulderTension", "contributor.carriedLoad",
            "contributor.footwear", "contributor.shallowBreathing", "contributor.weakUpperBack", "contributor.noWarmUp",
            "contributor.trainingLoad", "contributor.stress", "contributor.dehydration", "recommendation.callEmergencyServices",
            "recommendation.seekCareToday", "recommendation.bookProfessionalAssessment", "recommendation.stopRunningNow",
            "recommendation.noRunningUntilAssessed", "recommendation.extraRestDay", "recommendation.sacroiliacRest",
            "recommendation.returnGradually", "recommendation.runTall", "recommendation.relaxShoulders", "recommendation.armSwingCue",
            "recommendation.diaphragmaticBreathing", "recommendation.dynamicWarmUp", "recommendation.postRunStretch",
            "recommendation.movementBreaks", "recommendation.shoulderBladeSqueeze", "recommendation.seatedThoracicRotation",
            "recommendation.sideLyingThoracicRotation", "recommendation.foamRollerExtension", "recommendation.pelvicTilts",
            "recommendation.upperBackStrength", "recommendation.iceTherapy", "recommendation.heatTherapy", "recommendation.massageGun",
            "recommendation.overTheCounterPainRelief", "recommendation.lightenLoad", "recommendation.checkShoes",
            "recommendation.buildUpGradually", "recommendation.stressManagement", "recommendation.hydrate",
        };

        private const int Trauma = 9;
        private const int FirstStopSignal = 17;
        private const int FirstContributor = 23;
        private const int FirstRecommendation = 35;

        // The finding slots: one per finding rule, with the trauma rule's urgent finding in an extra
        // slot, so that each slot holds one fixed finding.
        private const int UrgentTraumaSlot = FirstContributor;

        // Canonical orders, worked out by hand from the codes: findings most urgent first, then by
        // code; contributors by code; recommendations by category, then code.
        private static readonly byte[] FindingOrder = { 1, 0, 4, 3, 2, 8, 5, 7, 6, UrgentTraumaSlot, 15, 16, 10, 14, 13, 11, 12, Trauma, 21, 18, 17, 20, 22, 19 };
        private static readonly byte[] ContributorOrder = { 25, 27, 34, 28, 31, 23, 29, 26, 24, 33, 32, 30 };
        private static readonly byte[] RecommendationOrder = { 37, 35, 36, 40, 39, 42, 41, 38, 45, 46, 44, 43, 47, 53, 49, 54, 48, 51, 50, 52, 55, 57, 56, 58, 59, 61, 60, 62, 64, 63 };

        private static readonly EnumSet<FormFault> SlouchFaults = EnumSet<FormFault>.Of(FormFault.Slouching, FormFault.LookingDown);
        private static readonly EnumSet<FormFault> TensionFaults = EnumSet<FormFault>.Of(FormFault.ShouldersRaised, FormFault.ClenchedFists, FormFault.ArmsHeldStiff);
        private static readonly EnumSet<FormFault> ArmSwingFaults = EnumSet<FormFault>.Of(FormFault.ArmsCrossMidline, FormFault.ExcessiveArmSwing, FormFault.LimitedArmSwing);

        private readonly TriageOptions _options;
        private readonly TriageRule[] _rules;
        private readonly Finding[] _findings = new Finding[FirstContributor + 1];
        private readonly Contributor[] _contributors = new Contributor[FirstRecommendation - FirstContributor];
        private readonly Recommendation[] _recommendations = new Recommendation[RuleIds.Length - FirstRecommendation];

        public HandWrittenResult(TriageEngine engine)
        {
            _options = engine.Options;
            _rules = new TriageRule[engine.Rules.Count];
            if (_rules.Length != RuleIds.Length)
            {
                throw new ArgumentException($"Expected the {RuleIds.Length} default rules; the engine has {_rules.Length}.", nameof(engine));
            }

            for (var i = 0; i < _rules.Length; i++)
            {
                _rules[i] = engine.Rules[i];
                if (_rules[i].Id != RuleIds[i])
                {
                    throw new ArgumentException($"Expected rule {RuleIds[i]} at {i}, found {_rules[i].Id}.", nameof(engine));
                }

                switch (_rules[i])
                {
                    case FindingRule rule:
                        _findings[i] = rule.Output;
                        break;
                    case ContributorRule rule:
                        _contributors[i - FirstContributor] = rule.Output;
                        break;
                    case RecommendationRule rule:
                        _recommendations[i - FirstRecommendation] = rule.Output;
                        break;
                }
            }

            // The trauma rule picks one of two findings; ask the engine for each once.
            _findings[Trauma] = TraumaFinding(engine, PainOnset.Gradual);
            _findings[UrgentTraumaSlot] = TraumaFinding(engine, PainOnset.Sudden);
        }

        public TriageResult Assess(PainAssessment a)
        {
            var o = _options;
            var s = a.Symptoms;
            var r = a.RadiatesTo;
            var runner = a.Runner ?? RunnerProfile.Unknown;
            var history = runner.History;
            var form = a.Form;
            var pain = a.PainLevel;
            var severe = pain >= o.SeverePainLevel;
            var breathing = s.Contains(Symptom.BreathingDifficulty);
            var sudden = a.Onset == PainOnset.Sudden;
            var weakBones = history.Contains(MedicalHistory.Osteoporosis) || history.Contains(MedicalHistory.LongTermSteroids);

            // Findings, one byte per slot.
            Span<byte> found = stackalloc byte[FirstContributor + 1];
            found[0] = Of(s.Contains(Symptom.ChestPain) || r.Contains(RadiationTarget.Chest));
            found[1] = Of(r.Contains(RadiationTarget.Jaw) || (r.Contains(RadiationTarget.Arms) && (breathing || s.Contains(Symptom.Sweating) || s.Contains(Symptom.Nausea) || s.Contains(Symptom.Dizziness))));
            found[2] = Of(sudden && severe && a.IsUpperBack);
            found[3] = Of(s.Contains(Symptom.BladderOrBowelChange) || s.Contains(Symptom.SaddleNumbness) || s.Contains(Symptom.LegWeakness) || s.Contains(Symptom.LegNumbness) || s.Contains(Symptom.UnsteadyGait));
            found[4] = Of(breathing && (sudden || s.Contains(Symptom.Dizziness) || severe));
            found[5] = Of(breathing);
            found[6] = Of(s.Contains(Symptom.Fever) || s.Contains(Symptom.Chills) || s.Contains(Symptom.UnexplainedWeightLoss));
            found[7] = Of(pain >= 1 && history.Contains(MedicalHistory.Cancer));
            found[8] = Of(s.Contains(Symptom.ArmWeakness));
            var urgentTrauma = severe || sudden || runner.Age >= 50 || weakBones;
            found[Trauma] = Of(a.RecentTrauma && !urgentTrauma);
            found[UrgentTraumaSlot] = Of(a.RecentTrauma && urgentTrauma);
            found[10] = Of(s.Contains(Symptom.Numbness) || s.Contains(Symptom.Tingling));
            found[11] = Of(r.Contains(RadiationTarget.Arms) || r.Contains(RadiationTarget.Hands) || r.Contains(RadiationTarget.Legs) || r.Contains(RadiationTarget.AroundRibs));
            found[12] = Of(severe);
            found[13] = Of((a.SelfCareTried && a.DurationDays > o.PersistentDaysWithSelfCare) || a.DurationDays > o.PersistentDaysWithoutSelfCare);
            found[14] = Of(s.Contains(Symptom.NightPain) || a.Timing == PainTiming.AtNight || a.Timing == PainTiming.Constant);
            found[15] = Of(pain >= 1 && weakBones);
            found[16] = Of(pain >= 1 && (history.Contains(MedicalHistory.Immunosuppression) || history.Contains(MedicalHistory.IntravenousDrugUse) || history.Contains(MedicalHistory.RecentInfection)));
            found[17] = Of(pain >= o.StopPainLevel);
            found[18] = Of(a.Trend == PainTrend.Worsening);
            found[19] = Of(a.Quality is PainQuality.Sharp or PainQuality.Stabbing or PainQuality.Electrical or PainQuality.Catching);
            found[20] = Of(a.PersistsAfterStopping);
            found[21] = Of(a.AltersRunningForm);
            found[22] = Of(pain >= 1 && a.Location == PainLocation.SacroiliacJoint);

            var d = (found[0] | found[1] | found[2] | found[3] | found[4]) != 0 ? Disposition.Emergency
                : (found[5] | found[6] | found[7] | found[8] | found[UrgentTraumaSlot]) != 0 ? Disposition.UrgentCare
                : (found[Trauma] | found[10] | found[11] | found[12] | found[13] | found[14] | found[15] | found[16]) != 0 ? Disposition.SeeProfessional
                : (found[17] | found[18] | found[19] | found[20] | found[21] | found[22]) != 0 ? Disposition.StopAndRest
                : pain > 0 ? Disposition.RunWithModifications : Disposition.KeepRunning;

            var outcomes = new byte[RuleIds.Length];
            found.Slice(0, FirstContributor).CopyTo(outcomes);
            outcomes[Trauma] |= found[UrgentTraumaSlot];

            outcomes[23] = Of(runner.SittingHoursPerDay >= o.ProlongedSittingHours);
            outcomes[24] = Of(form.Overlaps(SlouchFaults));
            outcomes[25] = Of(form.Overlaps(ArmSwingFaults));
            outcomes[26] = Of(form.Overlaps(TensionFaults));
            outcomes[27] = Of(runner.CarriedLoad == CarriedLoad.Handheld || ((runner.CarriedLoad is CarriedLoad.WaistBelt or CarriedLoad.HydrationVest or CarriedLoad.Backpack) && runner.LoadFitsWell != true));
            outcomes[28] = Of(runner.ShoeDistanceKm >= o.ShoeReplacementKm || runner.ShoesFitWell == false);
            outcomes[29] = Of(form.Contains(FormFault.ShallowBreathing));
            outcomes[30] = Of(runner.StrengthTrainingPerWeek == 0);
            outcomes[31] = Of(runner.WarmsUp == false);
            outcomes[32] = Of((runner.Experience is RunnerExperience.New or RunnerExperience.Returning) || runner.RestDaysPerWeek == 0);
            outcomes[33] = Of(runner.StressLevel == StressLevel.High);
            outcomes[34] = Of(runner.Hydration == Hydration.Low);

            // The gate: care and activity always; gear, lifestyle, ice and heat up to seeProfessional;
            // everything else up to stopAndRest.
            var upToSeeProfessional = d <= Disposition.SeeProfessional;
            var upToStop = d <= Disposition.StopAndRest;
            var modify = d == Disposition.RunWithModifications;
            var stop = d == Disposition.StopAndRest;
            var see = d == Disposition.SeeProfessional;
            var sitting = outcomes[23] != 0;
            var slouched = outcomes[24] != 0;
            outcomes[35] = Of(d == Disposition.Emergency);
            outcomes[36] = Of(d == Disposition.UrgentCare);
            outcomes[37] = Of(see);
            outcomes[38] = Of(d >= Disposition.StopAndRest);
            outcomes[39] = Of(see);
            outcomes[40] = Of(stop);
            outcomes[41] = outcomes[22];
            outcomes[42] = Of(stop);
            outcomes[43] = Gated(modify || slouched, upToStop);
            outcomes[44] = Gated(modify || outcomes[26] != 0, upToStop);
            outcomes[45] = Gated(outcomes[25] != 0, upToStop);
            outcomes[46] = Gated(outcomes[29] != 0, upToStop);
            outcomes[47] = Gated(modify || outcomes[31] != 0, upToStop);
            outcomes[48] = Gated(modify || stop, upToStop);
            outcomes[49] = Gated(sitting, upToStop);
            outcomes[50] = Gated(sitting || slouched, upToStop);
            outcomes[51] = Gated(sitting || slouched, upToStop);
            outcomes[52] = Gated(sitting || slouched, upToStop);
            outcomes[53] = Gated(sitting || slouched, upToStop);
            outcomes[54] = Gated(a.Location is PainLocation.LowerBack or PainLocation.SacroiliacJoint, upToStop);
            outcomes[55] = Gated(outcomes[30] != 0, upToStop);
            outcomes[56] = Gated(stop || see, upToSeeProfessional);
            outcomes[57] = Gated(stop || see, upToSeeProfessional);
            outcomes[58] = Gated(stop, upToStop);
            outcomes[59] = Gated(stop, upToStop);
            outcomes[60] = Gated(outcomes[27] != 0, upToSeeProfessional);
            outcomes[61] = Gated(outcomes[28] != 0, upToSeeProfessional);
            outcomes[62] = Gated(outcomes[32] != 0, upToSeeProfessional);
            outcomes[63] = Gated(outcomes[33] != 0, upToSeeProfessional);
            outcomes[64] = Gated(outcomes[34] != 0, upToSeeProfessional);

            var findings = Fill(found, FindingOrder, 0, _findings, out var findingCount);
            return new TriageResult(
                d,
                Headlines.For(d),
                RedFlagsOf(findings, findingCount),
                ListOf(findings),
                ListOf(Fill(outcomes, ContributorOrder, FirstContributor, _contributors, out _)),
                ListOf(Fill(outcomes, RecommendationOrder, FirstRecommendation, _recommendations, out _)),
                new RuleTrace(_rules, outcomes, null),
                true,
                Triage.RuleSetVersion);
        }

        private static byte Of(bool fired) => fired ? RuleTrace.Fired : RuleTrace.NotApplicable;

        private static byte Gated(bool applies, bool allowed) => !applies ? RuleTrace.NotApplicable : allowed ? RuleTrace.Fired : RuleTrace.Withheld;

        // The outputs whose slot fired, in the given order, in an exact-size array; null (an empty
        // list, as the engine leaves it) when none did.
        private static T[]? Fill<T>(ReadOnlySpan<byte> outcomes, byte[] order, int first, T[] outputs, out int count)
        {
            count = 0;
            foreach (var slot in order)
            {
                count += outcomes[slot] == RuleTrace.Fired ? 1 : 0;
            }

            if (count == 0)
            {
                return null;
            }

            var items = new T[count];
            var next = 0;
            foreach (var slot in order)
            {
                if (outcomes[slot] == RuleTrace.Fired)
                {
                    items[next++] = outputs[slot - first];
                }
            }

            return items;
        }

        private static ValueList<T> ListOf<T>(T[]? items) => items is null ? default : new ValueList<T>(items);

        // Red flags outrank every stop signal, so they are the first findings.
        private static ValueList<RedFlag> RedFlagsOf(Finding[]? findings, int count)
        {
            var flags = 0;
            while (flags < count && findings![flags].RedFlag is not null)
            {
                flags++;
            }

            if (flags == 0)
            {
                return default;
            }

            var redFlags = new RedFlag[flags];
            for (var i = 0; i < flags; i++)
            {
                redFlags[i] = findings![i].RedFlag!;
            }

            return new ValueList<RedFlag>(redFlags);
        }

        private static Finding TraumaFinding(TriageEngine engine, PainOnset onset)
        {
            // No pain, so that only the onset decides the level: severePainLevel can be as low as 1.
            var result = engine.Assess(new PainAssessment(0, onset: onset, recentTrauma: true));
            foreach (var finding in result.Findings)
            {
                if (finding.Code == "traumaticOnset")
                {
                    return finding;
                }
            }

            throw new InvalidOperationException("The engine gave no traumaticOnset finding for recent trauma.");
        }
    }
}
