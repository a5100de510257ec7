using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using RunnerBack.Json;
using Xunit;

namespace RunnerBack.Tests.AspNetCore
{
    // Refusals as RFC 9457 problem details: the errors map ASP.NET clients parse, RunnerBack's list
    // with codes, and a trace id; never a triage result, never a 500.
    public sealed class ProblemDetailsTests
    {
        [Fact]
        public async Task AnInvalidRequestGetsTheErrorsMapTheCodedListAndATraceId()
        {
            await using var app = await TestApp.StartAsync();
            using var response = await app.PostAsync("/triage", "{\"requestId\":\"r-17\",\"painLevel\":2,\"quality\":\"zap\",\"runner\":{\"age\":3}}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.Equal("urn:runnerback:problem:invalid-request", problem.GetProperty("type").GetString());
            Assert.Equal("/triage", problem.GetProperty("instance").GetString());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
            Assert.Equal("r-17", problem.GetProperty("requestId").GetString());

            var list = problem.GetProperty("validationErrors").EnumerateArray().Select(e => (Path: e.GetProperty("path").GetString()!, Code: e.GetProperty("code").GetString()!, Message: e.GetProperty("message").GetString()!)).ToArray();
            var expected = TriageJson.ParseAssessment("{\"requestId\":\"r-17\",\"painLevel\":2,\"quality\":\"zap\",\"runner\":{\"age\":3}}").Errors;
            Assert.Equal(expected.Select(e => (e.Path, e.Code, e.Message)), list);

            // The map has one key per path, each with that path's messages in order.
            var map = problem.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()).ToArray());
            Assert.Equal(expected.Select(e => e.Path).Distinct(), map.Keys);
            Assert.All(expected.GroupBy(e => e.Path), g => Assert.Equal(g.Select(e => e.Message), map[g.Key]));
            Assert.Contains("$.quality", map.Keys);
        }

        [Theory]
        [InlineData("text/plain")]
        [InlineData("application/x-www-form-urlencoded")]
        [InlineData(null)]
        public async Task ABodyThatIsNotJsonIs415(string? contentType)
        {
            await using var app = await TestApp.StartAsync();
            foreach (var path in new[] { "/triage", "/interview" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"painLevel\":0,\"symptoms\":[]}")) };
                if (contentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }

                using var response = await app.Client.SendAsync(request);
                Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
                var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                Assert.Equal("unsupportedMediaType", problem.GetProperty("validationErrors")[0].GetProperty("code").GetString());
            }
        }

        [Fact]
        public async Task JsonWithACharsetOrAPlusJsonTypeIsJson()
        {
            await using var app = await TestApp.StartAsync();
            using var charset = await app.PostAsync("/triage", "{\"painLevel\":0,\"symptoms\":[]}", "application/json");
            using var suffixed = await app.PostAsync("/triage", "{\"painLevel\":0,\"symptoms\":[]}", "application/vnd.runnerback+json");
            Assert.Equal(HttpStatusCode.OK, charset.StatusCode);
            Assert.Equal(HttpStatusCode.OK, suffixed.StatusCode);
        }

        [Trait("Hazard", "H14")]
        [Fact]
        public async Task AnOversizedBodyIs413WhetherOrNotItSaysItsLength()
        {
            await using var app = await TestApp.StartAsync();
            var json = "{\"painLevel\":0,\"symptoms\":[],\"x\":\"" + new string('a', TriageJson.MaxInputBytes) + "\"}";
            foreach (var path in new[] { "/triage", "/interview" })
            {
                using var announced = await app.PostAsync(path, json);
                Assert.Equal(HttpStatusCode.RequestEntityTooLarge, announced.StatusCode);
                Assert.Contains("tooLarge", await announced.Content.ReadAsStringAsync(), StringComparison.Ordinal);

                // A stream of unknown length: read until one byte past the limit, then refused.
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(json))) };
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                using var unannounced = await app.Client.SendAsync(request);
                Assert.Null(request.Content.Headers.ContentLength);
                Assert.Equal(HttpStatusCode.RequestEntityTooLarge, unannounced.StatusCode);
            }
        }

        [Trait("Hazard", "H14")]
        [Fact]
        public async Task MalformedJsonOnEitherEndpointIsA400NotA500()
        {
            await using var app = await TestApp.StartAsync();
            foreach (var body in new[] { "", "{", "[1,2]", "{\"answers\":", "\u00ff\u00fe", "null", "{\"painLevel\":1e400}" })
            {
                foreach (var path in new[] { "/triage", "/interview" })
                {
                    using var response = await app.PostAsync(path, body);
                    Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} with '{body}' gave {(int)response.StatusCode}");
                    Assert.NotEmpty(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("validationErrors").EnumerateArray());
                }
            }
        }

        // A request body whose length the client does not know, so it is sent without Content-Length.
        private sealed class UnknownLengthStream : System.IO.MemoryStream
        {
            public UnknownLengthStream(byte[] bytes)
                : base(bytes)
            {
            }

            public override bool CanSeek => false;
        }
    }
}
