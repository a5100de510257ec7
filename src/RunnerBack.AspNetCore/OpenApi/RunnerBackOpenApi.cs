using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using RunnerBack.Json;

namespace RunnerBack.AspNetCore.OpenApi
{
    // The OpenAPI description of MapRunnerBack's endpoints, for apps that call AddOpenApi(): the
    // request and result shapes come from the package's JSON Schemas (docs/schemas), the same files
    // clients validate with, so the OpenAPI document and the schemas cannot drift apart; the
    // interview, catalogue and rule shapes from OpenApi/shapes.json; problem shapes from ASP.NET.
    internal static class RunnerBackOpenApi
    {
        public const string Triage = "RunnerBackTriage";
        public const string Interview = "RunnerBackInterview";
        public const string Questions = "RunnerBackQuestions";
        public const string Rules = "RunnerBackRules";
        public const string EmergencyNumbers = "RunnerBackEmergencyNumbers";

        private const string Json = "application/json";

        public static void Register(IServiceCollection services) =>
            services.ConfigureAll<OpenApiOptions>(options => options.AddDocumentTransformer(DescribeAsync));

        private static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            if (document.Paths is null || !HasRunnerBackOperation(document))
            {
                return Task.CompletedTask;
            }

            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
            var schemas = document.Components.Schemas;
            schemas["RunnerBackAssessmentRequest"] = Parse(Schema("assessment-request.schema.json"), document);
            schemas["RunnerBackTriageResult"] = Parse(Schema("triage-result.schema.json"), document);
            var shapes = JsonNode.Parse(BundledExamples.Read("shapes.json"))!.AsObject();
            schemas["RunnerBackDispositionRange"] = Parse(shapes["dispositionRange"]!, document);
            schemas["RunnerBackQuestion"] = Parse(shapes["question"]!, document);
            schemas["RunnerBackInterviewRequest"] = Parse(shapes["interviewRequest"]!, document);
            schemas["RunnerBackInterviewStep"] = Parse(shapes["interviewStep"]!, document);
            schemas["RunnerBackQuestions"] = Parse(shapes["questions"]!, document);
            schemas["RunnerBackRules"] = Parse(shapes["rules"]!, document);
            schemas["RunnerBackEmergencyNumbers"] = Parse(shapes["emergencyNumbers"]!, document);

            var request = JsonNode.Parse(BundledExamples.SeeProfessional);
            var result = JsonNode.Parse(TriageJson.Serialize(TriageJson.Assess(BundledExamples.SeeProfessional).Result!));
            foreach (var path in document.Paths.Values)
            {
                if (path.Operations is null)
                {
                    continue;
                }

                foreach (var operation in path.Operations.Values)
                {
                    switch (operation.OperationId)
                    {
                        case Triage:
                            Describe(operation, document, "RunnerBackAssessmentRequest", request, "RunnerBackTriageResult", result, "The triage result.");
                            break;
                        case Interview:
                            Describe(operation, document, "RunnerBackInterviewRequest", JsonNode.Parse("{\"answers\":{\"painLevel\":8,\"quality\":\"sharp\",\"location\":\"midBack\"}}"),
                                "RunnerBackInterviewStep", null, "The next question, or the result when status is done.");
                            break;
                        case Questions:
                            Describe(operation, document, null, null, "RunnerBackQuestions", null, "The question catalogue.");
                            break;
                        case Rules:
                            Describe(operation, document, null, null, "RunnerBackRules", null, "The rule catalogue.");
                            break;
                        case EmergencyNumbers:
                            Describe(operation, document, null, null, "RunnerBackEmergencyNumbers", JsonNode.Parse("{\"region\":\"GB\",\"numbers\":[\"999\",\"112\"]}"), "The numbers, the one for an ambulance first; none for a region not listed.");
                            break;
                    }
                }
            }

            return Task.CompletedTask;
        }

        private static bool HasRunnerBackOperation(OpenApiDocument document)
        {
            foreach (var path in document.Paths.Values)
            {
                foreach (var operation in path.Operations?.Values ?? (IEnumerable<OpenApiOperation>)Array.Empty<OpenApiOperation>())
                {
                    if (operation.OperationId is Triage or Interview or Questions or Rules or EmergencyNumbers)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static void Describe(OpenApiOperation operation, OpenApiDocument document, string? requestSchema, JsonNode? requestExample, string responseSchema, JsonNode? responseExample, string responseDescription)
        {
            if (requestSchema is not null)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                    {
                        [Json] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(requestSchema, document), Example = requestExample },
                    },
                };
            }

            operation.Responses ??= new OpenApiResponses();
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = responseDescription,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    [Json] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(responseSchema, document), Example = responseExample },
                },
            };
        }

        private static JsonNode Schema(string name) => JsonNode.Parse(BundledExamples.Schema(name))!;

        // A JSON Schema 2020-12 is an OpenAPI 3.1 schema; its document-level keywords stay behind.
        private static IOpenApiSchema Parse(JsonNode schema, OpenApiDocument document)
        {
            var copy = schema.DeepClone().AsObject();
            copy.Remove("$schema");
            copy.Remove("$id");
            var parsed = OpenApiModelFactory.Parse<OpenApiSchema>(copy.ToJsonString(), OpenApiSpecVersion.OpenApi3_1, document, out var diagnostic, "json");
            if (parsed is null || diagnostic?.Errors.Count > 0)
            {
                throw new InvalidDataException("RunnerBack's embedded schema is not a valid OpenAPI 3.1 schema: " + string.Join("; ", diagnostic?.Errors ?? new List<OpenApiError>()));
            }

            return parsed;
        }
    }
}
