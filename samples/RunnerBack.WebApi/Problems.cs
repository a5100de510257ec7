using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RunnerBack.Json;

namespace RunnerBack.WebApi
{
    // RFC 9457 problem details for invalid requests, with every validation error (path, code,
    // message) in an "errors" extension member. Written with Utf8JsonWriter: no reflection.
    internal static class Problems
    {
        public static IResult Invalid(HttpContext http, IEnumerable<ValidationError> errors) =>
            Write(http, StatusCodes.Status400BadRequest, "urn:runnerback:problem:invalid-assessment", "The assessment is not valid.",
                "The request does not follow the RunnerBack contract; see errors for every problem.", errors);

        public static IResult TooLarge(HttpContext http) =>
            Write(http, StatusCodes.Status413PayloadTooLarge, "urn:runnerback:problem:too-large", "The request is too large.",
                $"Assessments are at most {TriageJson.MaxInputBytes} bytes.",
                new[] { new ValidationError("$", ValidationCodes.TooLarge, $"The input is larger than {TriageJson.MaxInputBytes} bytes.") });

        private static IResult Write(HttpContext http, int status, string type, string title, string detail, IEnumerable<ValidationError> errors)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("type", type);
                json.WriteString("title", title);
                json.WriteNumber("status", status);
                json.WriteString("detail", detail);
                json.WriteString("instance", http.Request.Path.Value);
                TriageJson.WriteErrorsProperty(json, errors);
                json.WriteEndObject();
            }

            return Results.Text(Encoding.UTF8.GetString(buffer.ToArray()), "application/problem+json", Encoding.UTF8, status);
        }
    }
}
