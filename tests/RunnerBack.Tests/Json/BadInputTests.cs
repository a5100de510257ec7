using System;
using System.Linq;
using RunnerBack.Json;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // The table of bad inputs: each must be rejected with exactly these (path, code) pairs.
    public sealed class BadInputTests
    {
        // At pain 0 only symptoms is required (TRIAGE.md 8.1), so each row shows only its own problem.
        private const string Ok = "\"painLevel\":0,\"symptoms\":[],\"quality\":\"dullAche\",\"location\":\"neck\"";

        // The same without symptoms, for the rows that give their own.
        private const string OkButSymptoms = "\"painLevel\":0,\"quality\":\"dullAche\",\"location\":\"neck\"";

        // symptoms is required at every pain level, so a request whose painLevel is wrong or missing
        // and that has no symptoms is told about both.
        private const string NoSymptoms = "$.symptoms required";

        public static TheoryData<string, string, string[]> Table => new TheoryData<string, string, string[]>
        {
            { "empty", "", new[] { "$ malformedJson" } },
            { "whitespace", "   ", new[] { "$ malformedJson" } },
            { "truncated", "{\"painLevel\":3", new[] { "$ malformedJson" } },
            { "trailing comma", "{" + Ok + ",}", new[] { "$ malformedJson" } },
            { "comment", "{" + Ok + "/* hi */}", new[] { "$ malformedJson" } },
            { "two values", "{" + Ok + "}{}", new[] { "$ malformedJson" } },
            { "single quotes", "{'painLevel':3}", new[] { "$ malformedJson" } },
            { "array root", "[]", new[] { "$ wrongType" } },
            { "string root", "\"hello\"", new[] { "$ wrongType" } },
            { "null root", "null", new[] { "$ wrongType" } },
            { "missing painLevel", "{}", new[] { "$.painLevel required", NoSymptoms } },
            { "null painLevel", "{\"painLevel\":null}", new[] { "$.painLevel required", NoSymptoms } },
            {
                "pain without the safety questions", "{\"painLevel\":2}",
                new[]
                {
                    "$.quality required", "$.location required", "$.radiatesTo required", "$.trend required", "$.onset required", "$.timing required",
                    "$.persistsAfterStopping required", "$.altersRunningForm required", "$.durationDays required", "$.selfCareTried required",
                    "$.recentTrauma required", "$.symptoms required", "$.runner.history required",
                }
            },
            { "painLevel as string", "{\"painLevel\":\"3\"}", new[] { "$.painLevel wrongType", NoSymptoms } },
            { "painLevel too high", "{\"painLevel\":11,\"quality\":\"sharp\",\"location\":\"neck\"}", new[] { "$.painLevel outOfRange", NoSymptoms } },
            { "painLevel negative", "{\"painLevel\":-1}", new[] { "$.painLevel outOfRange", NoSymptoms } },
            { "painLevel fraction", "{\"painLevel\":2.5,\"quality\":\"sharp\",\"location\":\"neck\"}", new[] { "$.painLevel notAnInteger", NoSymptoms } },
            { "painLevel huge", "{\"painLevel\":1e400}", new[] { "$.painLevel outOfRange", NoSymptoms } },
            { "painLevel big integer", "{\"painLevel\":99999999999999999999}", new[] { "$.painLevel outOfRange", NoSymptoms } },
            { "unknown quality", "{\"painLevel\":0,\"symptoms\":[],\"quality\":\"burning\",\"location\":\"neck\"}", new[] { "$.quality unknownValue" } },
            { "enum wrong case", "{\"painLevel\":0,\"symptoms\":[],\"quality\":\"DullAche\",\"location\":\"neck\"}", new[] { "$.quality unknownValue" } },
            { "unknown property", "{" + Ok + ",\"mood\":\"grumpy\"}", new[] { "$.mood unknownProperty" } },
            { "escaped unknown property", "{" + Ok + ",\"\\u006dood\":1}", new[] { "$.mood unknownProperty" } },
            { "escaped unknown value", "{\"painLevel\":0,\"symptoms\":[],\"quality\":\"\\u0062urning\",\"location\":\"neck\"}", new[] { "$.quality unknownValue" } },
            { "odd property name", "{" + Ok + ",\"a b\":1}", new[] { "$['a b'] unknownProperty" } },
            { "empty property name", "{" + Ok + ",\"\":1}", new[] { "$[''] unknownProperty" } },
            { "property name starting with a digit", "{" + Ok + ",\"1st\":1}", new[] { "$['1st'] unknownProperty" } },
            { "property name starting with an underscore", "{" + Ok + ",\"_x1\":1}", new[] { "$._x1 unknownProperty" } },
            { "property name with a quote and a backslash", "{" + Ok + ",\"it's\\\\x\":1}", new[] { "$['it\\'s\\\\x'] unknownProperty" } },
            { "odd property name in the runner", "{" + Ok + ",\"runner\":{\"a-b\":1}}", new[] { "$.runner['a-b'] unknownProperty" } },
            { "duplicate property", "{" + Ok + ",\"painLevel\":4}", new[] { "$.painLevel duplicateProperty" } },
            { "property three times", "{" + Ok + ",\"painLevel\":4,\"painLevel\":5}", new[] { "$.painLevel duplicateProperty", "$.painLevel duplicateProperty" } },
            { "runner property three times", "{" + Ok + ",\"runner\":{\"age\":30,\"age\":31,\"age\":32}}", new[] { "$.runner.age duplicateProperty", "$.runner.age duplicateProperty" } },
            { "symptoms not a list", "{" + OkButSymptoms + ",\"symptoms\":\"fever\"}", new[] { "$.symptoms wrongType" } },
            { "duplicate symptom", "{" + OkButSymptoms + ",\"symptoms\":[\"fever\",\"chills\",\"fever\"]}", new[] { "$.symptoms[2] duplicateEntry" } },
            { "unknown symptom", "{" + OkButSymptoms + ",\"symptoms\":[\"fever\",\"hiccups\"]}", new[] { "$.symptoms[1] unknownValue" } },
            { "symptom as number", "{" + OkButSymptoms + ",\"symptoms\":[3]}", new[] { "$.symptoms[0] wrongType" } },
            { "radiatesTo duplicate", "{" + Ok + ",\"radiatesTo\":[\"jaw\",\"jaw\"]}", new[] { "$.radiatesTo[1] duplicateEntry" } },
            { "form unknown", "{" + Ok + ",\"form\":[\"hunched\"]}", new[] { "$.form[0] unknownValue" } },
            { "bool as string", "{" + Ok + ",\"recentTrauma\":\"yes\"}", new[] { "$.recentTrauma wrongType" } },
            { "durationDays too long", "{" + Ok + ",\"durationDays\":3651}", new[] { "$.durationDays outOfRange" } },
            { "runner not an object", "{" + Ok + ",\"runner\":[]}", new[] { "$.runner wrongType" } },
            { "runner age too young", "{" + Ok + ",\"runner\":{\"age\":4}}", new[] { "$.runner.age outOfRange" } },
            { "runner age too old", "{" + Ok + ",\"runner\":{\"age\":121}}", new[] { "$.runner.age outOfRange" } },
            { "runner sitting too long", "{" + Ok + ",\"runner\":{\"sittingHoursPerDay\":24.5}}", new[] { "$.runner.sittingHoursPerDay outOfRange" } },
            { "runner shoes too far", "{" + Ok + ",\"runner\":{\"shoeDistanceKm\":10000.1}}", new[] { "$.runner.shoeDistanceKm outOfRange" } },
            { "runner rest days", "{" + Ok + ",\"runner\":{\"restDaysPerWeek\":8}}", new[] { "$.runner.restDaysPerWeek outOfRange" } },
            { "runner strength", "{" + Ok + ",\"runner\":{\"strengthTrainingPerWeek\":15}}", new[] { "$.runner.strengthTrainingPerWeek outOfRange" } },
            { "runner unknown enum", "{" + Ok + ",\"runner\":{\"experience\":\"elite\"}}", new[] { "$.runner.experience unknownValue" } },
            { "runner unknown property", "{" + Ok + ",\"runner\":{\"weight\":70}}", new[] { "$.runner.weight unknownProperty" } },
            { "runner history duplicate", "{" + Ok + ",\"runner\":{\"history\":[\"cancer\",\"cancer\"]}}", new[] { "$.runner.history[1] duplicateEntry" } },
            { "nested too deep in a list", "{" + Ok + ",\"runner\":{\"history\":[[\"cancer\"]]}}", new[] { "$ tooDeep" } },
            { "nested too deep in an unknown property", "{" + Ok + ",\"x\":{\"y\":{\"z\":{}}}}", new[] { "$.x unknownProperty", "$ tooDeep" } },
            { "nested very deep", "{" + Ok + ",\"runner\":" + new string('[', 5000) + new string(']', 5000) + "}", new[] { "$.runner wrongType", "$ tooDeep" } },
            { "nested very deep at the root", new string('[', 5000) + new string(']', 5000), new[] { "$ wrongType" } },
            { "nested very deep in an object", "{" + Ok + ",\"x\":" + string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000) + "}", new[] { "$.x unknownProperty", "$ tooDeep" } },
            { "empty requestId", "{" + Ok + ",\"requestId\":\"\"}", new[] { "$.requestId outOfRange" } },
            { "blank requestId", "{" + Ok + ",\"requestId\":\"  \"}", new[] { "$.requestId outOfRange" } },
            { "requestId a number", "{" + Ok + ",\"requestId\":7}", new[] { "$.requestId wrongType" } },
            { "requestId with a lone surrogate", "{" + Ok + ",\"requestId\":\"a\\ud800b\"}", new[] { "$ malformedJson" } },
            { "property name with a lone surrogate", "{" + Ok + ",\"\\udc00\":1}", new[] { "$ malformedJson" } },
            {
                "every problem at once",
                "{\"painLevel\":5,\"quality\":\"zap\",\"symptoms\":[\"fever\",\"fever\"],\"runner\":{\"age\":200,\"hydration\":1},\"extra\":true}",
                new[]
                {
                    "$.quality unknownValue", "$.symptoms[1] duplicateEntry", "$.runner.age outOfRange", "$.runner.hydration wrongType", "$.extra unknownProperty",
                    "$.location required", "$.radiatesTo required", "$.trend required", "$.onset required", "$.timing required", "$.persistsAfterStopping required",
                    "$.altersRunningForm required", "$.durationDays required", "$.selfCareTried required", "$.recentTrauma required", "$.runner.history required",
                }
            },
        };

        [Theory]
        [MemberData(nameof(Table))]
        [Trait("Hazard", "H02")]
        [Trait("Hazard", "H10")]
        public void BadInputIsRejectedWithPathsAndCodes(string name, string json, string[] expected)
        {
            var response = TriageJson.Assess(json);
            Assert.False(response.IsValid, name);
            Assert.Null(response.Result);
            Assert.Equal(expected, response.Errors.Select(e => e.Path + " " + e.Code).ToArray());
            Assert.All(response.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        }

        // A misspelt safety field ("symptom" for "symptoms") must not be read as "no symptoms": the
        // unknown name is refused, and the real field is still reported as unanswered.
        [Fact]
        [Trait("Hazard", "H10")]
        public void AMisspeltSafetyFieldIsRefusedNotIgnored()
        {
            var request = "{\"painLevel\":3,\"quality\":\"dullAche\",\"location\":\"neck\"," + RunnerBack.Tests.Support.Requests.SafetyAnswers("symptoms")
                + ",\"symptom\":[\"chestPain\"],\"runner\":{\"history\":[]}}";
            var response = TriageJson.Assess(request);
            Assert.Null(response.Result);
            Assert.Equal(new[] { "$.symptom unknownProperty", "$.symptoms required" }, response.Errors.Select(e => e.Path + " " + e.Code).OrderBy(e => e, StringComparer.Ordinal).ToArray());
        }

        // The message is what a developer reads in a log: it names the field, or says "entries" for
        // an item of a list, and lists every accepted name, comma-separated.
        [Fact]
        public void WrongTypeAndUnknownValueMessagesSayWhatTheFieldAccepts()
        {
            var response = TriageJson.Assess(
                "{\"painLevel\":\"3\",\"quality\":\"burning\",\"location\":\"neck\",\"recentTrauma\":\"yes\","
                    + "\"symptoms\":[\"fever\",\"hiccups\"],\"form\":[\"hunched\"],\"runner\":{\"sittingHoursPerDay\":\"8\"}}");
            var qualities = "dullAche, tightness, sharp, stabbing, electrical, catching, notSure";
            Assert.Equal(
                new[]
                {
                    "$.painLevel: painLevel must be a whole number.",
                    "$.quality: quality must be one of " + qualities + ".",
                    "$.recentTrauma: recentTrauma must be true, false or \"notSure\".",
                    "$.symptoms[1]: symptoms entries must be one of " + ContractNames<Symptom>.AllowedList + ".",
                    "$.form[0]: form entries must be one of " + ContractNames<FormFault>.AllowedList + ".",
                    "$.runner.sittingHoursPerDay: sittingHoursPerDay must be a number.",
                },
                response.Errors.Select(e => e.Path + ": " + e.Message).ToArray());
        }

        [Fact]
        public void ValidationErrorPrintsPathCodeAndMessage() =>
            Assert.Equal(
                "$.runner.age: outOfRange: age must be a whole number from 5 to 120.",
                new ValidationError("$.runner.age", ValidationCodes.OutOfRange, "age must be a whole number from 5 to 120.").ToString());

        [Fact]
        [Trait("Hazard", "H14")]
        public void InputOverTheSizeLimitIsRejectedBeforeParsing()
        {
            var padding = new string(' ', TriageJson.MaxInputBytes);
            var response = TriageJson.Assess("{" + Ok + "}" + padding);
            Assert.Equal("$ tooLarge", response.Errors.Select(e => e.Path + " " + e.Code).Single());
            using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("{" + Ok + "}" + padding));
            Assert.Equal(ValidationCodes.TooLarge, TriageJson.ParseAssessment(stream).Errors.Single().Code);
        }

        [Fact]
        public void NullOptionalFieldsMeanNotGivenAndABomIsAccepted()
        {
            var parsed = TriageJson.ParseAssessment("{\"painLevel\":0,\"quality\":null,\"trend\":null,\"symptoms\":[],\"runner\":{\"age\":null}}");
            Assert.True(parsed.IsValid, string.Join(";", parsed.Errors));
            Assert.Null(parsed.Assessment!.Trend);
            var bom = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("{\"painLevel\":0,\"symptoms\":[]}")).ToArray();
            Assert.True(TriageJson.ParseAssessment(bom).IsValid);
        }

        [Fact]
        public void EscapedPropertyNamesAndValuesAreUnderstood()
        {
            var parsed = TriageJson.ParseAssessment("{\"pain\\u004cevel\":0,\"quality\":\"sh\\u0061rp\",\"location\":\"neck\",\"symptoms\":[]}");
            Assert.True(parsed.IsValid, string.Join(";", parsed.Errors));
            Assert.Equal(PainQuality.Sharp, parsed.Assessment!.Quality);
        }

        [Fact]
        public void InvalidUtf8IsMalformed()
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes("{\"painLevel\":0,\"symptoms\":[],\"x\":\"?\"}");
            bytes[Array.IndexOf(bytes, (byte)'?')] = 0xC3;
            var parsed = TriageJson.ParseAssessment(bytes);
            Assert.False(parsed.IsValid);
            Assert.Contains(parsed.Errors, e => e.Code == ValidationCodes.MalformedJson);
        }
    }
}
