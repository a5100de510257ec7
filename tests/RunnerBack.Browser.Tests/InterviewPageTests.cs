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
