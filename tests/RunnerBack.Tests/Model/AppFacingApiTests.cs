using System;
using System.Linq;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Model
{
    // What an app embedding RunnerBack writes against the public API.
    public sealed class AppFacingApiTests
    {
        // Compiles without a null check only because IsValid carries [MemberNotNullWhen]: the build
        // treats nullable warnings as errors.
        [Fact]
        public void IsValidTellsTheCompilerTheValueIsThere()
        {
            var response = TriageJson.Assess(Requests.Calm(3));
            var disposition = response.IsValid ? response.Result.Disposition : Disposition.Emergency;
            var parsed = TriageJson.ParseAssessment(Requests.Calm(3));
            var pain = parsed.IsValid ? parsed.Assessment.PainLevel : -1;
            var step = InterviewJson.Next("{\"answers\":{}}");
            var id = step.IsValid ? step.Step.Question!.Id : string.Empty;
            Assert.Equal((Disposition.RunWithModifications, 3, "painLevel"), (disposition, pain, id));
        }

        // An app's tests can fake the engine with a result of their own.
        [Fact]
        public void AnAppCanBuildAResultForAFakeEngine()
        {
            var flag = new Finding("chestPain", FindingKind.RedFlag, Disposition.Emergency, "Chest pain needs help now.");
            var result = new TriageResult(Disposition.Emergency, "Call emergency services now.", new[] { flag });
            ITriageEngine fake = new FakeEngine(result);
            Assert.Same(result, fake.Assess(AssessmentSpec.MildAche.Build()));
            Assert.Equal(new[] { "chestPain" }, result.RedFlags.Select(r => r.Code));
            Assert.Equal((true, Triage.RuleSetVersion, 0), (result.IsComplete, result.RuleSetVersion, result.Trace.Count));
            Assert.Equal(result, TriageJson.DeserializeResult(TriageJson.Serialize(result)));

            Assert.Equal("disposition", Assert.Throws<ArgumentException>(() => new TriageResult(Disposition.SeeProfessional, "Book a check.", new[] { flag })).ParamName);
            Assert.Equal("headline", Assert.Throws<ArgumentException>(() => new TriageResult(Disposition.KeepRunning, new string('x', 141))).ParamName);
            Assert.Equal("headline", Assert.Throws<ArgumentException>(() => new TriageResult(Disposition.KeepRunning, " ")).ParamName);
        }

        // Every Add says whether it added: findings and contributors always are; the gate may
        // withhold a recommendation.
        [Fact]
        public void EveryAddSaysWhetherItAdded()
        {
            var added = new System.Collections.Generic.List<(string, bool)>();
            var engine = new TriageEngineBuilder()
                .AddRule(new DelegateRule("app.flag", RuleKind.RedFlag, c => added.Add(("finding", c.Add(new Finding("appFlag", FindingKind.RedFlag, Disposition.UrgentCare, "An app's flag."))))))
                .AddRule(new DelegateRule("app.contributor", RuleKind.Contributor, c => added.Add(("contributor", c.Add(new Contributor("appCause", "An app's cause."))))))
                .AddRule(new DelegateRule("app.tip", RuleKind.Recommendation, c => added.Add(("recommendation", c.Add(new Recommendation("appTip", RecommendationCategory.Form, "A tip", "Do this.", new Dose("daily")))))))
                .Build();
            engine.Assess(AssessmentSpec.MildAche.Build());
            Assert.Equal(new[] { ("finding", true), ("contributor", true), ("recommendation", false) }, added);
        }

        private sealed class FakeEngine(TriageResult result) : ITriageEngine
        {
            public ValueList<TriageRule> Rules => default;

            public TriageOptions Options => TriageOptions.Default;

            public TriageResult Assess(PainAssessment assessment) => result;
        }
    }
}
