using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // Invariant 7.9: an assessment and a result survive JSON serialisation unchanged.
    public sealed class JsonRoundTripTests
    {
        [Property(MaxTest = 1500)]
        public Property Invariant9_AssessmentsSurviveJson()
        {
            return Prop.ForAll(Generators.AssessmentArb, spec =>
            {
                var assessment = spec.Build();
                var json = TriageJson.Serialize(assessment);
                var parsed = TriageJson.ParseAssessment(json);
                Assert.True(parsed.IsValid, json + "\n" + string.Join("\n", parsed.Errors));
                Assert.Equal(assessment, parsed.Assessment);
                Assert.Equal(assessment, TriageJson.ParseAssessment(Encoding.UTF8.GetBytes(json)).Assessment);
                Assert.Equal(assessment, TriageJson.ParseAssessment(new MemoryStream(Encoding.UTF8.GetBytes(json))).Assessment);
            });
        }

        [Property(MaxTest = 1000)]
        [Trait("Hazard", "H07")]
        public Property Invariant9_ResultsSurviveJson()
        {
            var faulty = Triage.CreateBuilder().AddRule(new ThrowingRule(RuleKind.Contributor)).Build();
            var gen = from spec in Generators.Assessment from broken in Gen.Elements(false, false, true) select (spec, broken);
            return Prop.ForAll(gen.ToArbitrary(), t =>
            {
                var result = (t.broken ? faulty : Triage.Default).Assess(t.spec.Build());
                var json = TriageJson.Serialize(result);
                Assert.Equal(result, TriageJson.DeserializeResult(json));
                Assert.Equal(json, TriageJson.Serialize(TriageJson.DeserializeResult(json)));
                Assert.Equal(json, Encoding.UTF8.GetString(TriageJson.SerializeToUtf8Bytes(result)));
                Assert.Equal(result, TriageJson.DeserializeResult(TriageJson.Serialize(result, indented: true)));
            });
        }

        // CONTRACT.md objects are unordered. The reader tries the contract's next field first (the
        // order writers use), so a request in any other order must read the same.
        [Property(MaxTest = 1000)]
        public Property PropertiesMayComeInAnyOrder()
        {
            var gen =
                from spec in Generators.Assessment
                from rootOrder in Gen.Shuffle(Enumerable.Range(0, 15))
                from runnerOrder in Gen.Shuffle(Enumerable.Range(0, 13))
                select (spec, rootOrder, runnerOrder);
            return Prop.ForAll(gen.ToArbitrary(), t =>
            {
                var assessment = t.spec.Build();
                var json = Reordered(TriageJson.Serialize(assessment), t.rootOrder, t.runnerOrder);
                var parsed = TriageJson.ParseAssessment(Encoding.UTF8.GetBytes(json));
                Assert.True(parsed.IsValid, json + "\n" + string.Join("\n", parsed.Errors));
                Assert.Equal(assessment, parsed.Assessment);
            });
        }

        // The writer's properties in a shuffled order. An order covers every field of the object; the
        // writer leaves out null ones, so positions past the written count are skipped.
        private static string Reordered(string json, int[] rootOrder, int[] runnerOrder)
        {
            var root = JsonNode.Parse(json)!.AsObject();
            if (root["runner"] is JsonObject runner)
            {
                root["runner"] = Rebuilt(runner, runnerOrder);
            }

            return Rebuilt(root, rootOrder).ToJsonString();
        }

        private static JsonObject Rebuilt(JsonObject source, int[] order)
        {
            var names = source.Select(p => p.Key).ToArray();
            var rebuilt = new JsonObject();
            foreach (var position in order.Where(p => p < names.Length))
            {
                var value = source[names[position]];
                source.Remove(names[position]);
                rebuilt.Add(names[position], value);
            }

            return rebuilt;
        }

        [Fact]
        public void TheContractExampleRequestIsAccepted()
        {
            const string example = @"{
  ""painLevel"": 3, ""quality"": ""dullAche"", ""location"": ""betweenShoulderBlades"", ""radiatesTo"": [],
  ""trend"": ""stable"", ""onset"": ""gradual"", ""timing"": ""duringRun"", ""persistsAfterStopping"": false,
  ""altersRunningForm"": false, ""durationDays"": 2, ""selfCareTried"": false, ""recentTrauma"": false, ""symptoms"": [],
  ""runner"": { ""age"": 34, ""experience"": ""regular"", ""sittingHoursPerDay"": 8, ""restDaysPerWeek"": 1, ""carriedLoad"": ""none"",
    ""loadFitsWell"": true, ""shoeDistanceKm"": 350, ""shoesFitWell"": true, ""strengthTrainingPerWeek"": 0, ""warmsUp"": false,
    ""stressLevel"": ""moderate"", ""hydration"": ""adequate"", ""history"": [] },
  ""form"": []
}";
            var response = TriageJson.Assess(example);
            Assert.True(response.IsValid);
            Assert.Equal(Disposition.RunWithModifications, response.Result!.Disposition);
            Assert.Equal(new[] { "noWarmUp", "prolongedSitting", "weakUpperBack" }, response.Result.ContributorCodes());
        }

        [Fact]
        public void ResultJsonUsesTheContractNames()
        {
            var result = AssessmentSpec.MildAche.WithSymptoms(Symptom.Tingling).WithRunner(new RunnerSpec(SittingHoursPerDay: 9)).Assess();
            var json = TriageJson.Serialize(result);
            foreach (var name in new[] { "\"disposition\":\"seeProfessional\"", "\"redFlags\":[{\"code\":\"neurologicalSymptoms\",\"minimumDisposition\":\"seeProfessional\"",
                "\"kind\":\"redFlag\"", "\"contributors\":[{\"code\":\"prolongedSitting\"", "\"category\":\"care\"", "\"trace\":[{\"ruleId\":\"redFlag.chestPain\",\"outcome\":\"notApplicable\"",
                "\"complete\":true", "\"ruleSetVersion\":\"1.0.0\"", "\"headline\":" })
            {
                Assert.Contains(name, json, System.StringComparison.Ordinal);
            }

            Assert.DoesNotContain("null", json, System.StringComparison.Ordinal);
        }

        [Fact]
        public void DoseFieldsThatDoNotApplyAreOmitted()
        {
            var result = AssessmentSpec.NoPain.WithRunner(new RunnerSpec(SittingHoursPerDay: 9)).Assess();
            var json = TriageJson.Serialize(result);
            Assert.Contains("\"dose\":{\"holdSecondsMin\":15,\"holdSecondsMax\":30,\"repetitions\":3,\"perSide\":false,\"frequency\":\"daily\"}", json, System.StringComparison.Ordinal);
        }

        [Fact]
        public void ABrokenResultIsAFormatError()
        {
            Assert.Throws<System.FormatException>(() => TriageJson.DeserializeResult("{\"disposition\":\"later\"}"));
            var notAnObject = Assert.Throws<System.FormatException>(() => TriageJson.DeserializeResult("[]"));
            Assert.Equal("The JSON is not a RunnerBack result: $: The input must be a JSON object.", notAnObject.Message);
            var syntax = Assert.Throws<System.FormatException>(() => TriageJson.DeserializeResult("{\"disposition\":"));
            Assert.StartsWith("The JSON is not a RunnerBack result: $: The input is not valid JSON", syntax.Message, System.StringComparison.Ordinal);
            Assert.Equal("The JSON is not a RunnerBack result: $: The input must be a JSON object.", Assert.Throws<System.FormatException>(() => TriageJson.DeserializeResult("null")).Message);

            // Every problem at once, each at its path.
            var missing = Assert.Throws<System.FormatException>(() => TriageJson.DeserializeResult("{\"disposition\":\"emergency\",\"complete\":1}")).Message;
            Assert.Contains("$.complete: complete must be true or false.", missing, System.StringComparison.Ordinal);
            Assert.Contains("$.headline: headline is required.; $.redFlags: redFlags is required.", missing, System.StringComparison.Ordinal);
        }

        // Later versions add result fields (CONTRACT.md: readers ignore fields they do not know), so a
        // stored result with a field this version lacks, at the top or inside an entry, reads back.
        [Fact]
        [Trait("Hazard", "H07")]
        public void FieldsThisVersionDoesNotKnowAreIgnored()
        {
            var result = AssessmentSpec.MildAche.WithSymptoms(Symptom.Fever).Assess();
            var json = TriageJson.Serialize(result);
            var later = json
                .Replace("\"redFlags\":[{", "\"followUp\":[{\"changes\":[]}],\"redFlags\":[{\"severity\":2,", System.StringComparison.Ordinal)
                .Replace("\"dose\":{", "\"dose\":{\"unit\":\"min\",", System.StringComparison.Ordinal);
            Assert.Contains("followUp", later, System.StringComparison.Ordinal);
            Assert.Contains("\"unit\"", later, System.StringComparison.Ordinal);
            Assert.Equal(result, TriageJson.DeserializeResult(later));
        }

        // A result stored by an older or a customised engine is read back as it was, never triaged
        // again: its version says which rules made it, so an app can tell a stale result from a fresh one.
        [Fact]
        [Trait("Hazard", "H07")]
        public void AStoredResultKeepsTheVersionThatMadeIt()
        {
            var json = TriageJson.Serialize(AssessmentSpec.MildAche.Assess()).Replace("\"ruleSetVersion\":\"" + Triage.RuleSetVersion + "\"", "\"ruleSetVersion\":\"0.9.0\"", System.StringComparison.Ordinal);
            var stored = TriageJson.DeserializeResult(json);
            Assert.Equal("0.9.0", stored.RuleSetVersion);
            Assert.NotEqual(Triage.RuleSetVersion, stored.RuleSetVersion);
        }

        // An enum value this version does not know is not guessed at: the error names the path and the values it knows.
        [Fact]
        [Trait("Hazard", "H07")]
        public void AnUnknownEnumValueIsAFormatErrorAtItsPath()
        {
            var json = TriageJson.Serialize(AssessmentSpec.MildAche.WithSymptoms(Symptom.Fever).Assess());
            var root = JsonNode.Parse(json)!.AsObject();
            root["findings"]![0]!["minimumDisposition"] = "callAFriend";
            var error = Assert.Throws<System.FormatException>(() => TriageJson.DeserializeResult(root.ToJsonString()));
            Assert.Equal(
                "The JSON is not a RunnerBack result: $.findings[0].minimumDisposition: minimumDisposition must be one of keepRunning, runWithModifications, stopAndRest, seeProfessional, urgentCare, emergency.",
                error.Message);
        }

        // A stored result whose redFlags do not list exactly its red-flag findings, in order, is refused:
        // an app must not read back a result that shows fewer (or other) red flags than it found.
        [Fact]
        [Trait("Hazard", "H07")]
        public void RedFlagsThatDisagreeWithTheFindingsAreAFormatError()
        {
            var result = Triage.Assess(Assessments.Answered(
                8, PainQuality.Sharp, PainLocation.BetweenShoulderBlades, radiatesTo: new[] { RadiationTarget.Arms }, symptoms: new[] { Symptom.ChestPain, Symptom.Fever }));
            Assert.True(result.RedFlags.Count >= 2, "the example needs two red flags");
            var json = TriageJson.Serialize(result);

            string Edited(System.Action<JsonArray> edit)
            {
                var root = JsonNode.Parse(json)!.AsObject();
                edit(root["redFlags"]!.AsArray());
                return root.ToJsonString();
            }

            var broken = new[]
            {
                Edited(flags => flags.Clear()),
                Edited(flags => flags.RemoveAt(flags.Count - 1)),
                Edited(flags => flags.Add(flags[0]!.DeepClone())),
                Edited(flags => flags[0]!["code"] = "somethingElse"),
                Edited(flags =>
                {
                    var first = flags[0]!.DeepClone();
                    flags.RemoveAt(0);
                    flags.Add(first);
                }),
            };
            foreach (var edited in broken)
            {
                var error = Assert.Throws<System.FormatException>(() => TriageJson.DeserializeResult(edited));
                Assert.Contains("$.redFlags: it must list exactly the findings of kind redFlag", error.Message, System.StringComparison.Ordinal);
            }

            Assert.Equal(result, TriageJson.DeserializeResult(Edited(_ => { })));
        }

        [Fact]
        public void AFormatErrorSaysWhichFieldIsWrong()
        {
            var json = TriageJson.Serialize(Triage.Assess(new PainAssessment(0, symptoms: [])));
            string With(string field, string value)
            {
                var root = JsonNode.Parse(json)!.AsObject();
                root[field] = value;
                return root.ToJsonString();
            }

            Assert.Contains("$.disposition: disposition must be one of keepRunning", Assert.Throws<System.FormatException>(() => TriageJson.DeserializeResult(With("disposition", "later"))).Message, System.StringComparison.Ordinal);
            Assert.Contains("headline", Assert.Throws<System.FormatException>(() => TriageJson.DeserializeResult(With("headline", " "))).Message, System.StringComparison.Ordinal);
            Assert.Contains("ruleSetVersion", Assert.Throws<System.FormatException>(() => TriageJson.DeserializeResult(With("ruleSetVersion", ""))).Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void ErrorsSerializeWithAnOptionalRequestId()
        {
            var errors = new[] { new ValidationError("$.painLevel", ValidationCodes.Required, "painLevel is required.") };
            Assert.Equal("{\"errors\":[{\"path\":\"$.painLevel\",\"code\":\"required\",\"message\":\"painLevel is required.\"}]}", TriageJson.SerializeErrors(errors));
            Assert.StartsWith("{\"requestId\":\"abc-123\",\"errors\":[", TriageJson.SerializeErrors(errors, "abc-123"), System.StringComparison.Ordinal);
        }

        // An app puts the errors in its own payload with the same shape.
        [Fact]
        public void ErrorsCanBeWrittenIntoAnAppsOwnObject()
        {
            var errors = TriageJson.Assess("{\"painLevel\":2}").Errors;
            var buffer = new System.IO.MemoryStream();
            using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("title", "Invalid");
                TriageJson.WriteErrorsProperty(json, errors);
                json.WriteEndObject();
            }

            var expected = TriageJson.SerializeErrors(errors).Replace("{\"errors\"", "{\"title\":\"Invalid\",\"errors\"", System.StringComparison.Ordinal);
            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            Assert.Equal(13, errors.Count);
            Assert.Equal("json", Assert.Throws<System.ArgumentNullException>(() => TriageJson.WriteErrorsProperty(null!, errors)).ParamName);
        }

        [Fact]
        public void AnInvalidResponseSerializesAsItsErrors()
        {
            var response = TriageJson.Assess("{}");
            Assert.False(response.IsValid);
            Assert.Null(response.Result);
            Assert.Equal(TriageJson.SerializeErrors(response.Errors), TriageJson.Serialize(response));
            Assert.Equal(["$.painLevel", "$.symptoms"], response.Errors.Select(e => e.Path));
        }
    }
}
