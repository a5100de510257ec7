using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RunnerBack.AspNetCore.Diagnostics;
using RunnerBack.AspNetCore.Endpoints;
using RunnerBack.AspNetCore.Health;
using RunnerBack.AspNetCore.OpenApi;

namespace Microsoft.AspNetCore.Builder
{
    /// <summary>Maps RunnerBack's endpoints into an ASP.NET Core app.</summary>
    public static class RunnerBackEndpointRouteBuilderExtensions
    {
        /// <summary>
        /// Maps <c>POST /triage</c>, <c>POST /interview</c>, <c>GET /questions</c>, <c>GET /rules</c>,
        /// <c>GET /emergency-numbers</c> and <c>GET /health</c> under <paramref name="prefix"/>, as one route group.
        /// </summary>
        /// <param name="endpoints">The app.</param>
        /// <param name="prefix">The group's route prefix (<c>/api/back</c>, say); empty for the root.</param>
        /// <returns>The group, for <c>RequireAuthorization()</c>, <c>RequireRateLimiting(...)</c>, CORS and the like; they apply to every endpoint.</returns>
        /// <remarks>docs/aspnetcore.md lists the endpoints, their status codes and their problem details.</remarks>
        /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> or <paramref name="prefix"/> is null.</exception>
        /// <exception cref="InvalidOperationException"><c>services.AddRunnerBackTriage(configuration)</c> was not called.</exception>
        public static RouteGroupBuilder MapRunnerBack(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string prefix = "")
        {
            ArgumentNullException.ThrowIfNull(endpoints);
            ArgumentNullException.ThrowIfNull(prefix);
            if (endpoints.ServiceProvider.GetService<RunnerBackTelemetry>() is null)
            {
                throw new InvalidOperationException(
                    "MapRunnerBack needs the services of builder.Services.AddRunnerBackTriage(builder.Configuration.GetSection(\"RunnerBack\")) from the RunnerBack.AspNetCore package; "
                    + "the AddRunnerBackTriage() of the core package registers only the engine.");
            }

            var group = endpoints.MapGroup(prefix).WithTags("RunnerBack");
            group.MapPost("/triage", TriageEndpoint.HandleAsync)
                .WithSummary("Triage an assessment")
                .WithDescription("The assessment request of docs/json.md in, the triage result out. Every safety question must be answered (or answered notSure).")
                .WithName(RunnerBackOpenApi.Triage)
                .ProducesRefusals();
            group.MapPost("/interview", InterviewEndpoint.HandleAsync)
                .WithSummary("The next interview step")
                .WithDescription("The answers so far in; the next question with the disposition range so far, or the result once the answer is certain.")
                .WithName(RunnerBackOpenApi.Interview)
                .ProducesRefusals();
            group.MapGet("/questions", CatalogueEndpoints.Questions)
                .WithSummary("The question catalogue, in the Accept-Language's language")
                .WithName(RunnerBackOpenApi.Questions);
            group.MapGet("/rules", CatalogueEndpoints.Rules)
                .WithSummary("The engine's rules, each with its id, description and source")
                .WithName(RunnerBackOpenApi.Rules);
            group.MapGet("/emergency-numbers", EmergencyNumbersEndpoint.HandleAsync)
                .WithSummary("The numbers to call for an ambulance in a region (?region=GB), for a tap-to-call button")
                .WithName(RunnerBackOpenApi.EmergencyNumbers)
                .ProducesValidationProblem(StatusCodes.Status400BadRequest);
            group.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Tags.Contains(TriageHealthCheck.Name) })
                .WithName("RunnerBackHealth");
            return group;
        }

        // The problem responses of both POST endpoints (the 200 body is described by RunnerBackOpenApi).
        private static RouteHandlerBuilder ProducesRefusals(this RouteHandlerBuilder endpoint) => endpoint
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem(StatusCodes.Status415UnsupportedMediaType);
    }
}
