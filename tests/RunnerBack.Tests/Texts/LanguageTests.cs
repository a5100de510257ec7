using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Texts
{
    // Every language has every text, with the same placeholders and limits as English; the safety
    // texts never fall back to English silently; and a result, a question and the rule catalogue come
    // out in the language asked for, with the region's emergency number.
    public sealed class LanguageTests
    {
        // Every embedded catalogue but English's: a language added as a file is checked like these.
        private static readonly string[] Translated = Languages.All.Where(l => l != Languages.English).ToArray();

        // The care and activity advice: what a runner must understand to stay safe.
        private static readonly string[] SafetyAdvice =
        {
            "callEmergencyServices", "seekCareToday", "bookProfessionalAssessment", "stopRunningNow", "noRunningUntilAssessed", "extraRestDay", "sacroiliacRest", "returnGradually",
        };

        // Words that are the same in the other language ("No" in Spanish), checked one by one.
        private static readonly HashSet<(string Language, string Key)> SameAsEnglish = new HashSet<(string, string)> { ("es", "answer.no") };

        private static TextCatalogue English => TextCatalogue.English;

        public static TheoryData<string> Languages_ => new TheoryData<string>(Translated);

        [Theory]
        [MemberData(nameof(Languages_))]
        [Trait("Hazard", "H06")]
        public void EveryLanguageHasEveryTextWithTheSamePlaceholders(string language)
        {
            var texts = TextCatalogue.For(language);
            Assert.Equal(language, texts.Language);
            Assert.Equal(English.Keys.OrderBy(k => k, StringComparer.Ordinal), texts.Keys.OrderBy(k => k, StringComparer.Ordinal));
            var placeholder = new Regex(@"\{\w+\}");
            Assert.All(English.Keys, key =>
            {
                Assert.False(string.IsNullOrWhiteSpace(texts[key]), $"{language} {key} is empty");
                Assert.Equal(placeholder.Matches(English[key]).Select(m => m.Value).OrderBy(p => p), placeholder.Matches(texts[key]).Select(m => m.Value).OrderBy(p => p));
            });
        }

        // A language's own file holds all of its texts; a regional variant only what differs from its parent.
        [Fact]
        [Trait("Hazard", "H06")]
        public void OnlyTheRegionalVariantLeansOnItsParent()
        {
            foreach (var language in new[] { "es", "fr", "de", "pt" })
            {
                Assert.Equal(English.Keys.Count(), TextCatalogue.OwnTexts(language).Count);
            }

            var brazilian = TextCatalogue.OwnTexts("pt-BR");
            Assert.InRange(brazilian.Count, 50, English.Keys.Count() - 1);
            Assert.All(brazilian, text =>
            {
                Assert.Contains(text.Key, English.Keys);
                Assert.NotEqual(TextCatalogue.For("pt")[text.Key], text.Value);
            });
            Assert.Equal("Não tenho certeza", TextCatalogue.For("pt-BR")["answer.notSure"]);
            Assert.Equal(TextCatalogue.For("pt")["recommendation.stopRunningNow.title"], TextCatalogue.For("pt-BR")["recommendation.stopRunningNow.title"]);
        }

        [Theory]
        [MemberData(nameof(Languages_))]
        [Trait("Hazard", "H06")]
        public void NoSafetyTextFallsBackToEnglish(string language)
        {
            var texts = TextCatalogue.For(language);
            var safetyQuestions = QuestionCatalogue.All.Where(q => q.IsSafety).Select(q => "question." + q.Id + ".").ToArray();
            var safetyKeys = English.Keys.Where(key =>
                key.StartsWith("headline.", StringComparison.Ordinal) || key.StartsWith("result.", StringComparison.Ordinal) || key.StartsWith("emergency.", StringComparison.Ordinal)
                || key.StartsWith("answer.", StringComparison.Ordinal) || key.StartsWith("report.", StringComparison.Ordinal)
                || (key.StartsWith("redFlag.", StringComparison.Ordinal) && key.EndsWith("xplanation", StringComparison.Ordinal))
                || (key.StartsWith("stopSignal.", StringComparison.Ordinal) && key.EndsWith(".explanation", StringComparison.Ordinal))
                || SafetyAdvice.Any(code => key.StartsWith("recommendation." + code + ".", StringComparison.Ordinal) && !key.EndsWith(".description", StringComparison.Ordinal))
                || safetyQuestions.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal))).ToList();
            Assert.True(safetyKeys.Count > 120, $"{safetyKeys.Count} safety texts");
            var parent = language.Split('-')[0];
            Assert.All(safetyKeys, key => Assert.True(
                texts[key] != English[key] || SameAsEnglish.Contains((parent, key)),
                $"{language} {key} is the English text: \"{texts[key]}\""));
        }

        [Theory]
        [MemberData(nameof(Languages_))]
        [Trait("Hazard", "H06")]
        public void LimitsHoldInEveryLanguage(string language)
        {
            var texts = TextCatalogue.For(language);
            Assert.All(English.Keys.Where(k => k.StartsWith("headline.", StringComparison.Ordinal)), key => Assert.True(texts[key].Length <= 140, $"{language} {key}: {texts[key].Length} characters"));

            // Every headline, the disclaimer and every result of the vignette-like cases below stay
            // valid results: the TriageResult constructor refuses a headline over 140 characters.
            foreach (var assessment in Workloads())
            {
                var result = Triage.Assess(assessment, language, "GB");
                Assert.Equal(language, result.Language);
                Assert.InRange(result.Headline.Length, 1, 140);
                Assert.All(result.Recommendations, r => Assert.InRange(r.Title.Length, 1, 60));
                Assert.Equal(result, TriageJson.DeserializeResult(TriageJson.Serialize(result)));
            }
        }

        [Theory]
        [MemberData(nameof(Languages_))]
        public void TheRuleCatalogueAndTheQuestionsRenderInEveryLanguage(string language)
        {
            var catalogue = System.Text.Json.JsonDocument.Parse(TriageJson.SerializeRuleCatalogue(Triage.Default, language: language)).RootElement.GetProperty("rules");
            var texts = TextCatalogue.For(language);
            Assert.All(catalogue.EnumerateArray(), rule => Assert.Equal(texts[rule.GetProperty("id").GetString() + ".description"], rule.GetProperty("description").GetString()));
            var questions = QuestionCatalogue.In(language);
            Assert.Equal(QuestionCatalogue.All.Select(q => (q.Id, q.Path, q.Kind)), questions.Select(q => (q.Id, q.Path, q.Kind)));
            Assert.All(questions, q =>
            {
                Assert.Equal(language, q.Language);
                Assert.Equal(texts["question." + q.Id + ".text"], q.Text);
                Assert.All(q.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Label)));
            });
            Assert.Same(questions[0], QuestionCatalogue.In(language)[0]);
        }

        // The holdout: words that must be in each language's safety texts, read by a person, not
        // taken from the catalogue.
        [Theory]
        [InlineData("es", "ES", "112", "ambulancia")]
        [InlineData("fr", "FR", "le 15 ou le 112", "ambulance")]
        [InlineData("fr", "BE", "le 112", "ambulance")]
        [InlineData("de", "DE", "112", "Rettungswagen")]
        [InlineData("pt", "PT", "112", "ambulância")]
        [InlineData("pt-BR", "BR", "192", "ambulância")]
        [InlineData("en", "GB", "999 or 112", "ambulance")]
        [InlineData("en", "US", "911", "ambulance")]
        [InlineData("en", "AU", "000", "ambulance")]
        [InlineData("en", "NZ", "111", "ambulance")]
        [InlineData("en", "IN", "112", "ambulance")]
        [InlineData("es", "MX", "911", "ambulancia")]
        [Trait("Hazard", "H06")]
        public void TheEmergencyAdviceNamesTheRegionsNumber(string language, string region, string number, string word)
        {
            var result = Triage.Assess(Assessments.Answered(3, symptoms: new[] { Symptom.ChestPain }), language, region);
            var call = Assert.Single(result.Recommendations, r => r.Code == "callEmergencyServices");
            Assert.Contains(number, call.Instructions, StringComparison.Ordinal);
            Assert.Contains(word, call.Instructions, StringComparison.Ordinal);
            var urgent = Assert.Single(Triage.Assess(Assessments.Answered(2, symptoms: new[] { Symptom.Fever }), language, region).Recommendations, r => r.Code == "seekCareToday");
            Assert.Contains(number, urgent.Instructions, StringComparison.Ordinal);
            Assert.Contains(number, urgent.Dose.Frequency, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("en", "your local emergency number")]
        [InlineData("es", "número de emergencias")]
        [InlineData("fr", "numéro d'urgence")]
        [InlineData("de", "Notrufnummer")]
        [InlineData("pt", "número de emergência")]
        [Trait("Hazard", "H06")]
        public void WithoutAKnownRegionTheAdviceSaysTheLocalNumber(string language, string words)
        {
            foreach (var region in new string?[] { null, "ZZ" })
            {
                var call = Triage.Assess(Assessments.Answered(3, symptoms: new[] { Symptom.ChestPain }), language, region).Recommendations.Single(r => r.Code == "callEmergencyServices");
                Assert.Contains(words, call.Instructions, StringComparison.Ordinal);
                Assert.DoesNotMatch("[0-9]{3}", call.Instructions);
            }
        }

        [Fact]
        public void TheLanguagesAreTheEmbeddedCatalogues()
        {
            Assert.Equal(new[] { "en", "de", "es", "fr", "pt", "pt-BR" }, Languages.All);
            Assert.Equal(Languages.All.Count, typeof(Triage).Assembly.GetManifestResourceNames().Count(n => n.StartsWith("RunnerBack.Texts.", StringComparison.Ordinal)));
        }

        [Theory]
        [InlineData("pt-BR", "pt-BR")]
        [InlineData("pt-br", "pt-BR")]
        [InlineData("pt-PT", "pt")]
        [InlineData("es-MX", "es")]
        [InlineData("es-419", "es")]
        [InlineData("DE-at", "de")]
        [InlineData("fr-CA", "fr")]
        [InlineData("ja", "en")]
        [InlineData("", "en")]
        [InlineData(null, "en")]
        public void ATagFallsBackToItsParentThenEnglish(string? tag, string expected) => Assert.Equal(expected, Languages.Resolve(tag));

        [Fact]
        public void TheRequestsLanguageAndRegionAreCheckedAtTheirPaths()
        {
            var spanish = TriageJson.Assess("{\"language\":\"es-MX\",\"region\":\"mx\"," + Requests.Calm(5).Substring(1));
            Assert.Equal("es", spanish.Result!.Language);
            Assert.Contains("\"language\":\"es\"", TriageJson.Serialize(spanish.Result), StringComparison.Ordinal);
            var bad = TriageJson.Assess("{\"language\":\"not a tag\",\"region\":\"GBR\",\"painLevel\":0,\"symptoms\":[]}");
            Assert.Equal(new[] { "$.language unknownValue", "$.region unknownValue" }, bad.Errors.Select(e => e.Path + " " + e.Code).OrderBy(e => e));
            Assert.Throws<ArgumentException>(() => new PainAssessment(0, language: "x"));
            Assert.Throws<ArgumentException>(() => new PainAssessment(0, region: "1A"));
            Assert.Contains("language", Assert.Throws<TriageOptionsException>(() => Triage.CreateBuilder().ConfigureOptions(o => o with { Language = "?" }).Build()).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void AResultInAnotherLanguageIsTheSameTriage()
        {
            var assessment = Assessments.Answered(5, trend: PainTrend.Worsening, form: new[] { FormFault.Slouching });
            var english = Triage.Assess(assessment);
            var german = Triage.Assess(assessment, "de");
            Assert.Equal(english.Disposition, german.Disposition);
            Assert.Equal(english.Findings.Select(f => (f.Code, f.MinimumDisposition)), german.Findings.Select(f => (f.Code, f.MinimumDisposition)));
            Assert.Equal(english.Recommendations.Select(r => (r.Code, r.Dose.Repetitions, r.Dose.HoldSecondsMin)), german.Recommendations.Select(r => (r.Code, r.Dose.Repetitions, r.Dose.HoldSecondsMin)));
            Assert.Equal(english.Trace, german.Trace);
            Assert.Equal(TextCatalogue.For("de")["headline.stopAndRest"], german.Headline);
            Assert.StartsWith("Du kannst wieder laufen", german.WhatWouldChange[0].Text, StringComparison.Ordinal);
            Assert.Equal(TextCatalogue.For("de")["result.disclaimer"], german.Disclaimer);

            // The language is not part of the triage: an engine that defaults to German keeps the version.
            var engine = Triage.CreateBuilder().ConfigureOptions(o => o with { Language = "de" }).Build();
            Assert.Equal(Triage.RuleSetVersion, engine.RuleSetVersion);
            Assert.Equal(german, engine.Assess(assessment));
            Assert.Equal(english, engine.Assess(assessment with { Language = "en" }));
        }

        // A custom rule's own texts are the app's to translate: they are left as the rule gave them.
        [Fact]
        public void ACustomRulesTextsAreLeftAsTheyAre()
        {
            var engine = Triage.CreateBuilder().AddRule(new DelegateRule("contributor.app", RuleKind.Contributor, c => c.Add(new Contributor("app", "The app's own words.")))).Build();
            var result = engine.Assess(Assessments.Answered(2), "fr");
            Assert.Equal("The app's own words.", result.Contributors.Single(c => c.Code == "app").Explanation);
            Assert.Equal(TextCatalogue.For("fr")["headline.runWithModifications"], result.Headline);
        }

        [Fact]
        public void TheInterviewAsksAndAnswersInItsLanguage()
        {
            var step = InterviewJson.Next("{\"answers\":{\"painLevel\":3,\"symptoms\":[\"chestPain\"]},\"language\":\"fr\",\"region\":\"FR\"}");
            Assert.True(step.IsValid);
            Assert.Equal("fr", step.Step.Result!.Language);
            Assert.Contains("le 15 ou le 112", step.Step.Result.Recommendations[0].Instructions, StringComparison.Ordinal);
            var question = InterviewJson.Next("{\"answers\":{\"painLevel\":3},\"language\":\"fr\"}").Step!.Question!;
            Assert.Equal(TextCatalogue.For("fr")["question.symptoms.text"], question.Text);
            Assert.Equal("Aucun de ceux-ci", question.NoneLabel);
            Assert.Equal("$.language", Assert.Single(InterviewJson.Next("{\"answers\":{},\"language\":\"??\"}").Errors).Path);
        }

        // The CLI runs in globalization-invariant mode (no ICU, as trimmed and NativeAOT apps often
        // do); this test process has ICU. The bytes agree in every language.
        [Theory]
        [MemberData(nameof(Languages_))]
        public void GlobalizationInvariantModeGivesTheSameBytes(string language)
        {
            var sample = System.IO.Path.Combine(RunnerBack.Tests.Cli.CliProcess.Samples, "emergency.json");
            var (exit, stdout, _) = RunnerBack.Tests.Cli.CliProcess.Run($"assess samples/assessments/emergency.json --language {language} --region GB");
            Assert.Equal(0, exit);
            var expected = TriageJson.Serialize(Triage.Assess(TriageJson.ParseAssessment(System.IO.File.ReadAllText(sample)).Assessment!, language, "GB"), indented: true);
            Assert.Equal(expected + "\n", stdout);
        }

        private static IEnumerable<PainAssessment> Workloads() =>
            RunnerBack.Benchmarks.Workloads.Generate(60, seed: 21);
    }
}
