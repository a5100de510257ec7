using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FsCheck.Fluent;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Rules
{
    // The metadata each rule carries (id, description, sources) and the texts it shows, checked on
    // newly constructed rules so that a change in any rule's constructor is seen here.
    public sealed class RuleMetadataTests
    {
        private static readonly HashSet<string> KnownSources = new HashSet<string>(
            typeof(Sources).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral)
                .Select(f => (string)f.GetRawConstantValue()!),
            StringComparer.Ordinal);

        [Fact]
        public void NewlyConstructedRulesAreTheDefaultSetInOrder()
        {
            Assert.Equal(Triage.Default.Rules.Select(r => (r.Id, r.Kind, r.Description, r.Source, r.MinimumDisposition)),
                Engines.NewDefaultRules().Select(r => (r.Id, r.Kind, r.Description, r.Source, r.MinimumDisposition)));
        }

        [Fact]
        public void EveryRuleCitesOnlyKnownSourcesSeparatedBySemicolons()
        {
            Assert.True(KnownSources.Count >= 10);
            Assert.All(Engines.NewDefaultRules(), rule =>
            {
                var cited = rule.Source.Split(new[] { "; " }, StringSplitOptions.None);
                Assert.All(cited, source => Assert.True(KnownSources.Contains(source), $"{rule.Id} cites '{source}', which is not in Sources."));
                Assert.Equal(cited.Length, cited.Distinct().Count());
            });
        }

        // A reviewer looks a source up by its title: every source quotes one, and the five articles
        // RunnerBack was written from are each cited by their headline.
        [Fact]
        public void EverySourceNamesATitleAReviewerCanLookUp()
        {
            Assert.All(KnownSources, source =>
            {
                Assert.Matches("\"[A-Z][^\"]{5,}\"", source);
                Assert.DoesNotMatch(SeedFileName, source);
                Assert.DoesNotContain("seed", source, StringComparison.OrdinalIgnoreCase);
            });
            var cited = Engines.NewDefaultRules().SelectMany(r => r.Source.Split(new[] { "; " }, StringSplitOptions.None)).ToHashSet(StringComparer.Ordinal);
            foreach (var headline in new[]
            {
                "Upper Back Pain When Running: Exploring the Unseen Connections",
                "Why Do You Feel Upper Back Pain After Running?",
                "Why do I get upper back pain when I run?",
                "Can Running cause Upper Back Pain?",
                "Can I Run With Upper Back Pain?",
            })
            {
                Assert.Contains(cited, source => source.Contains("\"" + headline + "\"", StringComparison.Ordinal));
            }
        }

        // A seed article's file name (three digits, an underscore, sixteen hex digits) means nothing to a reader.
        internal const string SeedFileName = "[0-9]{3}_[0-9a-f]{16}";

        [Fact]
        public void EveryDescriptionIsOneShortSentence()
        {
            Assert.All(Engines.NewDefaultRules(), rule =>
            {
                Assert.EndsWith(".", rule.Description, StringComparison.Ordinal);
                Assert.InRange(rule.Description.Length, 10, 140);
                Assert.Equal($"{rule.Id} ({rule.Kind}): {rule.Description}", rule.ToString());
            });
        }

        [Fact]
        public void EveryTextARunnerSeesIsASentenceAndTitlesAreShort()
        {
            // Every rule fires for at least one of these, so every text is shown somewhere.
            var specs = new[]
            {
                AssessmentSpec.MildAche.WithSymptoms(Symptom.ChestPain),
                AssessmentSpec.MildAche with { PainLevel = 5 },
                AssessmentSpec.MildAche with { PainLevel = 8 },
                AssessmentSpec.MildAche with { RecentTrauma = YesNo.Yes, Runner = new RunnerSpec(Age: 30) },
                AssessmentSpec.MildAche with { RecentTrauma = YesNo.Yes, PainLevel = 8 },
                AssessmentSpec.NoPain.WithForm(Enum.GetValues(typeof(FormFault)).Cast<FormFault>().ToArray()),
            };
            var findings = new HashSet<string>();
            foreach (var spec in specs.Concat(Generators.Assessment.Sample(400)))
            {
                var result = Engines.NewDefaultEngine().Assess(spec.Build());
                foreach (var finding in result.Findings)
                {
                    Assert.EndsWith(".", finding.Explanation, StringComparison.Ordinal);
                    findings.Add(finding.Code + " " + finding.MinimumDisposition);
                }

                Assert.All(result.Contributors, c => Assert.EndsWith(".", c.Explanation, StringComparison.Ordinal));
                Assert.All(result.Recommendations, r =>
                {
                    Assert.EndsWith(".", r.Instructions, StringComparison.Ordinal);
                    Assert.InRange(r.Title.Length, 3, 40);
                    Assert.DoesNotContain(".", r.Title, StringComparison.Ordinal);
                });
            }

            // Both texts of the traumatic-onset red flag were seen.
            Assert.Contains("traumaticOnset SeeProfessional", findings);
            Assert.Contains("traumaticOnset UrgentCare", findings);
        }

        [Fact]
        public void AMinimumDispositionOnlyFitsFindingRules()
        {
            var error = Assert.Throws<ArgumentException>(() => new MisdeclaredRule());
            Assert.Equal("minimumDisposition", error.ParamName);
            Assert.Contains("app.misdeclared: red-flag and stop-signal rules state a minimum disposition", error.Message, StringComparison.Ordinal);
        }

        private sealed class MisdeclaredRule : TriageRule
        {
            public MisdeclaredRule()
                : base("app.misdeclared", RuleKind.Contributor, "A contributor that claims a disposition.", "test", Disposition.StopAndRest)
            {
            }

            public override void Evaluate(TriageContext context)
            {
            }
        }
    }
}
