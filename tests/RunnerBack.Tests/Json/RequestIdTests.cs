using System;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // requestId is the app's, not clinical: it comes back in the result, and in the errors too, so
    // an app that sends a batch can match every answer to its request.
    public sealed class RequestIdTests
    {
        private static string WithId(string request, string idJson) => "{\"requestId\":" + idJson + "," + request.Substring(1);

        [Fact]
        [Trait("Hazard", "H12")]
        public void TheResultEchoesTheRequestId()
        {
            var response = TriageJson.Assess(WithId(Requests.Calm(2), "\"abc-123\""));
            Assert.True(response.IsValid);
            Assert.Equal("abc-123", response.Result.RequestId);
            Assert.Equal("abc-123", response.RequestId);
            var json = TriageJson.Serialize(response.Result);
            Assert.Contains(",\"requestId\":\"abc-123\",", json, StringComparison.Ordinal);
            Assert.Equal(response.Result, TriageJson.DeserializeResult(json));
        }

        [Fact]
        public void ARequestWithoutAnIdGivesAResultWithoutOne()
        {
            var response = TriageJson.Assess(Requests.Calm(2));
            Assert.Null(response.Result!.RequestId);
            Assert.DoesNotContain("requestId", TriageJson.Serialize(response.Result), StringComparison.Ordinal);
        }

        [Fact]
        public void TheIdPlaysNoPartInTriage()
        {
            var without = TriageJson.Assess(Requests.Calm(7)).Result!;
            var with = TriageJson.Assess(WithId(Requests.Calm(7), "\"x\"")).Result!;
            Assert.Equal(TriageJson.Serialize(without), TriageJson.Serialize(with).Replace(",\"requestId\":\"x\"", string.Empty, StringComparison.Ordinal));
            Assert.NotEqual(without, with);
        }

        [Fact]
        [Trait("Hazard", "H12")]
        public void InvalidInputStillEchoesAValidId()
        {
            var response = TriageJson.Assess("{\"requestId\":\"line-9\",\"painLevel\":3}");
            Assert.False(response.IsValid);
            Assert.Equal("line-9", response.RequestId);
            Assert.StartsWith("{\"requestId\":\"line-9\",\"errors\":[", TriageJson.Serialize(response), StringComparison.Ordinal);
        }

        // A batch line cut short after its id still says which request it was.
        [Fact]
        public void ATruncatedRequestEchoesTheIdReadBeforeTheBreak()
        {
            var response = TriageJson.Assess("{\"requestId\":\"x\",\"painLevel\":");
            Assert.Equal(ValidationCodes.MalformedJson, Assert.Single(response.Errors).Code);
            Assert.Equal("x", response.RequestId);
        }

        [Theory]
        [InlineData("{\"painLevel\":,\"requestId\":\"x\"}", "malformed before the id")]
        [InlineData("[\"requestId\"]", "not an object")]
        [InlineData("{\"requestId\":7,\"painLevel\":0,\"symptoms\":[]}", "not a string")]
        [InlineData("{\"requestId\":\"  \",\"painLevel\":0,\"symptoms\":[]}", "blank")]
        public void AnIdThatCannotBeReadIsNotEchoed(string request, string why)
        {
            var response = TriageJson.Assess(request);
            Assert.False(response.IsValid, why);
            Assert.Null(response.RequestId);
            Assert.StartsWith("{\"errors\":[", TriageJson.Serialize(response), StringComparison.Ordinal);
        }

        [Fact]
        public void AnIdOverOneHundredCharactersIsRefusedAtItsPath()
        {
            Assert.True(TriageJson.Assess(WithId(Requests.Calm(0), "\"" + new string('a', 100) + "\"")).IsValid);
            var response = TriageJson.Assess(WithId(Requests.Calm(0), "\"" + new string('a', 101) + "\""));
            var error = Assert.Single(response.Errors);
            Assert.Equal("$.requestId", error.Path);
            Assert.Equal(ValidationCodes.OutOfRange, error.Code);
            Assert.Equal("requestId must be at most 100 characters.", error.Message);
            Assert.Null(response.RequestId);
        }

        [Fact]
        public void TheModelChecksTheIdAsTheWireDoes()
        {
            var assessment = new PainAssessment(0, symptoms: [], requestId: "app-1");
            Assert.Equal("app-1", Triage.Assess(assessment).RequestId);
            Assert.Equal("app-2", (assessment with { RequestId = "app-2" }).RequestId);
            Assert.Throws<ArgumentOutOfRangeException>(() => assessment with { RequestId = new string('a', 101) });
            Assert.Throws<ArgumentException>(() => new PainAssessment(0, requestId: " "));
            Assert.Throws<ArgumentOutOfRangeException>(() => new TriageResult(Disposition.KeepRunning, "Keep running.", requestId: new string('a', 101)));
        }

        [Fact]
        public void TheAssessmentWritesItsIdBack()
        {
            var assessment = TriageJson.ParseAssessment(WithId(Requests.Calm(2), "\"r1\"")).Assessment!;
            Assert.Equal("r1", assessment.RequestId);
            Assert.Equal(assessment, TriageJson.ParseAssessment(TriageJson.Serialize(assessment)).Assessment);
        }
    }
}
