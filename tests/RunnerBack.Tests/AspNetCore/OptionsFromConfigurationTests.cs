using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RunnerBack.Json;
using RunnerBack.Tests.Cli;
using Xunit;

namespace RunnerBack.Tests.AspNetCore
{
    // TriageOptions bound from a configuration section and checked when the app starts.
    public sealed class OptionsFromConfigurationTests
    {
        [Fact]
        public async Task OptionsInConfigurationReachTheEngineAndItsAnswers()
        {
            var settings = new Dictionary<string, string?> { ["RunnerBack:StopPainLevel"] = "3", ["RunnerBack:Language"] = "de", ["RunnerBack:FaultPolicy"] = "FailSafe" };
            await using var app = await TestApp.StartAsync(settings);
            var engine = app.App.Services.GetRequiredService<ITriageEngine>();
            Assert.Equal(3, engine.Options.StopPainLevel);
            Assert.Equal("de", engine.Options.Language);

            // Pain 3 is below the default stop level of 4, and at the configured one.
            var json = File.ReadAllText(Path.Combine(CliProcess.Samples, "run-with-modifications.json"));
            Assert.Equal(Disposition.RunWithModifications, TriageJson.Assess(json).Result!.Disposition);
            using var response = await app.PostAsync("/triage", json);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var result = TriageJson.DeserializeResult(await response.Content.ReadAsStringAsync());
            Assert.Equal(Disposition.StopAndRest, result.Disposition);
            Assert.Equal("de", result.Language);
            Assert.Equal(Triage.CreateBuilder().ConfigureOptions(o => o with { StopPainLevel = 3, Language = "de" }).Build().RuleSetVersion, result.RuleSetVersion);
        }

        // A new TriageOptions property must be readable from configuration too, not silently ignored.
        [Fact]
        public void EveryOptionCanBeSetFromConfiguration()
        {
            var properties = typeof(TriageOptions).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
                .Where(p => p.SetMethod is not null).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(properties, OptionTable.All.Select(o => o.Name).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public async Task AnEmptySectionMeansTheDefaults()
        {
            await using var app = await TestApp.StartAsync();
            Assert.Equal(TriageOptions.Default, app.App.Services.GetRequiredService<ITriageEngine>().Options);
            Assert.Equal(Triage.RuleSetVersion, app.App.Services.GetRequiredService<TriageEngine>().RuleSetVersion);
        }

        [Theory]
        [InlineData("RunnerBack:StopPainLevel", "0", "stopPainLevel")]
        [InlineData("RunnerBack:SeverePainLevel", "2", "severePainLevel")]
        [InlineData("RunnerBack:Language", "not a tag", "language")]
        public async Task AnOptionOutOfRangeStopsTheAppAtStartUp(string key, string value, string named)
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(new Dictionary<string, string?> { [key] = value }));
            Assert.Contains(named, error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("RunnerBack:StopPainLvl", "3", "StopPainLvl")]
        [InlineData("RunnerBack:StopPainLevel", "four", "StopPainLevel")]
        [InlineData("RunnerBack:FaultPolicy", "Ignore", "FaultPolicy")]
        public async Task AMisspeltKeyOrAValueOfTheWrongKindStopsTheAppAtStartUp(string key, string value, string named)
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(new Dictionary<string, string?> { [key] = value }));
            Assert.Contains(named, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task EveryProblemInTheSectionIsNamedAtOnce()
        {
            var settings = new Dictionary<string, string?> { ["RunnerBack:StopPainLevel"] = "0", ["RunnerBack:Colour"] = "red", ["RunnerBack:ShoeReplacementKm"] = "far" };
            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(settings));
            Assert.Equal(3, error.Failures.Count());
            Assert.Contains(error.Failures, f => f.Contains("RunnerBack:Colour", StringComparison.Ordinal));
            Assert.Contains(error.Failures, f => f.Contains("RunnerBack:ShoeReplacementKm", StringComparison.Ordinal));
            Assert.Contains(error.Failures, f => f.Contains("stopPainLevel", StringComparison.Ordinal));
        }

        [Fact]
        public async Task TheEngineIsBuiltAtStartUpSoABrokenPipelineStopsTheApp()
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => TestApp.StartAsync(configure: b => b.RemoveRule("no.such.rule")));
            Assert.Contains("no.such.rule", error.Message, StringComparison.Ordinal);
        }
    }
}
