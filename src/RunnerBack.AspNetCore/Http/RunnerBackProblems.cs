using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using RunnerBack.AspNetCore.Diagnostics;
using RunnerBack.Json;

namespace RunnerBack.AspNetCore.Http
{
    // RFC 9457 problem details through the app's IProblemDetailsService, so an app's own
    // customisation (AddProblemDetails(o => o.CustomizeProblemDetails = ...)) applies to ours too.
    // Each carries the HttpValidationProblemDetails "errors" map (path -> messages) that ASP.NET
    // clients parse, RunnerBack's "validationErrors" list with stable codes, and "traceId".
    internal sealed class RunnerBackProblems
    {
        private const string TypePrefix = "urn:runnerback:problem:";

        private readonly IProblemDetailsService _writer;
        private readonly RunnerBackTelemetry _telemetry;

        public RunnerBackProblems(IProblemDetailsService writer, RunnerBackTelemetry telemetry)
        {
            _writer = writer;
            _telemetry = telemetry;
        }

        public ValueTask InvalidAsync(HttpContext http, IReadOnlyList<ValidationError> errors, string? requestId) =>
            WriteAsync(http, StatusCodes.Status400BadRequest, "invalid-request", "The request is not valid.",
                "The request does not follow the RunnerBack contract (docs/json.md); validationErrors lists every problem.", errors, requestId);

        // A body that could not be read: not JSON, too large, truncated or too slow.
        public ValueTask RefuseAsync(HttpContext http, in RequestBody body) => body.Status switch
        {
            BodyStatus.NotJson => WriteAsync(http, StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "The request is not JSON.",
                "Send the request as JSON, with Content-Type: application/json.",
                One(WebErrorCodes.UnsupportedMediaType, "The Content-Type is not application/json (it is '" + (http.Request.ContentType ?? "missing") + "').")),
            BodyStatus.TooLarge => WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "too-large", "The request is too large.",
                $"Requests are at most {TriageJson.MaxInputBytes} bytes.",
                One(ValidationCodes.TooLarge, $"The input is larger than {TriageJson.MaxInputBytes} bytes.")),
            _ => WriteAsync(http, body.StatusCode, "unreadable-body", "The request body could not be read.",
                "The body ended early, arrived too slowly or was malformed HTTP; nothing was triaged.",
                One(WebErrorCodes.UnreadableBody, "The request body could not be read to its end.")),
        };

        private static ValidationError[] One(string code, string message) => new[] { new ValidationError("$", code, message) };

        private async ValueTask WriteAsync(HttpContext http, int status, string type, string title, string detail, IReadOnlyList<ValidationError> errors, string? requestId = null)
        {
            _telemetry.Refused(status, errors);
            var map = new Dictionary<string, string[]>(System.StringComparer.Ordinal);
            foreach (var error in errors)
            {
                map[error.Path] = map.TryGetValue(error.Path, out var messages) ? [.. messages, error.Message] : [error.Message];
            }

            var problem = new HttpValidationProblemDetails(map)
            {
                Type = TypePrefix + type,
                Title = title,
                Status = status,
                Detail = detail,
                Instance = http.Request.Path.Value,
            };
            problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
            problem.Extensions["validationErrors"] = ErrorList(errors);
            if (requestId is not null)
            {
                problem.Extensions["requestId"] = requestId;
            }

            http.Response.StatusCode = status;
            if (!await _writer.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }).ConfigureAwait(false))
            {
                // The client accepts no JSON (Accept: text/html, say): the status and a line still say what happened.
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync(title + " " + detail, http.RequestAborted).ConfigureAwait(false);
            }
        }

        // A JsonElement, not a list of records: it serializes with any JSON options, reflection or not.
        private static JsonElement ErrorList(IReadOnlyList<ValidationError> errors)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                TriageJson.WriteErrorsProperty(json, errors);
                json.WriteEndObject();
            }

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            return document.RootElement.GetProperty("errors").Clone();
        }
    }
}
