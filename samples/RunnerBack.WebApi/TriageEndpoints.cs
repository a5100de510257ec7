using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RunnerBack.Json;

namespace RunnerBack.WebApi
{
    internal static class TriageEndpoints
    {
        private const string Json = "application/json";

        public static IEndpointRouteBuilder MapTriageEndpoints(this IEndpointRouteBuilder app)
        {
            app.MapPost("/triage", TriageAsync);
            app.MapPost("/interview", InterviewAsync);
            app.MapGet("/questions", (HttpContext http) => Results.Text(InterviewJson.SerializeQuestions(language: AcceptLanguage.Of(http.Request)), Json));
            app.MapGet("/rules", (HttpContext http, ITriageEngine engine) => Results.Text(TriageJson.SerializeRuleCatalogue(engine, language: AcceptLanguage.Of(http.Request)), Json));
            app.MapGet("/health", () => Results.Text("{\"status\":\"healthy\"}", Json));
            return app;
        }

        private static Task<IResult> TriageAsync(HttpContext http, ITriageEngine engine) =>
            WithBodyAsync(http, body =>
            {
                var parsed = TriageJson.ParseAssessment(body);
                if (parsed.Assessment is not { } assessment)
                {
                    return Problems.Invalid(http, parsed.Errors);
                }

                // The request's own language first, then the browser's Accept-Language.
                var result = engine.Assess(assessment, assessment.Language ?? AcceptLanguage.Of(http.Request));

                // Straight into the response pipe: no 16 KB array per request (see docs/performance.md).
                http.Response.ContentType = Json;
                TriageJson.Serialize(result, http.Response.BodyWriter);
                return null;
            });

        private static Task<IResult> InterviewAsync(HttpContext http, ITriageEngine engine) =>
            WithBodyAsync(http, body =>
            {
                var response = InterviewJson.Next(body, engine, AcceptLanguage.Of(http.Request));
                return response.IsValid ? Results.Text(InterviewJson.Serialize(response), Json) : Problems.Invalid(http, response.Errors);
            });

        private delegate IResult? BodyHandler(ReadOnlySpan<byte> body);

        // Reads at most MaxInputBytes + 1 bytes, so an oversized body is refused without buffering
        // it; the handler gives the result, or null when it wrote the response itself.
        private static async Task<IResult> WithBodyAsync(HttpContext http, BodyHandler handle)
        {
            if (http.Request.ContentLength > TriageJson.MaxInputBytes)
            {
                return Problems.TooLarge(http);
            }

            var buffer = ArrayPool<byte>.Shared.Rent(TriageJson.MaxInputBytes + 1);
            try
            {
                var length = 0;
                int read;
                while (length <= TriageJson.MaxInputBytes
                    && (read = await http.Request.Body.ReadAsync(buffer.AsMemory(length, TriageJson.MaxInputBytes + 1 - length), http.RequestAborted)) > 0)
                {
                    length += read;
                }

                if (length > TriageJson.MaxInputBytes)
                {
                    return Problems.TooLarge(http);
                }

                if (handle(new ReadOnlySpan<byte>(buffer, 0, length)) is { } handled)
                {
                    return handled;
                }

                await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
                return Results.Empty;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
