using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Json.Schema;
using RunnerBack.Json;
using RunnerBack.Tests.Cli;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // docs/schemas holds JSON Schema (2020-12) files for the request and the result, for apps and
    // API tools that validate before they send. They must agree with the library: every bundled
    // sample and generated request the library accepts, the schema accepts, and the invalid ones
    // below it refuses too; every result the engine writes, in every language, fits the result schema.
    public sealed class JsonSchemaTests
    {
        // Loaded once per process: JsonSchema.Net registers each schema's $id globally and refuses a second load.
        internal static readonly JsonSchema Request = Load("assessment-request.schema.json");

        internal static readonly JsonSchema Result = Load("triage-result.schema.json");

        [Fact]
        public void EveryBundledSampleAndGeneratedRequestFitsTheRequestSchema()
        {
            var requests = Directory.GetFiles(CliProcess.Samples, "*.json").Select(File.ReadAllText)
                .Concat(File.ReadAllLines(Path.Combine(CliProcess.Samples, "batch.jsonl")).Where(l => l.Trim().Length > 0))
                .Concat(RunnerBack.Benchmarks.Workloads.Requests(RunnerBack.Benchmarks.Workloads.Generate(500, seed: 31)).Select(b => Encoding.UTF8.GetString(b)))
                .ToList();
            var checkedValid = 0;
            foreach (var request in requests)
            {
                var valid = TriageJson.ParseAssessment(request).IsValid;
                Assert.True(valid == Fits(Request, request), $"the library says {(valid ? "valid" : "invalid")}, the schema does not: {request}");
                checkedValid += valid ? 1 : 0;
            }

            Assert.True(checkedValid >= 500);
        }

        [Theory]
        [InlineData("{}")]
        [InlineData("{\"painLevel\":2}")]
        [InlineData("{\"painLevel\":11}")]
        [InlineData("{\"painLevel\":2.5}")]
        [InlineData("{\"painLevel\":0,\"symptoms\":[],\"mood\":1}")]
        [InlineData("{\"painLevel\":0,\"symptoms\":[],\"quality\":\"Dull\"}")]
        [InlineData("{\"painLevel\":0,\"symptoms\":[\"fever\",\"fever\"]}")]
        [InlineData("{\"painLevel\":0,\"symptoms\":[],\"runner\":{\"shoeDistanceKm\":1,\"shoeDistanceMiles\":1}}")]
        [InlineData("{\"painLevel\":0,\"symptoms\":[],\"language\":\"not a tag\"}")]
        [InlineData("{\"painLevel\":0,\"symptoms\":[],\"requestId\":\"\"}")]
        public void RequestsTheLibraryRefusesTheSchemaRefusesToo(string request)
        {
            Assert.False(TriageJson.ParseAssessment(request).IsValid);
            Assert.False(Fits(Request, request), request);
        }

        [Fact]
        public void EveryResultFitsTheResultSchemaInEveryLanguage()
        {
            var faulty = Triage.CreateBuilder().AddRule(new RunnerBack.Tests.Support.ThrowingRule(RuleKind.Contributor, "contributor.throws")).Build();
            foreach (var (assessment, i) in RunnerBack.Benchmarks.Workloads.Generate(300, seed: 32).Select((a, i) => (a, i)))
            {
                var language = Languages.All[i % Languages.All.Count];
                var result = (i % 7 == 0 ? faulty : Triage.Default).Assess(assessment with { RequestId = "r" + i }, language, i % 2 == 0 ? "GB" : null);
                foreach (var trace in new[] { TraceDetail.All, TraceDetail.FiredOnly, TraceDetail.None })
                {
                    var json = TriageJson.Serialize(result, trace: trace);
                    Assert.True(Fits(Result, json), json);
                }
            }

            Assert.False(Fits(Result, "{\"disposition\":\"later\"}"));
        }

        private static bool Fits(JsonSchema schema, string json)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json);
            }
            catch (JsonException)
            {
                return false;
            }

            using (document)
            {
                return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
            }
        }

        private static JsonSchema Load(string file) => JsonSchema.FromText(File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "docs", "schemas", file)));
    }
}
