using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RunnerBack;
using RunnerBack.Json;
using RunnerBack.Tests.Cli;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Docs
{
    /// <summary>
    /// Every C# example in README.md (which is also the package's readme) and docs/getting-started.md,
    /// compiled and run here line for line, with what the text around it promises checked.
    /// <see cref="EveryCSharpExampleInTheDocsIsCompiledHere"/> fails when a document's example changes
    /// and this file does not, so an example an app developer pastes cannot stop compiling unnoticed.
    /// </summary>
    public sealed class DocumentationExampleTests
    {
        private static readonly string[] Documents = { "README.md", Path.Combine("docs", "getting-started.md") };

        private static string SourcePath =>
            Path.Combine(CliProcess.RepositoryRoot, "tests", "RunnerBack.Tests", "Docs", "DocumentationExampleTests.cs");

        [Fact]
        public void EveryCSharpExampleInTheDocsIsCompiledHere()
        {
            var source = File.ReadAllLines(SourcePath);
            var examples = 0;
            foreach (var document in Documents)
            {
                var text = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, document));
                foreach (var (line, example) in ExampleMatcher.CSharpBlocks(text))
                {
                    examples++;
                    var missing = ExampleMatcher.FirstLineNotFound(example, source);
                    Assert.True(
                        missing is null,
                        $"{document}, the example starting at line {line}: its line \"{missing}\" is not in {nameof(DocumentationExampleTests)}.cs in the same order; copy the changed example there and check what it promises.");
                }
            }

            // Four in README.md and six in getting-started.md: a broken fence would otherwise pass by finding none.
            Assert.Equal(10, examples);
        }

        [Fact]
        public void TheCheckFindsAChangedOrReorderedExample()
        {
            var source = new[] { "using RunnerBack;", "int a = 1;", "int b = 2;", "", "int c = 3;" };
            Assert.Null(ExampleMatcher.FirstLineNotFound("using RunnerBack;\n\nint a = 1;\nint b = 2;\n\nint c = 3;", source));
            Assert.Equal("int a = 2;", ExampleMatcher.FirstLineNotFound("int a = 2;", source));
            Assert.Equal("int a = 1;", ExampleMatcher.FirstLineNotFound("int c = 3;\n\nint a = 1;", source));
            Assert.Equal("int c = 3;", ExampleMatcher.FirstLineNotFound("int a = 1;\nint c = 3;\nint b = 2;", source));
            var blocks = ExampleMatcher.CSharpBlocks("x\n```csharp\nint a = 1;\n```\n```sh\nls\n```\n").ToList();
            Assert.Equal((3, "int a = 1;"), Assert.Single(blocks));
        }

        // README.md, "Quick start: let RunnerBack ask": a runner who answers every question calmly
        // with pain 3 ends at run-with-modifications after the safety questions.
        [Fact]
        public void ReadmeInterview()
        {
            var asked = 0;
            Answer AskTheRunner(Question question)
            {
                asked++;
                return question.Kind switch
                {
                    QuestionKind.Scale => Answer.Of(3),
                    QuestionKind.Number => Answer.Of(question.Min!.Value),
                    QuestionKind.MultipleChoice => Answer.Choices(),
                    QuestionKind.YesNo => Answer.Of(false),
                    _ => question.Options[0].Value,
                };
            }

            var answers = InterviewAnswers.Empty;
            InterviewStep step = Triage.Interview.Next(answers);              // pain level first
            while (!step.IsDone)
            {
                Question question = step.Question!;                           // id, kind, options, the runner's words
                answers = answers.With(question.Id, AskTheRunner(question));  // your screen gives an Answer
                step = Triage.Interview.Next(answers);                        // stateless: send the answers so far
            }

            TriageResult result = step.Result!;
            Console.WriteLine($"{result.Disposition}: {result.Headline}");

            Assert.Equal(Disposition.RunWithModifications, result.Disposition);
            Assert.InRange(asked, 2, QuestionCatalogue.All.Count(q => q.IsSafety));
        }

        // README.md, "Or assess a whole report"
        [Fact]
        public void ReadmeQuickStart()
        {
            var assessment = new PainAssessment(
                painLevel: 3,
                quality: PainQuality.DullAche,
                location: PainLocation.BetweenShoulderBlades,
                radiatesTo: [],                                  // an empty list means "none of these"
                trend: PainTrend.Stable,
                onset: PainOnset.Gradual,
                timing: PainTiming.DuringRun,
                persistsAfterStopping: YesNo.No,
                altersRunningForm: YesNo.No,
                durationDays: 2,
                selfCareTried: YesNo.No,
                recentTrauma: YesNo.No,                          // YesNo.NotSure counts as the riskier answer
                symptoms: [],
                runner: new RunnerProfile(sittingHoursPerDay: 8, warmsUp: false, history: []));

            TriageResult result = Triage.Assess(assessment);
            Console.WriteLine($"{result.Disposition}: {result.Headline}");   // RunWithModifications: You can keep running ...
            foreach (var r in result.Recommendations) Console.WriteLine($"- {r.Title}");
            foreach (var c in result.WhatWouldChange) Console.WriteLine(c.Text);   // You can keep running as usual once the pain has gone.

            Assert.Equal(Disposition.RunWithModifications, result.Disposition);
            Assert.StartsWith("You can keep running", result.Headline, StringComparison.Ordinal);
            Assert.NotEmpty(result.Recommendations);
            Assert.Equal("You can keep running as usual once the pain has gone.", Assert.Single(result.WhatWouldChange).Text);
            Assert.Throws<ArgumentException>(() => new PainAssessment(3, PainQuality.DullAche, PainLocation.BetweenShoulderBlades));
        }

        // README.md, "JSON in, JSON out": "never throws for bad input"; the body is the result or the errors.
        [Theory]
        [InlineData("{\"painLevel\":3,\"quality\":\"dullAche\",\"location\":\"neck\",\"radiatesTo\":[],\"trend\":\"stable\",\"onset\":\"gradual\",\"timing\":\"duringRun\",\"persistsAfterStopping\":false,\"altersRunningForm\":false,\"durationDays\":0,\"selfCareTried\":false,\"recentTrauma\":false,\"symptoms\":[],\"runner\":{\"history\":[]}}", true)]
        [InlineData("{\"painLevel\":3,\"quality\":\"dullAche\",\"location\":\"neck\"}", false)]
        [InlineData("{\"painLevel\":42}", false)]
        [InlineData("not json", false)]
        [InlineData("", false)]
        public void ReadmeJson(string requestJson, bool valid)
        {
            TriageResponse response = TriageJson.Assess(requestJson);           // never throws for bad input
            string body = TriageJson.Serialize(response);                       // the result, or {"errors":[...]}

            Assert.Equal(valid, response.IsValid);
            if (valid)
            {
                Assert.Contains("\"disposition\":\"runWithModifications\"", body, StringComparison.Ordinal);
            }
            else
            {
                Assert.StartsWith("{\"errors\":[", body, StringComparison.Ordinal);
            }
        }

        // README.md, "Customising the engine"
        [Fact]
        public void ReadmeCustomisingTheEngine()
        {
            var services = new ServiceCollection();
            var engine = Triage.CreateBuilder()                       // starts from the default rules
                .AddRule(new MyClinicRule())                          // a FindingRule, ContributorRule or RecommendationRule
                .RemoveRule("contributor.stress")
                .ConfigureOptions(o => o with { StopPainLevel = 3 })  // validated by Build()
                .Build();                                             // immutable and thread-safe

            services.AddRunnerBackTriage(b => b.ConfigureOptions(o => o with { SeverePainLevel = 6 }));  // singleton, idempotent

            var ids = engine.Rules.Select(r => r.Id).ToList();
            Assert.Contains(MyClinicRule.RuleId, ids);
            Assert.DoesNotContain("contributor.stress", ids);
            Assert.Equal(Triage.Default.Rules.Count, ids.Count);
            Assert.Equal(Disposition.StopAndRest, engine.Assess(Assessments.Answered(3, PainQuality.DullAche, PainLocation.Neck)).Disposition);

            services.AddRunnerBackTriage(b => b.ConfigureOptions(o => o with { SeverePainLevel = 6 }));
            Assert.Single(services, d => d.ServiceType == typeof(TriageEngine));
            using var provider = services.BuildServiceProvider();
            Assert.Equal(6, provider.GetRequiredService<ITriageEngine>().Options.SeverePainLevel);
        }

        // docs/getting-started.md, "Assess": the constructors accept every value the example gives.
        [Fact]
        public void GettingStartedAssess()
        {
            var assessment = new PainAssessment(
                painLevel: 5,
                quality: PainQuality.Tightness,
                location: PainLocation.Shoulders,
                radiatesTo: [],
                trend: PainTrend.Worsening,
                onset: PainOnset.Gradual,
                timing: PainTiming.DuringRun,
                persistsAfterStopping: YesNo.NotSure,
                altersRunningForm: YesNo.No,
                durationDays: 3,
                selfCareTried: YesNo.No,
                recentTrauma: YesNo.No,
                symptoms: [Symptom.Tingling],
                runner: new RunnerProfile(age: 41, sittingHoursPerDay: 9, warmsUp: false, history: []),
                form: [FormFault.ShouldersRaised]);

            TriageResult result = Triage.Assess(assessment);

            // "not sure" about pain after stopping fires that stop signal, and the trace says why.
            Assert.StartsWith("Fired because", result.Trace.Single(t => t.RuleId == "stopSignal.persistsAfterStopping").Detail, StringComparison.Ordinal);

            // The options table: pain at or above StopPainLevel (4 by default) is a stop signal.
            Assert.True(result.Disposition >= Disposition.StopAndRest, result.Disposition.ToString());
            Assert.Equal(41, assessment.Runner?.Age);
        }

        // docs/getting-started.md, "Assess": a with expression changes answers; the whole value is checked where it is used.
        [Fact]
        public void GettingStartedWith()
        {
            var assessment = Assessments.Answered(5, trend: PainTrend.Worsening);
            var tomorrow = assessment with { PainLevel = 3, Trend = PainTrend.Improving, Symptoms = [] };
            var gone = assessment with { Trend = null, PainLevel = 0 };          // fine: without pain, trend is not asked
            var broken = assessment with { Trend = null };                       // Assess(broken) throws, naming trend

            Assert.Equal(Assessments.Answered(3, trend: PainTrend.Improving), tomorrow);
            Assert.Equal(Disposition.KeepRunning, Triage.Assess(gone).Disposition);
            Assert.Equal("trend", Assert.Throws<ArgumentException>(() => Triage.Assess(broken)).ParamName);
            Assert.Equal(["trend"], broken.UnansweredSafetyQuestions);
            Assert.Throws<ArgumentException>(() => Triage.Assess(new PainAssessment(0, symptoms: []) with { PainLevel = 3 }));
        }

        // docs/getting-started.md, "JSON": a result, or every error with its path, code and message.
        [Theory]
        [InlineData("{\"painLevel\":0,\"symptoms\":[]}", true)]
        [InlineData("{\"painLevel\":3,\"symptoms\":[\"nope\"]}", false)]
        public void GettingStartedJson(string request, bool valid)
        {
            var utf8Bytes = Encoding.UTF8.GetBytes(request);
            TriageResponse response = TriageJson.Assess(utf8Bytes);     // or a string or a Stream
            if (response.Result is { } result) { /* ... */ }
            else foreach (var e in response.Errors) Console.WriteLine($"{e.Path} {e.Code} {e.Message}");
            string json = TriageJson.Serialize(response);               // the result, or {"errors":[...]}

            Assert.Equal(valid, response.Result is not null);
            Assert.Equal(valid, response.Errors.Count == 0);
            Assert.Equal(valid, !json.StartsWith("{\"errors\":", StringComparison.Ordinal));
            Assert.All(response.Errors, e => Assert.StartsWith("$", e.Path, StringComparison.Ordinal));
        }

        // docs/getting-started.md, "In the runner's language"
        [Fact]
        public void GettingStartedLanguage()
        {
            var assessment = new PainAssessment(0, symptoms: [Symptom.ChestPain]);
            var engine = Triage.Default;

            var spanish = Triage.Assess(assessment, language: "es", region: "ES");
            // spanish.Language == "es"; the emergency advice says "Llama al 112 ..."
            var german = engine.Assess(assessment, "de-AT");      // falls back to "de"
            var engineInFrench = Triage.CreateBuilder().ConfigureOptions(o => o with { Language = "fr", Region = "FR" }).Build();
            var questions = QuestionCatalogue.In("pt-BR");         // the interview's questions in Brazilian Portuguese

            Assert.Equal("es", spanish.Language);
            Assert.StartsWith("Llama al 112 ", spanish.Recommendations.Single(r => r.Code == "callEmergencyServices").Instructions, StringComparison.Ordinal);
            Assert.Equal("de", german.Language);
            Assert.Equal("fr", engineInFrench.Assess(assessment).Language);
            Assert.Contains("le 15 ou le 112", engineInFrench.Assess(assessment).Recommendations[0].Instructions, StringComparison.Ordinal);
            Assert.Equal("pt-BR", questions[0].Language);
        }

        // docs/getting-started.md, "Dependency injection": repeated calls register one engine, configured in order.
        [Fact]
        public void GettingStartedDependencyInjection()
        {
            var services = new ServiceCollection();
            services.AddRunnerBackTriage();                                            // default rules and options
            services.AddRunnerBackTriage(b => b.ConfigureOptions(o => o with { StopPainLevel = 3 }));
            // inject ITriageEngine (or TriageEngine): one thread-safe singleton

            using var provider = services.BuildServiceProvider();
            var engine = provider.GetRequiredService<ITriageEngine>();
            Assert.Same(engine, provider.GetRequiredService<TriageEngine>());
            Assert.Same(engine, provider.GetRequiredService<ITriageEngine>());
            Assert.Single(services, d => d.ServiceType == typeof(TriageEngine));
            Assert.Equal(3, provider.GetRequiredService<TriageEngine>().Options.StopPainLevel);
        }

        // docs/getting-started.md, "Custom rules"
        sealed class OlderRunnerRule : FindingRule
        {
            public OlderRunnerRule() : base(
                "clinic.olderRunner", "Any pain in a runner over 65.", "Our clinical lead, 2026",
                new Finding("olderRunner", FindingKind.RedFlag, Disposition.SeeProfessional, "New back pain after 65 should be checked."))
            { }

            protected override bool AppliesTo(TriageContext context) => context.Assessment.PainLevel > 0 && context.Runner.Age > 65;
        }

        [Fact]
        public void GettingStartedCustomRule()
        {
            var engine = Triage.CreateBuilder().AddRule(new OlderRunnerRule()).Build();

            var older = Assessments.Answered(2, PainQuality.DullAche, PainLocation.Neck, runner: new RunnerProfile(age: 70));
            var younger = Assessments.Answered(2, PainQuality.DullAche, PainLocation.Neck, runner: new RunnerProfile(age: 60));
            var unknownAge = Assessments.Answered(2, PainQuality.DullAche, PainLocation.Neck);
            Assert.Contains(engine.Assess(older).RedFlags, f => f.Code == "olderRunner");
            Assert.True(engine.Assess(older).Disposition >= Disposition.SeeProfessional);
            Assert.DoesNotContain(engine.Assess(younger).RedFlags, f => f.Code == "olderRunner");
            Assert.DoesNotContain(engine.Assess(unknownAge).RedFlags, f => f.Code == "olderRunner");
        }

        private sealed class MyClinicRule : ContributorRule
        {
            public const string RuleId = "clinic.readmeExample";

            public MyClinicRule()
                : base(RuleId, "Stands in for the README's clinic rule.", "RunnerBack tests", new Contributor("readmeExample", "Stands in for the README's clinic rule."))
            {
            }

            protected override bool AppliesTo(TriageContext context) => false;
        }
    }
}
