using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using RunnerBack.AspNetCore.Diagnostics;
using RunnerBack.AspNetCore.Http;
using RunnerBack.Json;

namespace RunnerBack.AspNetCore.Endpoints
{
    // POST /triage: the docs/json.md request in, the result out (200), or problem details (400, 413, 415).
    internal static class TriageEndpoint
    {
        public static async Task HandleAsync(HttpContext http, ITriageEngine engine, RunnerBackTelemetry telemetry, RunnerBackProblems problems)
        {
            using var body = await RequestBody.ReadAsync(http).ConfigureAwait(false);
            if (body.Status != BodyStatus.Read)
            {
                await RefuseAsync(http, body, telemetry, problems).ConfigureAwait(false);
                return;
            }

            using var activity = RunnerBackTelemetry.StartTriage();
            var parsed = TriageJson.ParseAssessment(body.Bytes);
            if (parsed.Assessment is not { } assessment)
            {
                await problems.InvalidAsync(http, parsed.Errors, parsed.RequestId).ConfigureAwait(false);
                return;
            }

            var started = Stopwatch.GetTimestamp();

            // The request's own language first, then the browser's Accept-Language, then the engine's.
            var result = engine.Assess(assessment, assessment.Language ?? AcceptLanguage.Of(http.Request));
            telemetry.Assessed(activity, result, started);

            // Straight into the response pipe: no 16 KB array per request (docs/performance.md).
            http.Response.ContentType = "application/json";
            TriageJson.Serialize(result, http.Response.BodyWriter);
            await http.Response.BodyWriter.FlushAsync(http.RequestAborted).ConfigureAwait(false);
        }

        // Shared by both POST endpoints: an aborted request gets no answer, any other refusal its problem.
        internal static ValueTask RefuseAsync(HttpContext http, in RequestBody body, RunnerBackTelemetry telemetry, RunnerBackProblems problems)
        {
            if (body.Status == BodyStatus.Aborted)
            {
                Log.RequestAborted(telemetry.Logger);
                return ValueTask.CompletedTask;
            }

            return problems.RefuseAsync(http, body);
        }
    }
}
