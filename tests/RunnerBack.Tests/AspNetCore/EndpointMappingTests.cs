using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RunnerBack.Json;
using RunnerBack.Tests.Cli;
using Xunit;

namespace RunnerBack.Tests.AspNetCore
{
    // MapRunnerBack's route group, and the OpenAPI description of what it maps.
    public sealed class EndpointMappingTests
    {
        private sealed record GroupMarker;

        [Fact]
        public async Task TheGroupTakesAPrefixAndItsConventionsReachEveryEndpoint()
        {
            await using var app = await TestApp.StartAsync(prefix: "/api/back", group: g => g.WithMetadata(new GroupMarker()));
            var json = File.ReadAllText(Path.Combine(CliProcess.Samples, "see-professional.json"));
            using var triage = await app.PostAsync("/api/back/triage", json);
            Assert.Equal(HttpStatusCode.OK, triage.StatusCode);
            Assert.Equal(TriageJson.Assess(json).Result, TriageJson.DeserializeResult(await triage.Content.ReadAsStringAsync()));
            using var unprefixed = await app.PostAsync("/triage", json);
            Assert.Equal(HttpStatusCode.NotFound, unprefixed.StatusCode);
            Assert.Equal("Healthy", await app.Client.GetStringAsync("/api/back/health"));
            Assert.Equal(InterviewJson.SerializeQuestions(), await app.Client.GetStringAsync("/api/back/questions"));
            Assert.Equal(TriageJson.SerializeRuleCatalogue(Triage.Default), await app.Client.GetStringAsync("/api/back/rules"));

            // RequireAuthorization, RequireRateLimiting and the like are conventions like this one.
            var endpoints = app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToArray();
            Assert.Equal(
                new[] { "/api/back/emergency-numbers", "/api/back/health", "/api/back/interview", "/api/back/questions", "/api/back/rules", "/api/back/triage" },
                endpoints.Select(e => e.RoutePattern.RawText!).OrderBy(p => p, StringComparer.Ordinal));
            Assert.All(endpoints, e => Assert.NotNull(e.Metadata.GetMetadata<GroupMarker>()));
        }

        // A page shows a tap-to-call button beside an urgent result: the region's numbers, the
        // ambulance's first; none for a region not listed; a 400 for one that is not a country code.
        [Fact]
        public async Task EmergencyNumbersAreGivenByRegion()
        {
            await using var app = await TestApp.StartAsync();
            Assert.Equal("{\"region\":\"GB\",\"numbers\":[\"999\",\"112\"]}", await app.Client.GetStringAsync("/emergency-numbers?region=gb"));
            Assert.Equal("{\"region\":\"FR\",\"numbers\":[\"15\",\"112\"]}", await app.Client.GetStringAsync("/emergency-numbers?region=FR"));
            Assert.Equal("{\"region\":\"ZZ\",\"numbers\":[]}", await app.Client.GetStringAsync("/emergency-numbers?region=ZZ"));
            Assert.Equal("{\"numbers\":[]}", await app.Client.GetStringAsync("/emergency-numbers"));
            using var bad = await app.Client.GetAsync("/emergency-numbers?region=GBR");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("\"path\":\"$.region\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            Assert.Equal(["999", "112"], EmergencyNumbers.For("GB"));
            Assert.Empty(EmergencyNumbers.For(null));
            Assert.Equal("region", Assert.Throws<ArgumentException>(() => EmergencyNumbers.For("1A")).ParamName);
        }

        [Fact]
        public async Task MappingWithoutTheWebRegistrationSaysWhatToCall()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Services.AddRunnerBackTriage();
            await using var app = builder.Build();
            var error = Assert.Throws<InvalidOperationException>(() => app.MapRunnerBack());
            Assert.Contains("AddRunnerBackTriage(builder.Configuration.GetSection(", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task TheOpenApiDocumentDescribesEveryEndpointWithThePublishedSchemasAndValidExamples()
        {
            await using var app = await TestApp.StartAsync(
                services: b => b.Services.AddOpenApi(),
                group: g => ((IEndpointRouteBuilder)g).MapOpenApi());
            var document = JsonNode.Parse(await app.Client.GetStringAsync("/openapi/v1.json"))!;
            var operations = document["paths"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.AsObject().Single().Value!);
            Assert.Equal(new[] { "/emergency-numbers", "/interview", "/questions", "/rules", "/triage" }, operations.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal("#/components/schemas/RunnerBackEmergencyNumbers", (string?)operations["/emergency-numbers"]["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]);

            var triage = operations["/triage"];
            Assert.Equal("RunnerBackTriage", (string?)triage["operationId"]);
            Assert.Equal("#/components/schemas/RunnerBackAssessmentRequest", (string?)triage["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]);
            Assert.Equal("#/components/schemas/RunnerBackTriageResult", (string?)triage["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]);
            foreach (var status in new[] { "400", "413", "415" })
            {
                Assert.Equal("#/components/schemas/HttpValidationProblemDetails", (string?)triage["responses"]![status]!["content"]!["application/problem+json"]!["schema"]!["$ref"]);
                Assert.NotNull(operations["/interview"]["responses"]![status]);
            }

            Assert.Equal("#/components/schemas/RunnerBackInterviewStep", (string?)operations["/interview"]["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]);

            // The components are the published schema files, and the examples fit them.
            var schemas = document["components"]!["schemas"]!;
            foreach (var (component, file, schema) in new[] { ("RunnerBackAssessmentRequest", "assessment-request", Json.JsonSchemaTests.Request), ("RunnerBackTriageResult", "triage-result", Json.JsonSchemaTests.Result) })
            {
                var published = JsonNode.Parse(File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "docs", "schemas", file + ".schema.json")))!;
                Assert.Equal(
                    published["properties"]!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal),
                    schemas[component]!["properties"]!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));
                var example = (component == "RunnerBackAssessmentRequest" ? triage["requestBody"]!["content"]!["application/json"]! : triage["responses"]!["200"]!["content"]!["application/json"]!)["example"]!;
                var verdict = schema.Evaluate(JsonDocument.Parse(example.ToJsonString()).RootElement);
                Assert.True(verdict.IsValid, component + " example does not fit its schema");
            }
        }
    }
}
