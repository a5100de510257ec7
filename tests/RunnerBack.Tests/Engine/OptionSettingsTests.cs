using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // TriageOptions.FromSettings: options from text, as a configuration file holds them, read by the
    // one table that also validates them and writes the engine's fingerprint.
    public sealed class OptionSettingsTests
    {
        private static TriageOptions Read(out IReadOnlyList<string> problems, params (string Key, string? Value)[] settings) =>
            TriageOptions.FromSettings(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)), out problems);

        [Fact]
        public void EveryOptionReadsFromItsText()
        {
            var options = Read(
                out var problems,
                ("StopPainLevel", "3"), ("severepainlevel", "8"), ("App:RunnerBack:PersistentDaysWithSelfCare", "10"), ("PersistentDaysWithoutSelfCare", "30"),
                ("ProlongedSittingHours", "7.5"), ("ShoeReplacementKm", "650.25"), ("FaultPolicy", "throw"), ("Language", "pt-BR"), ("Region", "FR"));
            Assert.Empty(problems);
            Assert.Equal(
                new TriageOptions
                {
                    StopPainLevel = 3, SeverePainLevel = 8, PersistentDaysWithSelfCare = 10, PersistentDaysWithoutSelfCare = 30,
                    ProlongedSittingHours = 7.5, ShoeReplacementKm = 650.25, FaultPolicy = FaultPolicy.Throw, Language = "pt-BR", Region = "FR",
                },
                options);
            Assert.Equal(TriageOptions.Default, Read(out var none));
            Assert.Empty(none);
            Assert.Null(Read(out _, ("Region", "")).Region);
        }

        [Fact]
        public void EveryProblemIsNamedWithItsKey()
        {
            Read(
                out var problems,
                ("RunnerBack:Colour", "red"), ("RunnerBack:StopPainLevel", "four"), ("RunnerBack:SeverePainLevel", "7.5"), ("RunnerBack:ShoeReplacementKm", "NaN"),
                ("RunnerBack:ProlongedSittingHours", "∞"), ("RunnerBack:FaultPolicy", "1"), ("RunnerBack:Language", null));
            Assert.Equal(7, problems.Count);
            Assert.Contains("RunnerBack:Colour is not a RunnerBack option (StopPainLevel, ", problems[0], StringComparison.Ordinal);
            Assert.Equal(
                new[] { "RunnerBack:Colour", "RunnerBack:StopPainLevel", "RunnerBack:SeverePainLevel", "RunnerBack:ShoeReplacementKm", "RunnerBack:ProlongedSittingHours", "RunnerBack:FaultPolicy", "RunnerBack:Language" },
                problems.Select(p => p.Substring(0, p.IndexOf(' ', StringComparison.Ordinal))));
            Assert.Contains("'four'", problems[1], StringComparison.Ordinal);
            Assert.Contains("a section", problems[6], StringComparison.Ordinal);
            Assert.Throws<ArgumentNullException>(() => TriageOptions.FromSettings(null!, out _));
        }

        // Reading is not validating: a value that reads but is out of range is Validate's, and the
        // builder's, to refuse.
        [Fact]
        public void RangesAreValidatedOnceForTheWholeValue()
        {
            var options = Read(out var problems, ("StopPainLevel", "8"), ("SeverePainLevel", "6"), ("Region", "France"));
            Assert.Empty(problems);
            var invalid = options.Validate();
            Assert.Equal(2, invalid.Count);
            Assert.Contains("severePainLevel must be between 8 and 10; it was 6.", invalid);
            Assert.Contains(invalid, p => p.StartsWith("region must be a two-letter", StringComparison.Ordinal));
            Assert.Throws<TriageOptionsException>(() => Triage.CreateBuilder().WithOptions(options).Build());
        }

        // One table: every settable property of TriageOptions is declared, once.
        [Fact]
        public void EveryOptionIsDeclaredOnce()
        {
            var properties = typeof(TriageOptions).GetProperties().Where(p => p.SetMethod is not null).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(properties, OptionTable.All.Select(o => o.Name).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(new[] { "Language", "Region" }, OptionTable.All.Where(o => !o.InFingerprint).Select(o => o.Name));
        }

        // Stored results name the engine that made them: the same options keep the same version.
        [Fact]
        public void TheFingerprintOfTheSameOptionsNeverChanges()
        {
            var version = Triage.CreateBuilder().ConfigureOptions(o => o with
            {
                StopPainLevel = 3, SeverePainLevel = 8, PersistentDaysWithSelfCare = 10, PersistentDaysWithoutSelfCare = 30,
                ProlongedSittingHours = 7.5, ShoeReplacementKm = 650.25, FaultPolicy = FaultPolicy.Throw, Language = "de", Region = "FR",
            }).Build().RuleSetVersion;
            Assert.Equal(Expected, version);
            Assert.Equal(Triage.RuleSetVersion, Triage.CreateBuilder().ConfigureOptions(o => o with { Language = "de", Region = "FR" }).Build().RuleSetVersion);
        }

        // The version the options table gave before it existed (options written one by one).
        private const string Expected = "1.0.0+custom.d0a28f4347120661";
    }
}
