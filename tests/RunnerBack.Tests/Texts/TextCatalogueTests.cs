using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RunnerBack.Tests.Cli;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Texts
{
    // Every runner- and clinician-facing text is in the catalogue, keyed by a code the engine uses;
    // the catalogue holds nothing else.
    public sealed class TextCatalogueTests
    {
        private static readonly TextCatalogue English = TextCatalogue.English;

        // The keys the default pipeline and the result need, worked out from the rules' outputs, not
        // from the catalogue: a code with no text, or a text no code asks for, fails.
        [Fact]
        [Trait("Hazard", "H06")]
        public void TheCatalogueHoldsExactlyTheTextsTheEngineAsksFor()
        {
            var expected = new HashSet<string>(StringComparer.Ordinal)
            {
                "result.disclaimer", "trace.fired", "trace.firedOnNotSure", "trace.notApplicable", "trace.withheld", "trace.faulted",
                "answer.yes", "answer.no", "answer.notSure", "answer.none",
            };
            foreach (var disposition in Enum.GetValues<Disposition>())
            {
                expected.Add("headline." + Camel(disposition.ToString()));
            }

            foreach (var rule in Triage.Default.Rules)
            {
                expected.Add(rule.Id + ".description");
                expected.UnionWith(rule.Kind == RuleKind.Recommendation
                    ? new[] { rule.Id + ".title", rule.Id + ".instructions", rule.Id + ".frequency" }
                    : new[] { rule.Id + ".explanation" });
            }

            // Every question's text, its help where it has one, and each option's label ("not sure"
            // and yes-or-no share theirs).
            foreach (var question in QuestionCatalogue.All)
            {
                expected.Add("question." + question.Id + ".text");
                if (question.Help is not null)
                {
                    expected.Add("question." + question.Id + ".help");
                }

                if (question.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice)
                {
                    expected.UnionWith(question.Options.Where(o => o.Value.ChoiceValue != "notSure").Select(o => "question." + question.Id + ".option." + o.Value.ChoiceValue));
                }
            }

            // What would change the answer, in words (TRIAGE.md 8.5).
            expected.UnionWith(new[]
            {
                "change.to.keepRunning", "change.to.runWithModifications", "change.to.stopAndRest", "change.painLevel", "change.painLevel.none",
                "change.trend.stable", "change.trend.improving", "change.persistsAfterStopping", "change.altersRunningForm", "change.and",
            });

            // The note on a result for pain outside the upper back.
            expected.Add("result.scopeNote");

            // The one rule that picks between two findings, and the one that gives other instructions at urgent care.
            expected.Add("redFlag.traumaticOnset.urgentExplanation");
            expected.Add("recommendation.stopRunningNow.urgentInstructions");

            // The emergency number in words, the miles variant of the shoe question, and the CLI's
            // text report: its headings, disposition labels and dose wording.
            expected.UnionWith(new[] { "emergency.localNumber", "emergency.number", "emergency.numberOr", "question.shoeDistanceMiles.text", "question.shoeDistanceMiles.help" });
            expected.UnionWith(Enum.GetValues<Disposition>().Select(d => "report.disposition." + Camel(d.ToString())));
            expected.UnionWith(new[] { "report.incomplete", "report.redFlags", "report.stopSignals", "report.contributors", "report.recommendations", "report.whatWouldChange" });
            expected.UnionWith(new[] { "dose.hold", "dose.repetitions", "dose.repetitionsPerSide", "dose.pause", "dose.seconds", "dose.minutes", "dose.interval", "dose.sessionsPerWeek", "dose.days", "dose.oneDay" });
            Assert.Equal(expected.OrderBy(k => k, StringComparer.Ordinal), English.Keys.OrderBy(k => k, StringComparer.Ordinal));
        }

        // The rules' outputs carry the catalogue's texts, so a rule cannot drift from its text.
        [Fact]
        [Trait("Hazard", "H06")]
        public void EveryResultTextComesFromTheCatalogue()
        {
            var texts = new HashSet<string>(English.Keys.Select(ResultLocalizer.English), StringComparer.Ordinal);
            var everything = Assessments.Answered(
                9, PainQuality.Sharp, PainLocation.SacroiliacJoint, radiatesTo: Enum.GetValues<RadiationTarget>(), trend: PainTrend.Worsening, recentTrauma: YesNo.Yes,
                symptoms: Enum.GetValues<Symptom>(), runner: new RunnerProfile(60, RunnerExperience.New, 10, 0, CarriedLoad.Handheld, null, 900, false, 0, false, StressLevel.High, Hydration.Low, Enum.GetValues<MedicalHistory>()),
                form: Enum.GetValues<FormFault>());
            foreach (var result in new[] { Triage.Assess(everything), Triage.Assess(Assessments.Answered(3, PainQuality.DullAche, PainLocation.Neck, runner: everything.Runner, form: everything.Form)) })
            {
                Assert.Contains(result.Headline, texts);
                Assert.Contains(result.Disclaimer, texts);
                Assert.All(result.Findings, f => Assert.Contains(f.Explanation, texts));
                Assert.All(result.Contributors, c => Assert.Contains(c.Explanation, texts));
                Assert.All(result.Recommendations, r =>
                {
                    Assert.Contains(r.Title, texts);
                    Assert.Contains(r.Instructions, texts);
                    Assert.Contains(r.Dose.Frequency!, texts);
                });
                Assert.NotEmpty(result.Contributors.Concat<object>(result.Recommendations));
            }
        }

        [Fact]
        [Trait("Hazard", "H06")]
        public void EveryHeadlineFitsIn140Characters()
        {
            foreach (var disposition in Enum.GetValues<Disposition>())
            {
                var headline = English["headline." + Camel(disposition.ToString())];
                Assert.True(headline.Length <= 140, $"{disposition}'s headline has {headline.Length} characters.");
            }
        }

        [Fact]
        [Trait("Hazard", "H06")]
        public void TemplatesNameTheirPlaceholders()
        {
            foreach (var key in new[] { "trace.fired", "trace.firedOnNotSure", "trace.notApplicable", "trace.withheld" })
            {
                Assert.Contains("{description}", English[key], StringComparison.Ordinal);
            }

            Assert.Contains("{exception}", English["trace.faulted"], StringComparison.Ordinal);
            Assert.Contains("{message}", English["trace.faulted"], StringComparison.Ordinal);
            Assert.Contains("{level}", English["change.painLevel"], StringComparison.Ordinal);
            Assert.All(new[] { "change.to.keepRunning", "change.to.runWithModifications", "change.to.stopAndRest" }, k => Assert.Contains("{conditions}", English[k], StringComparison.Ordinal));
            Assert.Contains("{number}", English["emergency.number"], StringComparison.Ordinal);
            Assert.Contains("{first}", English["emergency.numberOr"], StringComparison.Ordinal);
            Assert.Contains("{second}", English["emergency.numberOr"], StringComparison.Ordinal);
            Assert.All(new[] { "recommendation.callEmergencyServices.instructions", "recommendation.seekCareToday.instructions", "recommendation.seekCareToday.frequency" }, k => Assert.Contains("{emergencyNumber}", English[k], StringComparison.Ordinal));
            var placeholder = new Regex(@"\{\w+\}");
            var templates = new[] { "trace.", "change.to.", "change.painLevel", "emergency.number", "dose.", "recommendation.callEmergencyServices.instructions", "recommendation.seekCareToday." };
            Assert.All(English.Keys.Where(k => !templates.Any(t => k.StartsWith(t, StringComparison.Ordinal)) || k == "change.painLevel.none" || k == "dose.oneDay"), k => Assert.DoesNotMatch(placeholder, English[k]));
        }

        [Fact]
        [Trait("Hazard", "H06")]
        public void AMissingTextOrLanguageIsAClearError()
        {
            var missing = Assert.Throws<KeyNotFoundException>(() => English["redFlag.noSuchRule.explanation"]);
            Assert.Equal("The 'en' text catalogue has no text for 'redFlag.noSuchRule.explanation'.", missing.Message);
            Assert.Equal("No text catalogue is embedded for the language 'xx'.", Assert.Throws<InvalidOperationException>(() => TextCatalogue.Load("xx")).Message);
        }

        // The rules and the engine hold logic, codes and doses; a sentence in them would escape the
        // catalogue. A string literal with a word followed by a space is taken for one. Sources.cs
        // names the cited articles and guidelines, which are titles, not texts to translate.
        [Fact]
        public void NoSentenceIsLeftInTheRulesOrTheEngine()
        {
            var source = Path.Combine(CliProcess.RepositoryRoot, "src", "RunnerBack");
            var files = Directory.GetFiles(Path.Combine(source, "Rules"), "*.cs", SearchOption.AllDirectories)
                .Concat(Directory.GetFiles(Path.Combine(source, "Engine"), "*.cs"))
                .Where(f => Path.GetFileName(f) != "Sources.cs")
                .ToArray();
            Assert.True(files.Length > 60, "the rules and the engine were not found");
            var literal = new Regex("\"((?:[^\"\\\\]|\\\\.)*)\"");
            var word = new Regex("[A-Za-z]+ ");
            var found = files.SelectMany(f => File.ReadAllLines(f)
                .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                .Where(line => literal.Matches(line).Any(m => word.IsMatch(m.Groups[1].Value)))
                .Select(line => Path.GetFileName(f) + ": " + line.Trim())).ToArray();
            Assert.True(found.Length == 0, "Sentences outside the catalogue:\n" + string.Join("\n", found));
        }

        private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}

namespace RunnerBack.Tests.Texts
{
    // The catalogue is read without System.Text.Json (so that assessing alone does not load it):
    // what it reads must be what JSON says, and anything but a flat object of texts is refused.
    public sealed class TextCatalogueParserTests
    {
        [Fact]
        public void ReadsJsonStringsWithTheirEscapes()
        {
            var texts = TextCatalogue.Parse(System.Text.Encoding.UTF8.GetBytes("\uFEFF {\n \"a\" : \"say \\\"hi\\\"\\\\ \\u00e9\\n\\t\\/\",\r\n\"b\":\"\u00fc ok\" }\n"), "test");
            Assert.Equal("say \"hi\"\\ \u00e9\n\t/", texts["a"]);
            Assert.Equal("\u00fc ok", texts["b"]);
            Assert.Equal(2, texts.Count);
        }

        [Theory]
        [InlineData("")]
        [InlineData("[]")]
        [InlineData("{\"a\":1}")]
        [InlineData("{\"a\":\"\"}")]
        [InlineData("{\"a\":\"x\",\"a\":\"y\"}")]
        [InlineData("{\"a\":\"x\" \"b\":\"y\"}")]
        [InlineData("{\"a\":\"x\",}")]
        [InlineData("{\"a\":\"x\"} extra")]
        [InlineData("{\"a\":\"unterminated}")]
        [InlineData("{\"a\" \"x\"}")]
        public void RefusesAnythingButAFlatObjectOfTexts(string json)
        {
            var error = Assert.Throws<InvalidDataException>(() => TextCatalogue.Parse(System.Text.Encoding.UTF8.GetBytes(json), "test"));
            Assert.StartsWith("The 'test' text catalogue is broken", error.Message, StringComparison.Ordinal);
        }

        // The embedded English file reads the same with System.Text.Json.
        [Fact]
        public void TheEnglishFileReadsAsSystemTextJsonReadsIt()
        {
            var file = File.ReadAllBytes(Path.Combine(CliProcess.RepositoryRoot, "src", "RunnerBack", "Texts", "en.json"));
            var expected = System.Text.Json.JsonDocument.Parse(file).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), TextCatalogue.Parse(file, "en").OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }
}
