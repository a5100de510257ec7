using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Properties
{
    // TRIAGE.md section 7, one property per invariant (7.9, the JSON round trip, lives with the
    // JSON tests). Each runs over generated assessments that cover the whole input space.
    public sealed class SafetyInvariantTests
    {
        private const int Cases = 1500;

        // The codes TRIAGE.md defines, written out from the document rather than read from the
        // library, so that a renamed or invented code fails here.
        private static readonly HashSet<string> SpecFindingCodes = new HashSet<string>
        {
            "chestPain", "cardiacWarningSigns", "suddenSevereUpperBackPain", "spinalCordCompression",
            "severeBreathingProblem", "breathingAffected", "systemicSymptoms", "cancerHistory", "armWeakness",
            "traumaticOnset", "neurologicalSymptoms", "radiatingPain", "severePain", "persistentPain",
            "nonMechanicalPain", "fractureRisk", "infectionRisk",
            "painAtOrAboveStopLevel", "escalatingPain", "sharpOrNervePain", "persistsAfterStopping",
            "alteredRunningForm", "sacroiliacPain",
        };

        private static readonly HashSet<string> SpecContributorCodes = new HashSet<string>
        {
            "prolongedSitting", "slouchedPosture", "armSwingFaults", "shoulderTension", "carriedLoad", "footwear",
            "shallowBreathing", "weakUpperBack", "noWarmUp", "trainingLoad", "stress", "dehydration",
        };

        private static readonly HashSet<string> SpecRecommendationCodes = new HashSet<string>
        {
            "callEmergencyServices", "seekCareToday", "bookProfessionalAssessment", "stopRunningNow",
            "noRunningUntilAssessed", "extraRestDay", "sacroiliacRest", "returnGradually", "runTall", "relaxShoulders",
            "armSwingCue", "diaphragmaticBreathing", "dynamicWarmUp", "postRunStretch", "movementBreaks",
            "shoulderBladeSqueeze", "seatedThoracicRotation", "sideLyingThoracicRotation", "foamRollerExtension",
            "pelvicTilts", "upperBackStrength", "iceTherapy", "heatTherapy", "massageGun", "overTheCounterPainRelief",
            "lightenLoad", "checkShoes", "buildUpGradually", "stressManagement", "hydrate",
        };

        [Property(MaxTest = Cases)]
        [Trait("Hazard", "H14")]
        public Property Invariant1_EveryValidAssessmentYieldsACompleteResult()
        {
            return Prop.ForAll(Generators.AssessmentArb, spec =>
            {
                var result = Triage.Assess(spec.Build());
                Assert.True(result.IsComplete);
                Assert.Equal(Triage.Default.Rules.Count, result.Trace.Count);
                Assert.DoesNotContain(result.Trace, t => t.Outcome == RuleOutcome.Faulted);
                Assert.InRange(result.Headline.Length, 1, 140);
            });
        }

        [Property(MaxTest = Cases)]
        public Property Invariant2_SameAssessmentWithListsInAnyOrderGivesAnEqualResult()
        {
            var gen =
                from spec in Generators.Assessment
                from symptoms in Gen.Shuffle(spec.Symptoms ?? Array.Empty<Symptom>())
                from radiates in Gen.Shuffle(spec.RadiatesTo ?? Array.Empty<RadiationTarget>())
                from form in Gen.Shuffle(spec.Form ?? Array.Empty<FormFault>())
                from history in Gen.Shuffle(spec.Runner?.History ?? Array.Empty<MedicalHistory>())
                select (spec, spec with
                {
                    Symptoms = symptoms.ToArray(),
                    RadiatesTo = radiates.ToArray(),
                    Form = form.ToArray(),
                    Runner = spec.Runner is null ? null : spec.Runner with { History = history.ToArray() },
                });

            return Prop.ForAll(gen.ToArbitrary(), pair =>
            {
                var first = Triage.Assess(pair.Item1.Build());
                Assert.Equal(first, Triage.Assess(pair.Item1.Build()));
                Assert.Equal(first, Triage.Assess(pair.Item2.Build()));
                Assert.Equal(pair.Item1.Build(), pair.Item2.Build());
            });
        }

        [Property(MaxTest = Cases)]
        public Property Invariant2_PermutingThePipelineChangesNothingButTraceOrder()
        {
            var gen =
                from spec in Generators.Assessment
                from rules in Gen.Shuffle(Triage.Default.Rules.ToArray())
                select (spec, rules);

            return Prop.ForAll(gen.ToArbitrary(), pair =>
            {
                var builder = new TriageEngineBuilder();
                foreach (var rule in pair.rules)
                {
                    builder.AddRule(rule);
                }

                var expected = Triage.Assess(pair.spec.Build());
                var actual = builder.Build().Assess(pair.spec.Build());
                Assert.Equal(expected.Disposition, actual.Disposition);
                Assert.Equal(expected.Headline, actual.Headline);
                Assert.Equal(expected.RedFlags, actual.RedFlags);
                Assert.Equal(expected.Findings, actual.Findings);
                Assert.Equal(expected.Contributors, actual.Contributors);
                Assert.Equal(expected.Recommendations, actual.Recommendations);
                Assert.Equal(expected.Trace.OrderBy(t => t.RuleId, StringComparer.Ordinal), actual.Trace.OrderBy(t => t.RuleId, StringComparer.Ordinal));
            });
        }

        [Property(MaxTest = 3000)]
        [Trait("Hazard", "H01")]
        public Property Invariant3_MoreOrWorseSymptomsNeverLowerTheDisposition()
        {
            var gen =
                from spec in Generators.Assessment
                from escalations in Gen.NonEmptyListOf(Escalation.Any).Resize(4)
                from worse in Escalation.ApplyAll(spec, escalations)
                select (spec, worse);

            return Prop.ForAll(gen.ToArbitrary(), pair =>
            {
                var before = Triage.Assess(pair.spec.Build()).Disposition;
                var after = Triage.Assess(pair.worse.Build()).Disposition;
                Assert.True(after >= before, $"Disposition fell from {before} to {after}\n before: {pair.spec}\n after:  {pair.worse}");
            });
        }

        [Property(MaxTest = Cases)]
        public Property Invariant4_DispositionIsExplainedByTheFindingsAndEveryCodeIsTheSpecs()
        {
            return Prop.ForAll(Generators.AssessmentArb, spec =>
            {
                var result = Triage.Assess(spec.Build());
                var baseLevel = spec.PainLevel == 0 ? Disposition.KeepRunning : Disposition.RunWithModifications;
                var explained = result.Findings.Select(f => f.MinimumDisposition).Append(baseLevel).Max();
                Assert.Equal(explained, result.Disposition);
                Assert.All(result.Findings, f => Assert.Contains(f.Code, SpecFindingCodes));
                Assert.All(result.Contributors, c => Assert.Contains(c.Code, SpecContributorCodes));
                Assert.All(result.Recommendations, r => Assert.Contains(r.Code, SpecRecommendationCodes));
                Assert.Equal(result.Findings.Where(f => f.Kind == FindingKind.RedFlag).Select(f => f.Code), result.RedFlags.Select(r => r.Code));
            });
        }

        [Property(MaxTest = Cases)]
        [Trait("Hazard", "H01")]
        public Property Invariant5_RedFlagsDominateAndKeepRunningNeedsNoPainAndNoFinding()
        {
            var gen =
                from spec in Generators.Assessment
                from options in Generators.Options
                select (spec, options);

            return Prop.ForAll(gen.ToArbitrary(), pair =>
            {
                var (spec, options) = pair;
                var result = spec.Assess(options);
                if (result.RedFlags.Count > 0)
                {
                    Assert.True(result.Disposition >= Disposition.SeeProfessional);
                }

                if (spec.PainLevel >= options.StopPainLevel)
                {
                    Assert.True(result.Disposition >= Disposition.StopAndRest);
                }

                var mayKeepRunning = spec.PainLevel == 0 && result.Findings.Count == 0;
                Assert.Equal(mayKeepRunning, result.Disposition == Disposition.KeepRunning);
            });
        }

        [Property(MaxTest = Cases)]
        [Trait("Hazard", "H08")]
        public Property Invariant6_RecommendationCategoriesObeyTheGate()
        {
            return Prop.ForAll(Generators.MildAssessment.ToArbitrary(), spec =>
            {
                var result = Triage.Assess(spec.Build());
                Assert.All(result.Recommendations, r => Assert.True(
                    GateAllows(result.Disposition, r),
                    $"{r.Code} ({r.Category}) is not allowed at {result.Disposition}"));
            });
        }

        [Property(MaxTest = Cases)]
        [Trait("Hazard", "H05")]
        public Property Invariant7_StricterOptionsNeverLowerTheDisposition()
        {
            var gen =
                from spec in Generators.Assessment
                from loose in Generators.Options
                from stop in Gen.Choose(1, loose.StopPainLevel)
                from severe in Gen.Choose(stop, loose.SeverePainLevel)
                from withCare in Gen.Choose(1, loose.PersistentDaysWithSelfCare)
                from withoutCare in Gen.Choose(withCare, loose.PersistentDaysWithoutSelfCare)
                select (spec, loose, strict: loose with
                {
                    StopPainLevel = stop,
                    SeverePainLevel = severe,
                    PersistentDaysWithSelfCare = withCare,
                    PersistentDaysWithoutSelfCare = withoutCare,
                });

            return Prop.ForAll(gen.ToArbitrary(), t =>
            {
                var loose = t.spec.Assess(t.loose).Disposition;
                var strict = t.spec.Assess(t.strict).Disposition;
                Assert.True(strict >= loose, $"Stricter options lowered {loose} to {strict}");
            });
        }

        [Property(MaxTest = Cases)]
        [Trait("Hazard", "H04")]
        public Property Invariant8_AFaultingRuleMakesTheResultIncompleteAndMoreCautious()
        {
            var gen =
                from spec in Generators.Assessment
                from kind in Generators.EnumValue<RuleKind>()
                from position in Gen.Choose(0, Triage.Default.Rules.Count)
                select (spec, kind, position);

            return Prop.ForAll(gen.ToArbitrary(), t =>
            {
                var rules = Triage.Default.Rules.ToList();
                var faulty = new ThrowingRule(t.kind);
                rules.Insert(t.position, faulty);
                var builder = new TriageEngineBuilder();
                rules.ForEach(r => builder.AddRule(r));

                var healthy = Triage.Assess(t.spec.Build());
                var result = builder.Build().Assess(t.spec.Build());
                Assert.False(result.IsComplete);
                Assert.Equal(RuleOutcome.Faulted, Assert.Single(result.Trace, e => e.RuleId == faulty.Id).Outcome);
                Assert.True(result.Disposition >= Disposition.SeeProfessional);
                Assert.True(result.Disposition >= healthy.Disposition);
                Assert.All(result.Recommendations, r => Assert.True(GateAllows(result.Disposition, r)));
            });
        }

        [Property(MaxTest = 1000)]
        [Trait("Hazard", "H04")]
        public Property Invariant8_UnderThrowPolicyATypedExceptionNamesTheRule()
        {
            var gen =
                from spec in Generators.Assessment
                from kind in Generators.EnumValue<RuleKind>()
                select (spec, kind);

            return Prop.ForAll(gen.ToArbitrary(), t =>
            {
                var faulty = new ThrowingRule(t.kind);
                var engine = Triage.CreateBuilder()
                    .AddRule(faulty)
                    .ConfigureOptions(o => o with { FaultPolicy = FaultPolicy.Throw })
                    .Build();
                var error = Assert.Throws<TriageRuleException>(() => engine.Assess(t.spec.Build()));
                Assert.Equal(faulty.Id, error.RuleId);
                Assert.IsType<InvalidOperationException>(error.InnerException);
            });
        }

        // The gate of TRIAGE.md section 5, written independently of RecommendationGate.
        private static bool GateAllows(Disposition disposition, Recommendation recommendation) => disposition switch
        {
            Disposition.Emergency or Disposition.UrgentCare =>
                recommendation.Category is RecommendationCategory.Care or RecommendationCategory.Activity,
            Disposition.SeeProfessional =>
                recommendation.Category is RecommendationCategory.Care or RecommendationCategory.Activity
                    or RecommendationCategory.Gear or RecommendationCategory.Lifestyle
                || (recommendation.Category == RecommendationCategory.Recovery && recommendation.Code is "iceTherapy" or "heatTherapy"),
            _ => true,
        };
    }
}
