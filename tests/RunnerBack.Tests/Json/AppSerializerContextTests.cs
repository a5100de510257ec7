using System.Text.Json;
using System.Text.Json.Serialization;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // An app's own payload that carries an assessment and its result, serialised by the app's own
    // source-generated context with its own naming policy: the RunnerBack parts keep the contract's
    // names and enum strings, the app's parts follow the app's policy.
    public sealed record AppCheckIn(string RunnerName, PainAssessment Assessment, TriageResult? Result);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
    [JsonSerializable(typeof(AppCheckIn))]
    internal sealed partial class AppJsonContext : JsonSerializerContext
    {
    }

    public sealed class AppSerializerContextTests
    {
        private static readonly PainAssessment Assessment = Assessments.Answered(6, trend: PainTrend.Worsening, symptoms: new[] { Symptom.Tingling });

        [Fact]
        public void AnAppsSourceGeneratedContextWritesTheContractsJson()
        {
            var result = Triage.Assess(Assessment);
            var json = JsonSerializer.Serialize(new AppCheckIn("Ana", Assessment, result), AppJsonContext.Default.AppCheckIn);

            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            Assert.Equal("Ana", root.GetProperty("runner_name").GetString());
            Assert.Equal(TriageJson.Serialize(Assessment), root.GetProperty("assessment").GetRawText());
            Assert.Equal(TriageJson.Serialize(result), root.GetProperty("result").GetRawText());
            Assert.Equal("seeProfessional", root.GetProperty("result").GetProperty("disposition").GetString());
        }

        [Fact]
        public void AnAppsSourceGeneratedContextReadsItBack()
        {
            var result = Triage.Assess(Assessment);
            var json = JsonSerializer.Serialize(new AppCheckIn("Ana", Assessment, result), AppJsonContext.Default.AppCheckIn);

            var back = JsonSerializer.Deserialize(json, AppJsonContext.Default.AppCheckIn)!;
            Assert.Equal(Assessment, back.Assessment);
            Assert.Equal(result, back.Result);
        }

        // Reflection-based serialisation, as ASP.NET Core's minimal APIs use by default, with its web defaults.
        [Fact]
        public void ReflectionBasedSerialisationUsesTheContractToo()
        {
            var result = Triage.Assess(Assessment);
            var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
            Assert.Equal(TriageJson.Serialize(result), JsonSerializer.Serialize(result, options));
            Assert.Equal(result, JsonSerializer.Deserialize<TriageResult>(TriageJson.Serialize(result), options));
            Assert.Equal(Assessment, JsonSerializer.Deserialize<PainAssessment>(TriageJson.Serialize(Assessment), options));
        }

        // TRIAGE.md 8.1 holds here as everywhere: an assessment that leaves a safety question out is
        // refused, with every problem and its path, never read with a default.
        [Fact]
        [Trait("Hazard", "H10")]
        public void AnInvalidAssessmentInAnAppsPayloadIsAJsonExceptionNamingEveryProblem()
        {
            const string json = "{\"runner_name\":\"Ana\",\"assessment\":{\"painLevel\":8,\"quality\":\"sharp\",\"location\":\"midBack\",\"form\":[\"nope\"]},\"result\":null}";
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, AppJsonContext.Default.AppCheckIn));
            Assert.Contains("$.onset required", error.Message, System.StringComparison.Ordinal);
            Assert.Contains("$.runner.history required", error.Message, System.StringComparison.Ordinal);
            Assert.Contains("$.form[0] unknownValue", error.Message, System.StringComparison.Ordinal);
            Assert.Equal("$.assessment", error.Path);
        }

        [Fact]
        public void AResultThatIsNotTheContractsIsAJsonException()
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TriageResult>("{\"disposition\":\"soon\"}"));
            Assert.IsType<System.FormatException>(error.InnerException);
        }
    }
}
