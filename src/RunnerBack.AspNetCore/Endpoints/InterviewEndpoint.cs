using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using RunnerBack.AspNetCore.Diagnostics;
using RunnerBack.AspNetCore.Http;
using RunnerBack.Json;

namespace RunnerBack.AspNetCore.Endpoints
{
    // POST /interview: the answers so far in, the next question or the result out (docs/json.md, Interview).
    internal static class InterviewEndpoint
    {
        public static async Task HandleAsync(HttpContext http, ITriageEngine engine, RunnerBackTelemetry telemetry, RunnerBackProblems problems)
        {
            using var body = await RequestBody.ReadAsync(http).ConfigureAwait(false);
            if (body.Status != BodyStatus.Read)
            {
                await TriageEndpoint.RefuseAsync(http, body, telemetry, problems).ConfigureAwait(false);
                return;
            }

            using var activity = RunnerBackTelemetry.StartInterview();
            var response = InterviewJson.Next(body.Bytes, engine, AcceptLanguage.Of(http.Request));
            if (response.Step is not { } step)
            {
                await problems.InvalidAsync(http, response.Errors, requestId: null).ConfigureAwait(false);
                return;
            }

            telemetry.InterviewStep(activity, step);
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(InterviewJson.Serialize(step), http.RequestAborted).ConfigureAwait(false);
        }
    }
}
