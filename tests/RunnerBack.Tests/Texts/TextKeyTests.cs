using System.Linq;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Texts
{
    // A built-in text is translated by its catalogue key, never by its English words: an app's rule
    // keeps its own words in every language, even words a built-in rule also uses, and two built-in
    // texts that read the same in English may read differently elsewhere.
    public sealed class TextKeyTests
    {
        private static readonly string ChestPainWords = TextCatalogue.English["redFlag.chestPain.explanation"];

        private static readonly string SittingWords = TextCatalogue.English["contributor.prolongedSitting.explanation"];

        [Theory]
        [InlineData("es")]
        [InlineData("fr")]
        [InlineData("de")]
        [InlineData("pt-BR")]
        public void AnAppsRuleKeepsItsOwnWordsEvenWhenABuiltInRuleUsesThem(string language)
        {
            var engine = Triage.CreateBuilder().AddRule(new EchoingFindingRule()).AddRule(new EchoingContributorRule()).AddRule(new EchoingRecommendationRule()).Build();
            var chestPain = AssessmentSpec.MildAche with { Symptoms = new[] { Symptom.ChestPain } };
            var result = engine.Assess(chestPain.Build() with { Language = language });

            // The built-in chest-pain red flag is in the runner's language...
            var builtIn = result.Findings.Single(f => f.Code == "chestPain");
            Assert.Equal(TextCatalogue.For(language)["redFlag.chestPain.explanation"], builtIn.Explanation);
            Assert.NotEqual(ChestPainWords, builtIn.Explanation);

            // ...and the app's finding, contributor and recommendation keep the words their author wrote.
            Assert.Equal(ChestPainWords, result.Findings.Single(f => f.Code == "appChestWords").Explanation);
            Assert.Equal(ChestPainWords, result.RedFlags.Single(f => f.Code == "appChestWords").Explanation);
            Assert.Equal(SittingWords, result.Contributors.Single(c => c.Code == "appSittingWords").Explanation);
            var recommendation = result.Recommendations.Single(r => r.Code == "appCallWords");
            Assert.Equal(TextCatalogue.English["recommendation.callEmergencyServices.title"], recommendation.Title);
            Assert.Equal(TextCatalogue.English["recommendation.bookProfessionalAssessment.frequency"], recommendation.Dose.Frequency);
        }

        // Where a text is the same in English for two keys ("daily"), each is still its own key.
        [Fact]
        public void EveryBuiltInTextOfAResultIsTheCataloguesTextForItsKey()
        {
            var checkedTexts = 0;
            foreach (var language in Languages.All)
            {
                var texts = TextCatalogue.For(language);
                foreach (var assessment in RunnerBack.Benchmarks.Workloads.Generate(80, seed: 5))
                {
                    var result = Triage.Assess(assessment, language, "FR");
                    foreach (var finding in result.Findings)
                    {
                        Assert.Equal(Expected(texts, finding.ExplanationKey!), finding.Explanation);
                        checkedTexts++;
                    }

                    foreach (var contributor in result.Contributors)
                    {
                        Assert.Equal(Expected(texts, contributor.ExplanationKey!), contributor.Explanation);
                        checkedTexts++;
                    }

                    foreach (var recommendation in result.Recommendations)
                    {
                        Assert.Equal(Expected(texts, recommendation.TitleKey!), recommendation.Title);
                        Assert.Equal(Expected(texts, recommendation.InstructionsKey!), recommendation.Instructions);
                        Assert.Equal(Expected(texts, recommendation.FrequencyKey!), recommendation.Dose.Frequency);
                        checkedTexts += 3;
                    }
                }
            }

            Assert.True(checkedTexts > 2000, checkedTexts.ToString());
        }

        // A built-in item is translated once per language, and once per region where it names the
        // emergency number: results share the translation, and a region never gets another's number.
        [Fact]
        public void TranslationsAreSharedPerLanguageAndPerRegionWhereTheNumberIsNamed()
        {
            var chestPain = AssessmentSpec.MildAche.WithSymptoms(Symptom.ChestPain).Build();
            var france = Triage.Assess(chestPain, "es", "FR");
            var britain = Triage.Assess(chestPain, "es", "GB");
            var franceAgain = Triage.Assess(chestPain, "es", "FR");

            Assert.Same(france.Findings.Single(f => f.Code == "chestPain"), britain.Findings.Single(f => f.Code == "chestPain"));
            Assert.Same(france.RedFlags[0], franceAgain.RedFlags[0]);

            var call = (TriageResult r) => r.Recommendations.Single(x => x.Code == "callEmergencyServices");
            Assert.Same(call(france), call(franceAgain));
            Assert.NotEqual(call(france).Instructions, call(britain).Instructions);
            Assert.Contains("15", call(france).Instructions);
            Assert.Contains("999", call(britain).Instructions);
            Assert.DoesNotContain("999", call(france).Instructions);

            // English with a region names its number; English without one is the rule's own item.
            Assert.Contains("999", call(Triage.Assess(chestPain, "en", "GB")).Instructions);
            Assert.Same(call(Triage.Assess(chestPain)), call(Triage.Assess(chestPain)));
            Assert.DoesNotContain("999", call(Triage.Assess(chestPain)).Instructions);
        }

        // The key says where a text came from, not what it is: a built-in finding equals an app's
        // finding with the same values, and so for contributors and recommendations.
        [Fact]
        public void TheKeyIsNotPartOfEquality()
        {
            var builtIn = Triage.Assess(AssessmentSpec.MildAche.Build() with { Symptoms = [Symptom.ChestPain] });
            var finding = builtIn.Findings.Single(f => f.Code == "chestPain");
            var same = new Finding(finding.Code, finding.Kind, finding.MinimumDisposition, finding.Explanation);
            Assert.Null(same.ExplanationKey);
            Assert.Equal(finding, same);
            Assert.Equal(finding.GetHashCode(), same.GetHashCode());
            Assert.NotEqual(finding, new Finding(finding.Code, finding.Kind, finding.MinimumDisposition, finding.Explanation + "."));
            Assert.NotEqual(finding, new Finding(finding.Code, finding.Kind, Disposition.UrgentCare, finding.Explanation));

            var recommendation = builtIn.Recommendations[0];
            var sameAdvice = new Recommendation(recommendation.Code, recommendation.Category, recommendation.Title, recommendation.Instructions, recommendation.Dose);
            Assert.Equal(recommendation, sameAdvice);
            Assert.Equal(recommendation.GetHashCode(), sameAdvice.GetHashCode());
            Assert.NotEqual(recommendation, new Recommendation(recommendation.Code, recommendation.Category, recommendation.Title, recommendation.Instructions + ".", recommendation.Dose));

            var sitting = Triage.Assess(AssessmentSpec.MildAche.Build() with { Runner = new RunnerProfile(sittingHoursPerDay: 10, history: []) }).Contributors.Single(c => c.Code == "prolongedSitting");
            Assert.Equal(sitting, new Contributor(sitting.Code, sitting.Explanation));
            Assert.Equal(sitting.GetHashCode(), new Contributor(sitting.Code, sitting.Explanation).GetHashCode());
            Assert.NotEqual(sitting, new Contributor("other", sitting.Explanation));
        }

        private static string Expected(TextCatalogue texts, string key) => texts[key].Replace("{emergencyNumber}", EmergencyNumbers.Phrase(texts, "FR"));

        private sealed class EchoingFindingRule : FindingRule
        {
            public EchoingFindingRule()
                : base("app.chestWords", "Repeats the built-in chest-pain words.", "test", new Finding("appChestWords", FindingKind.RedFlag, Disposition.SeeProfessional, ChestPainWords))
            {
            }

            protected override bool AppliesTo(TriageContext context) => true;
        }

        private sealed class EchoingContributorRule : ContributorRule
        {
            public EchoingContributorRule()
                : base("app.sittingWords", "Repeats the built-in sitting words.", "test", new Contributor("appSittingWords", SittingWords))
            {
            }

            protected override bool AppliesTo(TriageContext context) => true;
        }

        private sealed class EchoingRecommendationRule : RecommendationRule
        {
            public EchoingRecommendationRule()
                : base(
                    "app.callWords",
                    "Repeats built-in recommendation words.",
                    "test",
                    new Recommendation(
                        "appCallWords",
                        RecommendationCategory.Care,
                        TextCatalogue.English["recommendation.callEmergencyServices.title"],
                        "Tell the app's coach.",
                        new Dose(TextCatalogue.English["recommendation.bookProfessionalAssessment.frequency"])))
            {
            }

            protected override bool AppliesTo(TriageContext context) => true;
        }
    }
}
