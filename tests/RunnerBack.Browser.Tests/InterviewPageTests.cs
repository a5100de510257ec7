using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using RunnerBack.Testing;
using Xunit;

namespace RunnerBack.Browser.Tests
{
    // A scripted runner answers the sample's interview page in headless Chromium (Debian's
    // package; Playwright's own browser download is not reachable here), on a phone-sized screen.
    public sealed class InterviewPageTests : IClassFixture<SampleServer>
    {
        private static readonly string Screenshots = Path.Combine(SampleServer.RepositoryRoot, "artifacts", "browser");

        private readonly SampleServer _server;

        public InterviewPageTests(SampleServer server) => _server = server;

        [Fact]
        public async Task AnEmergencyIsSaidAtOnceWithItsWarningSigns()
        {
            await using var session = await BrowserSession.StartAsync(_server.BaseAddress);
            var page = session.Page;
            var asked = await AnswerUntilDoneAsync(page, new Dictionary<string, string>
            {
                ["painLevel"] = "8",
                ["symptoms"] = "[\"chestPain\",\"breathingDifficulty\"]",
            });

            // Two answers are enough: the engine stops as soon as nothing could lower the answer.
            Assert.Equal(new[] { "painLevel", "symptoms" }, asked);
            Assert.Equal("Emergency", await page.TextContentAsync("#result-disposition"));
            Assert.Equal(TriageTexts.Get("headline.emergency", "en"), await page.TextContentAsync("#result-headline"));
            Assert.Equal("Answer: Emergency", await page.TextContentAsync("#range-label"));
            var warnings = await page.Locator("#result-red-flags li").AllTextContentsAsync();
            Assert.Contains(TriageTexts.Get("redFlag.chestPain.explanation", "en"), warnings);
            Assert.NotEmpty(await page.Locator("#result-todo li").AllTextContentsAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "emergency.png"), FullPage = true });
        }

        // The defect: after ticking symptoms at the bottom of the checklist and pressing Continue on
        // a phone, the result opened scrolled down, "Call emergency services now" off the screen, and
        // focus fell to <body>. No pain at all, too: the checklist is still asked (TRIAGE.md 8.1).
        [Fact]
        public async Task AnEmergencyOpensAtItsHeadlineWithATapToCallButton()
        {
            await using var session = await BrowserSession.StartAsync(_server.BaseAddress);
            var page = session.Page;
            Assert.Equal("GB", await page.InputValueAsync("#region"));
            var asked = await AnswerUntilDoneAsync(page, new Dictionary<string, string>
            {
                ["painLevel"] = "0",
                ["symptoms"] = "[\"bladderOrBowelChange\",\"unsteadyGait\"]",
            });

            Assert.Equal(new[] { "painLevel", "symptoms" }, asked);
            Assert.Equal(TriageTexts.Get("headline.emergency", "en"), await page.TextContentAsync("#result-headline"));
            Assert.Equal("result-headline", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            Assert.True(await InViewportAsync(page, "#result-headline"), "the emergency headline is off the screen");
            Assert.True(await InViewportAsync(page, "#call"), "the call button is off the screen");
            Assert.Equal("tel:999", await page.GetAttributeAsync("#call", "href"));
            Assert.Equal("Call 999 now", await page.TextContentAsync("#call"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "emergency-viewport.png") });

            // Another country, set on the page and kept: the next emergency names its number.
            await page.ClickAsync("#restart");
            await page.FillAsync("#region", "fr");
            await page.DispatchEventAsync("#region", "change");
            await WaitForQuestionAsync(page, "painLevel");
            await AnswerUntilDoneAsync(page, new Dictionary<string, string> { ["painLevel"] = "6", ["symptoms"] = "[\"chestPain\"]" });
            Assert.Equal("tel:15", await page.GetAttributeAsync("#call", "href"));
            await page.ReloadAsync();
            Assert.Equal("FR", await page.InputValueAsync("#region"));
        }

        // Each new question opens at its top with focus on its heading, which a screen reader announces.
        [Fact]
        public async Task EachQuestionTakesTheFocus()
        {
            await using var session = await BrowserSession.StartAsync(_server.BaseAddress);
            var page = session.Page;
            await WaitForQuestionAsync(page, "painLevel");
            await page.ClickAsync("#controls button[data-value='5']");
            await WaitForQuestionAsync(page, "symptoms");
            await page.CheckAsync("#controls input[value='nightPain']");
            await page.ClickAsync("#controls button");
            await page.WaitForFunctionAsync("() => document.getElementById('question').dataset.question !== 'symptoms'");
            Assert.Equal("question-text", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            Assert.True(await InViewportAsync(page, "#question-text"), "the new question is off the screen");
        }

        [Fact]
        public async Task AMildCaseGoesToTheEndAndBackWorks()
        {
            await using var session = await BrowserSession.StartAsync(_server.BaseAddress);
            var page = session.Page;

            // The first question, answered, then taken back: the page asks it again with no answer kept.
            Assert.Equal("painLevel", await CurrentQuestionAsync(page));
            Assert.True(await page.IsDisabledAsync("#back"));
            await page.ClickAsync("#controls button[data-value='5']");
            await WaitForQuestionAsync(page, "symptoms");
            Assert.StartsWith("So far: between", await page.TextContentAsync("#range-label"), StringComparison.Ordinal);
            Assert.False(await page.IsDisabledAsync("#back"));
            await page.ClickAsync("#back");
            await WaitForQuestionAsync(page, "painLevel");
            Assert.True(await page.IsDisabledAsync("#back"));

            var asked = await AnswerUntilDoneAsync(page, new Dictionary<string, string>
            {
                ["painLevel"] = "2",
                ["symptoms"] = "[]",
                ["radiatesTo"] = "[]",
                ["onset"] = "\"gradual\"",
                ["location"] = "\"shoulders\"",
                ["quality"] = "\"tightness\"",
                ["trend"] = "\"improving\"",
                ["timing"] = "\"afterRun\"",
                ["persistsAfterStopping"] = "false",
                ["altersRunningForm"] = "false",
                ["recentTrauma"] = "false",
                ["age"] = "34",
                ["history"] = "[]",
                ["durationDays"] = "2",
                ["selfCareTried"] = "false",
            });

            // A mild case leaves no safety question unasked.
            Assert.Contains("recentTrauma", asked);
            Assert.Contains("history", asked);
            var disposition = await page.TextContentAsync("#result-disposition");
            Assert.Contains(disposition, new[] { "Keep running", "Modify" });
            Assert.Equal("Answer: " + disposition, await page.TextContentAsync("#range-label"));
            Assert.Empty(await page.Locator("#result-red-flags li").AllTextContentsAsync());
            Assert.NotEmpty(await page.Locator("#result-todo li").AllTextContentsAsync());
            Assert.False(string.IsNullOrWhiteSpace(await page.TextContentAsync("#result-headline")));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "mild.png"), FullPage = true });
        }

        private static Task<bool> InViewportAsync(IPage page, string selector) =>
            page.Locator(selector).EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }");

        private static async Task<string> CurrentQuestionAsync(IPage page)
        {
            await page.WaitForFunctionAsync("() => !document.getElementById('question').hidden || !document.getElementById('result').hidden");
            return await page.GetAttributeAsync("#question", "data-question") ?? string.Empty;
        }

        // Waits until the page shows the question with this id; times out (and fails) otherwise.
        private static Task WaitForQuestionAsync(IPage page, string id) =>
            page.WaitForFunctionAsync("id => !document.getElementById('question').hidden && document.getElementById('question').dataset.question === id", id);

        // Answers each question the page shows from the script, by its catalogue id, until the
        // result shows; a question the script does not expect fails the test.
        private static async Task<List<string>> AnswerUntilDoneAsync(IPage page, IReadOnlyDictionary<string, string> script)
        {
            var asked = new List<string>();
            for (var step = 0; step < 40; step++)
            {
                await page.WaitForFunctionAsync("() => !document.getElementById('question').hidden || !document.getElementById('result').hidden");
                if (!await page.IsHiddenAsync("#result"))
                {
                    return asked;
                }

                var id = await page.GetAttributeAsync("#question", "data-question") ?? string.Empty;
                Assert.True(script.TryGetValue(id, out var value), $"The page asked '{id}', which the script has no answer for.");
                asked.Add(id);
                await AnswerAsync(page, value!);
                await page.WaitForFunctionAsync(
                    "previous => !document.getElementById('result').hidden || document.getElementById('question').dataset.question !== previous", id);
            }

            throw new InvalidOperationException("The interview did not end within 40 questions.");
        }

        private static async Task AnswerAsync(IPage page, string value)
        {
            if (value.StartsWith('['))
            {
                foreach (var option in System.Text.Json.JsonSerializer.Deserialize<string[]>(value)!)
                {
                    await page.CheckAsync($"#controls input[value='{option}']");
                }

                await page.ClickAsync("#controls button");
            }
            else if (await page.Locator("#controls input[type=number]").CountAsync() > 0)
            {
                await page.FillAsync("#controls input[type=number]", value);
                await page.ClickAsync("#controls button");
            }
            else
            {
                await page.ClickAsync($"#controls button[data-value='{value}']");
            }
        }
    }
}
