using System.Linq;
using RunnerBack.Json;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // Every field of the contract, one at a time, in a request that fills in all of them: a repeated
    // field and a wrong-typed value are each reported once, at that field's own path. The bad-input
    // table covers the first field of each object; these reach the others (a repeat of a later field
    // must not quietly replace its first value).
    public sealed class EveryFieldTests
    {
        private static readonly (string Name, string Value)[] RunnerFields =
        {
            ("age", "34"), ("experience", "\"regular\""), ("sittingHoursPerDay", "8"), ("restDaysPerWeek", "1"),
            ("carriedLoad", "\"none\""), ("loadFitsWell", "true"), ("shoeDistanceKm", "350"), ("shoesFitWell", "true"),
            ("strengthTrainingPerWeek", "0"), ("warmsUp", "false"), ("stressLevel", "\"moderate\""),
            ("hydration", "\"adequate\""), ("history", "[\"osteoporosis\"]"),
        };

        private static readonly (string Name, string Value)[] RootFields =
        {
            ("painLevel", "3"), ("quality", "\"dullAche\""), ("location", "\"betweenShoulderBlades\""), ("radiatesTo", "[]"),
            ("trend", "\"stable\""), ("onset", "\"gradual\""), ("timing", "\"duringRun\""), ("persistsAfterStopping", "false"),
            ("altersRunningForm", "false"), ("durationDays", "2"), ("selfCareTried", "false"), ("recentTrauma", "false"),
            ("symptoms", "[\"tingling\"]"), ("runner", ObjectOf(RunnerFields)), ("form", "[\"slouching\"]"),
        };

        // An object is of the wrong type for every field but runner, and skipping it takes more than one
        // token: a reader that did not skip a repeated field's value would report what is inside it.
        // Both stay within the contract's nesting depth where they are used.
        private const string RootValue = "{\"nope\":[1,2]}";
        private const string RunnerValue = "{\"nope\":1}";

        public static TheoryData<string> RootNames => Names(RootFields);

        public static TheoryData<string> RunnerNames => Names(RunnerFields);

        [Fact]
        public void TheFilledInRequestIsValid()
        {
            var parsed = TriageJson.ParseAssessment(ObjectOf(RootFields));
            Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
            Assert.Equal(PainLocation.BetweenShoulderBlades, parsed.Assessment!.Location);
            Assert.Equal(34, parsed.Assessment.Runner!.Age);
        }

        // With no pain nothing else is required (TRIAGE.md 8.1): an omitted or null field is not
        // answered, and an absent list means none. Null means not given.
        [Fact]
        public void AtPainZeroOmittedOrNullFieldsAreNotAnswered()
        {
            // symptoms is the one safety question at pain 0 (TRIAGE.md 8.1): answered "none" here.
            var allNull = ObjectOf(RootFields.Select(f => f.Name switch { "painLevel" => (f.Name, "0"), "symptoms" => (f.Name, "[]"), _ => (f.Name, "null") }));
            var runnerNull = ObjectOf(new[] { ("painLevel", "0"), ("symptoms", "[]"), ("runner", ObjectOf(RunnerFields.Select(f => (f.Name, "null")))) });
            foreach (var json in new[] { "{\"painLevel\":0,\"symptoms\":[]}", allNull })
            {
                var parsed = TriageJson.ParseAssessment(json);
                Assert.True(parsed.IsValid, json + ": " + string.Join("; ", parsed.Errors));
                var a = parsed.Assessment!;
                Assert.Equal((0, (PainQuality?)null, (PainLocation?)null, 0), (a.PainLevel, a.Quality, a.Location, a.RadiatesTo.Count));
                Assert.Equal(((PainTrend?)null, (PainOnset?)null, (PainTiming?)null), (a.Trend, a.Onset, a.Timing));
                Assert.Equal(((YesNo?)null, (YesNo?)null, (int?)null, (YesNo?)null, (YesNo?)null), (a.PersistsAfterStopping, a.AltersRunningForm, a.DurationDays, a.SelfCareTried, a.RecentTrauma));
                Assert.Equal((0, 0), (a.Symptoms.Count, a.Form.Count));
                Assert.Null(a.Runner);
            }

            var runner = TriageJson.ParseAssessment(runnerNull).Assessment!.Runner!;
            Assert.Equal(RunnerProfile.Unknown, runner);
            Assert.Null(runner.Age);
            Assert.Null(runner.History);
        }

        [Theory]
        [MemberData(nameof(RootNames))]
        public void ARepeatedRootFieldIsReportedOnceAtItsPath(string name)
        {
            var json = ObjectOf(RootFields.Concat(new[] { (name, RootValue) }));
            AssertOnly(json, "$." + name + " duplicateProperty");
        }

        [Theory]
        [MemberData(nameof(RunnerNames))]
        public void ARepeatedRunnerFieldIsReportedOnceAtItsPath(string name)
        {
            var runner = ObjectOf(RunnerFields.Concat(new[] { (name, RunnerValue) }));
            AssertOnly(ObjectOf(RootFields.Select(f => f.Name == "runner" ? (f.Name, runner) : f)), "$.runner." + name + " duplicateProperty");
        }

        [Theory]
        [MemberData(nameof(RootNames))]
        public void AWrongTypedRootFieldIsReportedAtItsPath(string name)
        {
            var wrong = name == "runner" ? "[1]" : RootValue;
            AssertOnly(ObjectOf(RootFields.Select(f => f.Name == name ? (f.Name, wrong) : f)), "$." + name + " wrongType");
        }

        [Theory]
        [MemberData(nameof(RunnerNames))]
        public void AWrongTypedRunnerFieldIsReportedAtItsPath(string name)
        {
            var runner = ObjectOf(RunnerFields.Select(f => f.Name == name ? (f.Name, RunnerValue) : f));
            AssertOnly(ObjectOf(RootFields.Select(f => f.Name == "runner" ? (f.Name, runner) : f)), "$.runner." + name + " wrongType");
        }

        private static void AssertOnly(string json, string expected)
        {
            var parsed = TriageJson.ParseAssessment(json);
            Assert.False(parsed.IsValid);
            Assert.Null(parsed.Assessment);
            Assert.Equal(new[] { expected }, parsed.Errors.Select(e => e.Path + " " + e.Code).ToArray());
        }

        private static string ObjectOf(System.Collections.Generic.IEnumerable<(string Name, string Value)> fields) =>
            "{" + string.Join(",", fields.Select(f => "\"" + f.Name + "\":" + f.Value)) + "}";

        private static TheoryData<string> Names((string Name, string Value)[] fields)
        {
            var data = new TheoryData<string>();
            foreach (var field in fields)
            {
                data.Add(field.Name);
            }

            return data;
        }
    }
}
