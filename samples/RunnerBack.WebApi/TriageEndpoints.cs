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
            app.MapGet("/rules", (ITriageEngine engine) => Results.Text(TriageJson.SerializeRuleCatalogue(engine), Json));
            app.MapGet("/health", () => Results.Text("{\"status\":\"healthy\"}", Json));
            return app;
        }

        // Reads at most MaxInputBytes + 1 bytes, so an oversized body is refused without buffering it.
        private static async Task<IResult> TriageAsync(HttpContext http, ITriageEngine engine)
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

                var response = TriageJson.Assess(new ReadOnlySpan<byte>(buffer, 0, length), engine);
                if (response.Result is not { } result)
                {
                    return Problems.Invalid(http, response.Errors);
                }

                // Straight into the response pipe: no 16 KB array per request (see docs/performance.md).
                http.Response.ContentType = Json;
                TriageJson.Serialize(result, http.Response.BodyWriter);
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
