using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // What each public TriageJson overload promises at its edges: the size limit to the byte, the
    // engine it is given, null arguments, positions in syntax errors, and the indented writers.
    // Mutation testing found these unpinned.
    public sealed class JsonEntryPointTests
    {
        private static readonly string Valid = Requests.Calm(2);

        // The documented limit, as a constant for the test cases; TheLimitIsTheDocumentedOne checks it.
        private const int Limit = 64 * 1024;

        [Fact]
        public void TheLimitIsTheDocumentedOne() => Assert.Equal(Limit, TriageJson.MaxInputBytes);

        // Valid JSON padded with trailing spaces to exactly the given number of bytes.
        private static string Padded(int length) => Valid + new string(' ', length - Valid.Length);

        [Theory]
        [InlineData(Limit, true)]
        [InlineData(Limit + 1, false)]
        public void TheSizeLimitIsExactForEveryOverload(int length, bool accepted)
        {
            var json = Padded(length);
            var bytes = Encoding.UTF8.GetBytes(json);
            Assert.Equal(length, bytes.Length);
            using var stream = new MemoryStream(bytes);
            foreach (var parsed in new[] { TriageJson.ParseAssessment(bytes), TriageJson.ParseAssessment(json), TriageJson.ParseAssessment(stream) })
            {
                Assert.Equal(accepted, parsed.IsValid);
                Assert.Equal(accepted ? Array.Empty<string>() : new[] { ValidationCodes.TooLarge }, parsed.Errors.Select(e => e.Code).ToArray());
            }
        }

        // A network stream hands over a few bytes per read; the reader must add the chunks up, and
        // must stop reading one byte past the limit however long the stream is. Chunks of 8 land
        // exactly on the limit (a power of two), so a reader that stops there, one byte short of
        // telling a full document from an oversized one, fails; chunks of 7 overshoot it.
        [Theory]
        [InlineData(Limit, 7, true, Limit)]
        [InlineData(Limit, 8, true, Limit)]
        [InlineData(Limit + 1, 7, false, Limit + 1)]
        [InlineData(Limit + 1, 8, false, Limit + 1)]
        [InlineData(4 * Limit, 7, false, Limit + 1)]
        public void AStreamThatTricklesIsReadWholeAndNoFurtherThanTheLimit(int length, int chunk, bool accepted, int expectedRead)
        {
            using var stream = new TricklingStream(Encoding.UTF8.GetBytes(Padded(length)), chunk);
            var parsed = TriageJson.ParseAssessment(stream);
            Assert.Equal(accepted, parsed.IsValid);
            Assert.Equal(accepted ? Array.Empty<string>() : new[] { ValidationCodes.TooLarge }, parsed.Errors.Select(e => e.Code).ToArray());
            Assert.Equal(expectedRead, stream.Position);
        }

        [Fact]
        public void AShortStreamThatTricklesParsesToTheSameAssessment()
        {
            using var stream = new TricklingStream(Encoding.UTF8.GetBytes(Valid), chunk: 3);
            var parsed = TriageJson.ParseAssessment(stream);
            Assert.True(parsed.IsValid, string.Join(";", parsed.Errors));
            Assert.Equal(TriageJson.ParseAssessment(Valid).Assessment, parsed.Assessment);
        }

        private sealed class TricklingStream : MemoryStream
        {
            private readonly int _chunk;

            public TricklingStream(byte[] bytes, int chunk)
                : base(bytes, writable: false) => _chunk = chunk;

            public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, _chunk));

            public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, _chunk)]);
        }

        [Fact]
        public void AssessUsesTheEngineItIsGiven()
        {
            var engine = Triage.CreateBuilder().AddDefaultRules().AddRule(new OlderRunnerRule()).Build();
            var json = "{\"painLevel\":2,\"quality\":\"dullAche\",\"location\":\"neck\"," + Requests.SafetyAnswers() + ",\"runner\":{\"age\":70,\"history\":[]}}";
            var expected = engine.Assess(TriageJson.ParseAssessment(json).Assessment!);
            Assert.NotEqual(Triage.Assess(TriageJson.ParseAssessment(json).Assessment!), expected);

            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
            Assert.Equal(expected, TriageJson.Assess(json, engine).Result);
            Assert.Equal(expected, TriageJson.Assess(Encoding.UTF8.GetBytes(json), engine).Result);
            Assert.Equal(expected, TriageJson.Assess(stream, engine).Result);
        }

        [Fact]
        public void NullArgumentsAreRejectedByName()
        {
            var result = Triage.Assess(new PainAssessment(0, symptoms: []));
            Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => TriageJson.ParseAssessment((string)null!)).ParamName);
            Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => TriageJson.ParseAssessment((Stream)null!)).ParamName);
            Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => TriageJson.Serialize(result, (Stream)null!)).ParamName);
            Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => TriageJson.Serialize((TriageResult)null!, new MemoryStream())).ParamName);
            Assert.Equal("errors", Assert.Throws<ArgumentNullException>(() => TriageJson.SerializeErrors(null!)).ParamName);
            Assert.Equal("response", Assert.Throws<ArgumentNullException>(() => TriageJson.Serialize((TriageResponse)null!)).ParamName);
            Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => TriageJson.DeserializeResult(null!)).ParamName);
            Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => TriageJson.Serialize((TriageResult)null!)).ParamName);
            Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => TriageJson.Serialize((TriageResult)null!, indented: true)).ParamName);
            Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => TriageJson.SerializeToUtf8Bytes(null!)).ParamName);
            Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => TriageJson.Serialize(null!, new ArrayBufferWriter<byte>())).ParamName);
            Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => TriageJson.Serialize(result, (IBufferWriter<byte>)null!)).ParamName);
        }

        [Fact]
        public void SyntaxErrorsGiveOneBasedLineAndByte()
        {
            // The bad value x is on line 3, at its 14th byte.
            var parsed = TriageJson.ParseAssessment("{\n  \"painLevel\": 2,\n  \"quality\": x\n}");
            Assert.Equal("The input is not valid JSON (line 3, byte 14).", parsed.Errors.Single().Message);
        }

        [Fact]
        public void TooDeepNestingGivesTheOneBasedByteWhereItStarts()
        {
            // The inner list of w is the first container at the third level.
            var json = "{\"painLevel\":0,\"symptoms\":[],\"x\":{\"y\":{\"z\":1},\"w\":[[1]]}}";
            var parsed = TriageJson.ParseAssessment(json);
            var tooDeep = parsed.Errors.Single(e => e.Code == ValidationCodes.TooDeep);
            Assert.Equal($"The input nests objects or lists deeper than the contract allows (at byte {json.IndexOf("[[", StringComparison.Ordinal) + 2}).", tooDeep.Message);
        }

        [Theory]
        [InlineData(new byte[0])]
        [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D })]
        [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
        [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x20 })]
        public void AnEmptyInputIsCalledEmpty(byte[] utf8)
        {
            var parsed = TriageJson.ParseAssessment(utf8);
            Assert.Equal("$ malformedJson", parsed.Errors.Select(e => e.Path + " " + e.Code).Single());
            Assert.Equal("The input is empty; expected a JSON object.", parsed.Errors.Single().Message);
        }

        [Fact]
        public void AnAssessmentIsIndentedOnlyWhenAskedTo()
        {
            var assessment = Assessments.Answered(2, PainQuality.DullAche, PainLocation.Neck, symptoms: new[] { Symptom.Tingling });
            var compact = TriageJson.Serialize(assessment);
            var indented = TriageJson.Serialize(assessment, indented: true);
            Assert.DoesNotContain("\n", compact, StringComparison.Ordinal);
            Assert.StartsWith("{\"painLevel\":2,", compact, StringComparison.Ordinal);
            Assert.Contains("\n  \"painLevel\": 2,", indented, StringComparison.Ordinal);
            Assert.Equal(assessment, TriageJson.ParseAssessment(compact).Assessment);
            Assert.Equal(assessment, TriageJson.ParseAssessment(indented).Assessment);
        }

        [Fact]
        public void IndentedOutputIsTheSameDocumentWhicheverOverloadWritesIt()
        {
            var result = Triage.Assess(Assessments.Answered(6, PainQuality.Sharp, PainLocation.Ribs, symptoms: new[] { Symptom.Tingling }));
            var indented = TriageJson.Serialize(result, indented: true);

            // ResultBytesTests pins this text's bytes.
            Assert.Contains("\n  \"disposition\": ", indented, StringComparison.Ordinal);

            using var stream = new MemoryStream();
            TriageJson.Serialize(result, stream, indented: true);
            Assert.Equal(indented, Encoding.UTF8.GetString(stream.ToArray()));
            Assert.Equal(indented, TriageJson.Serialize(TriageResponse.Of(result), indented: true));
            Assert.Equal(TriageJson.Serialize(result), TriageJson.Serialize(TriageResponse.Of(result)));
        }

        [Fact]
        public void EveryDoseFieldIsWrittenForAFreshRecommendation()
        {
            // A recommendation made on the fly, not one of the default rules' shared objects, so
            // that its JSON is rendered now rather than taken from a cache.
            var dose = new Dose(pauseSecondsMin: 10, pauseSecondsMax: 20, repetitions: 5, intervalMinutesMin: 30, intervalMinutesMax: 45, sessionsPerWeek: 3);
            var engine = Triage.CreateBuilder()
                .AddRule(new DelegateRule("test.freshDose", RuleKind.Recommendation, context => context.Add(new Recommendation("test.freshDose", RecommendationCategory.Activity, "Pace it", "Short efforts with rests.", dose))))
                .Build();
            var json = TriageJson.Serialize(engine.Assess(new PainAssessment(0, symptoms: [])));
            Assert.Contains("\"dose\":{\"repetitions\":5,\"pauseSecondsMin\":10,\"pauseSecondsMax\":20,\"intervalMinutesMin\":30,\"intervalMinutesMax\":45,\"sessionsPerWeek\":3}", json, StringComparison.Ordinal);
        }

        [Fact]
        public void TheRuleCatalogueListsEveryRuleInPipelineOrder()
        {
            var engine = Triage.CreateBuilder().AddDefaultRules().AddRule(new OlderRunnerRule()).Build();
            var compact = TriageJson.SerializeRuleCatalogue(engine);
            var indented = TriageJson.SerializeRuleCatalogue(engine, indented: true);
            Assert.DoesNotContain("\n", compact, StringComparison.Ordinal);
            Assert.Contains("\n", indented, StringComparison.Ordinal);

            foreach (var text in new[] { compact, indented })
            {
                using var document = System.Text.Json.JsonDocument.Parse(text);
                var root = document.RootElement;
                Assert.Equal(new[] { "ruleSetVersion", "rules" }, root.EnumerateObject().Select(p => p.Name).ToArray());
                Assert.Equal(engine.RuleSetVersion, root.GetProperty("ruleSetVersion").GetString());
                Assert.StartsWith(Triage.RuleSetVersion + "+custom.", engine.RuleSetVersion, StringComparison.Ordinal);
                var rules = root.GetProperty("rules").EnumerateArray().ToArray();
                Assert.Equal(engine.Rules.Count, rules.Length);
                for (var i = 0; i < rules.Length; i++)
                {
                    var rule = engine.Rules[i];
                    var expected = rule.MinimumDisposition is { } minimum
                        ? new[] { "id=" + rule.Id, "kind=" + JsonName(rule.Kind.ToString()), "minimumDisposition=" + JsonName(minimum.ToString()), "description=" + rule.Description, "source=" + rule.Source }
                        : new[] { "id=" + rule.Id, "kind=" + JsonName(rule.Kind.ToString()), "description=" + rule.Description, "source=" + rule.Source };
                    Assert.Equal(expected, rules[i].EnumerateObject().Select(p => p.Name + "=" + p.Value.GetString()).ToArray());
                }
            }
        }

        private static string JsonName(string member) => char.ToLowerInvariant(member[0]) + member.Substring(1);
    }
}
