using System;
using System.Linq;
using System.Text.RegularExpressions;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // CONTRACT.md: every document is UTF-8 with letters as themselves; only what JSON requires,
    // control characters and the HTML-sensitive characters may be escaped.
    public sealed class ReadableOutputTests
    {
        // \u escapes of anything but control characters and < > & ' " (and +, which the encoder
        // guards too and no text of ours holds).
        private static readonly Regex NeedlessEscape = new Regex(@"\\u(?!00[01][0-9A-Fa-f]|003[CcEe]|0026|0027|0022|002[Bb])[0-9A-Fa-f]{4}");

        [Theory]
        [InlineData("fr")]
        [InlineData("de")]
        [InlineData("es")]
        [InlineData("pt-BR")]
        public void EveryDocumentWritesItsLettersAsThemselves(string language)
        {
            var assessment = AssessmentSpec.MildAche.Build() with { Language = language };
            var result = Triage.Assess(assessment);
            var documents = new[]
            {
                TriageJson.Serialize(result),
                TriageJson.Serialize(result, indented: true),
                System.Text.Encoding.UTF8.GetString(TriageJson.SerializeToUtf8Bytes(result)),
                InterviewJson.SerializeQuestions(language: language),
                InterviewJson.Serialize(TriageInterview.Default.Next(InterviewAnswers.Empty.With("painLevel", Answer.Of(2)), language: language)),
                TriageJson.SerializeRuleCatalogue(Triage.Default, language: language),
            };
            Assert.All(documents, document =>
            {
                Assert.Contains(document, c => c > 127);
                Assert.DoesNotMatch(NeedlessEscape, document);
            });
        }

        [Fact]
        public void HtmlSensitiveCharactersAndControlCharactersStayEscaped()
        {
            var result = Triage.Assess(AssessmentSpec.MildAche.Build() with { RequestId = "<b>&'\"\u0001é" });
            var json = TriageJson.Serialize(result);
            Assert.Contains("\"requestId\":\"\\u003Cb\\u003E\\u0026\\u0027\\u0022\\u0001é\"", json, StringComparison.Ordinal);
            Assert.Equal(result.RequestId, TriageJson.DeserializeResult(json).RequestId);
        }

        // CONTRACT.md: each entry of whatWouldChange says itself in the runner's words, in the
        // result's language; a stored result read back says it again.
        [Fact]
        public void EachChangeCarriesItsSentenceInTheResultsLanguage()
        {
            var sentences = 0;
            foreach (var language in Languages.All)
            {
                foreach (var spec in new[] { AssessmentSpec.MildAche, AssessmentSpec.MildAche with { PainLevel = 5, Trend = PainTrend.Worsening } })
                {
                    var result = Triage.Assess(spec.Build() with { Language = language });
                    using var document = System.Text.Json.JsonDocument.Parse(TriageJson.Serialize(result));
                    var written = document.RootElement.GetProperty("whatWouldChange").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToArray();
                    Assert.Equal(result.WhatWouldChange.Select(c => c.Text), written);
                    Assert.Equal(written, TriageJson.DeserializeResult(TriageJson.Serialize(result)).WhatWouldChange.Select(c => c.Text));
                    sentences += written.Length;
                }
            }

            Assert.True(sentences >= 2 * Languages.All.Count, sentences.ToString());
        }

        // TriageJson.Serialize(response, indented: true) indents the errors as it does a result.
        [Fact]
        public void IndentedErrorsAreIndented()
        {
            var response = TriageJson.Assess("{\"painLevel\":2,\"requestId\":\"r-é\"}");
            Assert.False(response.IsValid);
            var indented = TriageJson.Serialize(response, indented: true);
            var compact = TriageJson.Serialize(response);
            Assert.Contains("\n", indented, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", compact, StringComparison.Ordinal);
            Assert.Equal(Regex.Replace(indented, @"\n\s*", string.Empty).Replace("\": ", "\":", StringComparison.Ordinal), compact);
            Assert.Contains("\"requestId\":\"r-é\"", compact, StringComparison.Ordinal);
            Assert.Equal(TriageJson.SerializeErrors(response.Errors, response.RequestId), compact);

            var interview = InterviewJson.Next("{\"answers\":{\"painLevel\":11}}");
            Assert.Contains("\n", InterviewJson.Serialize(interview, indented: true), StringComparison.Ordinal);
            Assert.Equal(1, InterviewJson.Serialize(interview).Count(c => c == '\n') + 1);
        }
    }
}
