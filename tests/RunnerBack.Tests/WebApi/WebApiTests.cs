using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using RunnerBack.Json;
using RunnerBack.Tests.Cli;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.WebApi
{
    // The web sample over real HTTP on a loopback port.
    public sealed class WebApiTests : IClassFixture<WebApiServer>
    {
        private readonly HttpClient _client;

        public WebApiTests(WebApiServer server) => _client = server.Client;

        [Fact]
        public async Task TheQuestionsAndTheInterviewAreServed()
        {
            Assert.Equal(InterviewJson.SerializeQuestions(), await _client.GetStringAsync("/questions"));
            const string request = "{\"answers\":{\"painLevel\":8,\"quality\":\"sharp\",\"location\":\"midBack\"}}";
            using var response = await _client.PostAsync("/interview", new StringContent(request, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(InterviewJson.Serialize(InterviewJson.Next(request)), await response.Content.ReadAsStringAsync());
            using var invalid = await _client.PostAsync("/interview", new StringContent("{\"answers\":{\"onset\":null}}", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("$.answers.onset", problem.GetProperty("validationErrors")[0].GetProperty("path").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty("$.answers.onset", out _));
        }

        [Fact]
        public async Task AValidRequestGetsTheEnginesResult()
        {
            var json = File.ReadAllText(Path.Combine(CliProcess.Samples, "see-professional.json"));
            using var response = await _client.PostAsync("/triage", new StringContent(json, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            var result = TriageJson.DeserializeResult(await response.Content.ReadAsStringAsync());
            Assert.Equal(TriageJson.Assess(json).Result, result);
            Assert.Equal(Disposition.SeeProfessional, result.Disposition);
        }

        // A browser's Accept-Language chooses the language when the request names none; the
        // request's own language comes first.
        [Fact]
        public async Task AcceptLanguageChoosesTheLanguage()
        {
            var json = File.ReadAllText(Path.Combine(CliProcess.Samples, "see-professional.json"));
            using var german = new HttpRequestMessage(HttpMethod.Post, "/triage") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            german.Headers.Add("Accept-Language", "ja;q=1, de-CH;q=0.9, en;q=0.5");
            using var response = await _client.SendAsync(german);
            var result = TriageJson.DeserializeResult(await response.Content.ReadAsStringAsync());
            Assert.Equal("de", result.Language);
            Assert.Equal(TriageTexts.Get("headline.seeProfessional", "de"), result.Headline);

            using var spanish = new HttpRequestMessage(HttpMethod.Post, "/triage") { Content = new StringContent("{\"language\":\"es\"," + json.TrimStart().Substring(1), Encoding.UTF8, "application/json") };
            spanish.Headers.Add("Accept-Language", "de");
            using var ownLanguage = await _client.SendAsync(spanish);
            Assert.Equal("es", TriageJson.DeserializeResult(await ownLanguage.Content.ReadAsStringAsync()).Language);

            using var questions = new HttpRequestMessage(HttpMethod.Get, "/questions");
            questions.Headers.Add("Accept-Language", "fr");
            Assert.Equal(InterviewJson.SerializeQuestions(language: "fr"), await (await _client.SendAsync(questions)).Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task InvalidInputGetsProblemDetailsListingEveryError()
        {
            using var response = await _client.PostAsync("/triage", new StringContent("{\"painLevel\":2,\"quality\":\"zap\",\"runner\":{\"age\":3},\"mood\":1}", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.Equal("/triage", problem.GetProperty("instance").GetString());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
            var errors = problem.GetProperty("validationErrors").EnumerateArray().Select(e => e.GetProperty("path").GetString() + " " + e.GetProperty("code").GetString());
            Assert.Equal(
                new[]
                {
                    "$.quality unknownValue", "$.runner.age outOfRange", "$.mood unknownProperty", "$.location required", "$.radiatesTo required", "$.trend required",
                    "$.onset required", "$.timing required", "$.persistsAfterStopping required", "$.altersRunningForm required", "$.durationDays required",
                    "$.selfCareTried required", "$.recentTrauma required", "$.symptoms required", "$.runner.history required",
                },
                errors);
        }

        [Fact]
        public async Task MalformedJsonIsA400Too()
        {
            using var response = await _client.PostAsync("/triage", new StringContent("{\"painLevel\":", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("malformedJson", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task AnOversizedRequestIsRefused()
        {
            var json = "{\"painLevel\":0,\"symptoms\":[],\"x\":\"" + new string('a', TriageJson.MaxInputBytes) + "\"}";
            using var response = await _client.PostAsync("/triage", new StringContent(json, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("tooLarge", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // Without a Content-Length (chunked), the body is cut off at the limit all the same.
            var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
            chunked.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/triage") { Content = chunked };
            request.Headers.TransferEncodingChunked = true;
            using var chunkedResponse = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunkedResponse.StatusCode);
        }

        [Fact]
        public async Task ConcurrentRequestsAllGetTheirOwnCorrectAnswer()
        {
            var specs = FsCheck.Fluent.Gen.Sample(Support.Generators.Assessment, 200).Select(s => s.Build()).ToArray();
            var answers = await Task.WhenAll(specs.Select(async assessment =>
            {
                using var response = await _client.PostAsync("/triage", new StringContent(TriageJson.Serialize(assessment), Encoding.UTF8, "application/json"));
                return (assessment, response.StatusCode, body: await response.Content.ReadAsStringAsync());
            }));
            Assert.All(answers, a =>
            {
                Assert.Equal(HttpStatusCode.OK, a.StatusCode);
                Assert.Equal(Triage.Assess(a.assessment), TriageJson.DeserializeResult(a.body));
            });
        }

        [Fact]
        public async Task RulesListsTheCatalogue()
        {
            var catalogue = await _client.GetStringAsync("/rules");
            Assert.DoesNotMatch(RunnerBack.Tests.Rules.RuleMetadataTests.SeedFileName, catalogue);
            var rules = JsonDocument.Parse(catalogue).RootElement.GetProperty("rules").EnumerateArray().ToArray();
            Assert.Equal(Triage.Default.Rules.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        }

        [Fact]
        public async Task HealthIsOk()
        {
            using var response = await _client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }
}
