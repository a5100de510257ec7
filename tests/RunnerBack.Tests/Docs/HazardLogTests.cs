using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using RunnerBack.Tests.Cli;
using Xunit;

namespace RunnerBack.Tests.Docs
{
    // docs/safety/hazards.md names, for each hazard, the tests that prove its controls; each of
    // those tests carries the hazard's id as a trait. This keeps the two in step: a hazard without a
    // test, a named test that does not exist or lacks the trait, and a trait for a hazard the log
    // does not have all fail here. The named tests run in the same test run, so CI passes only when
    // every one of them does.
    public sealed class HazardLogTests
    {
        private static readonly string[] Fields = { "Cause", "Effect", "Severity", "Likelihood before controls", "Controls", "Tests", "Residual risk" };

        private static readonly string[] Severities = { "Minor", "Significant", "Considerable", "Major", "Catastrophic" };

        private static readonly string[] Likelihoods = { "Very low", "Low", "Medium", "High", "Very high" };

        // The DCB0129-style matrix the log states: rating by likelihood (rows, Very low first) and severity.
        private static readonly int[,] Matrix =
        {
            { 1, 1, 2, 2, 3 },
            { 1, 2, 2, 3, 4 },
            { 2, 2, 3, 3, 4 },
            { 2, 3, 3, 4, 5 },
            { 3, 4, 4, 5, 5 },
        };

        private static string LogText => File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "docs", "safety", "hazards.md"));

        private sealed record Hazard(string Id, string Title, IReadOnlyDictionary<string, string> Rows, IReadOnlyList<string> Tests);

        private static IReadOnlyList<Hazard> Log { get; } = Parse(LogText);

        // Every test method in this assembly, by "Class.Method", with the hazard ids of its traits.
        private static IReadOnlyDictionary<string, string[]> TestMethods { get; } =
            typeof(HazardLogTests).Assembly.GetTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
                .GroupBy(m => m.DeclaringType!.Name + "." + m.Name)
                .ToDictionary(g => g.Key, g => g.SelectMany(HazardIdsOf).ToArray(), StringComparer.Ordinal);

        [Fact]
        public void TheLogHasEveryHazardTheSafetyCaseNames()
        {
            Assert.Equal(Log.Select((_, i) => "H" + (i + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture)), Log.Select(h => h.Id));
            foreach (var topic in new[]
            {
                "emergency", "not asked", "not sure", "faults", "removed or options weakened", "translation", "stale stored result",
                "exercise advice", "outside scope", "misspelt JSON field", "concurrency",
            })
            {
                Assert.Contains(Log, h => h.Title.Contains(topic, StringComparison.OrdinalIgnoreCase));
            }
        }

        [Fact]
        public void EveryHazardHasEveryFieldAndARatingFromTheMatrix()
        {
            Assert.All(Log, hazard =>
            {
                Assert.All(Fields, field => Assert.False(string.IsNullOrWhiteSpace(hazard.Rows.GetValueOrDefault(field)), $"{hazard.Id} has no {field}"));
                var severity = Array.IndexOf(Severities, hazard.Rows["Severity"]);
                Assert.True(severity >= 0, $"{hazard.Id}: unknown severity '{hazard.Rows["Severity"]}'");
                var (likelihood, initial) = Rated(hazard.Rows["Likelihood before controls"], "initial");
                var (residualLikelihood, residual) = Rated(hazard.Rows["Residual risk"], "residual");
                Assert.True(Matrix[likelihood, severity] == initial, $"{hazard.Id}: initial risk {initial}, the matrix says {Matrix[likelihood, severity]}");
                Assert.True(Matrix[residualLikelihood, severity] == residual, $"{hazard.Id}: residual risk {residual}, the matrix says {Matrix[residualLikelihood, severity]}");
                Assert.True(residual <= initial, $"{hazard.Id}: the controls must not raise the risk");
            });
        }

        [Fact]
        public void EveryHazardHasALinkedTestThatExistsAndCarriesItsId()
        {
            Assert.All(Log, hazard =>
            {
                Assert.NotEmpty(hazard.Tests);
                Assert.All(hazard.Tests, test =>
                {
                    Assert.True(TestMethods.TryGetValue(test, out var ids), $"{hazard.Id} names {test}, which is not a test in this assembly");
                    Assert.True(ids!.Contains(hazard.Id), $"{test} is linked from {hazard.Id} but has no [Trait(\"Hazard\", \"{hazard.Id}\")]");
                });
            });
        }

        [Fact]
        public void EveryHazardTraitIsInTheLog()
        {
            var linked = Log.SelectMany(h => h.Tests.Select(t => (h.Id, Test: t))).ToHashSet();
            var traits = TestMethods.SelectMany(m => m.Value.Select(id => (Id: id, Test: m.Key))).ToList();
            Assert.True(traits.Count >= Log.Count, "the tests carry hazard traits");
            Assert.All(traits, trait => Assert.True(linked.Contains(trait), $"{trait.Test} carries {trait.Id}, but hazards.md does not name it under {trait.Id}"));
        }

        // The check itself can fail: a log that names a test that does not exist is caught.
        [Fact]
        public void ALogNamingAMissingTestIsCaught()
        {
            const string Linked = "`ScopeNoteTests.TheNoteIsThereExactlyOutsideTheUpperBack`";
            Assert.Contains(Linked, LogText, StringComparison.Ordinal);
            var broken = Parse(LogText.Replace(Linked, "`ScopeNoteTests.NoSuchTest`", StringComparison.Ordinal));
            Assert.Equal(new[] { "ScopeNoteTests.NoSuchTest" }, broken.SelectMany(h => h.Tests).Where(test => !TestMethods.ContainsKey(test)));
        }

        private static IEnumerable<string> HazardIdsOf(MethodInfo method) =>
            method.GetCustomAttributesData()
                .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Hazard")
                .Select(a => (string)a.ConstructorArguments[1].Value!);

        private static (int Likelihood, int Rating) Rated(string text, string which)
        {
            var match = Regex.Match(text, "^(Very low|Low|Medium|High|Very high) \\(" + which + " risk ([1-5])\\)");
            Assert.True(match.Success, $"'{text}' does not give a likelihood and its {which} risk");
            return (Array.IndexOf(Likelihoods, match.Groups[1].Value), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        // A hazard is a "### Hnn: title" heading followed by a two-column table of its fields.
        private static IReadOnlyList<Hazard> Parse(string markdown)
        {
            var hazards = new List<Hazard>();
            foreach (Match section in Regex.Matches(markdown, "^### (H[0-9]{2}): (.+?)\\n(.*?)(?=^### |\\z)", RegexOptions.Multiline | RegexOptions.Singleline))
            {
                var rows = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (Match row in Regex.Matches(section.Groups[3].Value, "^\\| ([^|]+?) \\| (.+) \\|$", RegexOptions.Multiline))
                {
                    rows[row.Groups[1].Value] = row.Groups[2].Value;
                }

                var tests = Regex.Matches(rows.GetValueOrDefault("Tests") ?? string.Empty, "`([A-Za-z0-9_]+\\.[A-Za-z0-9_]+)`").Select(m => m.Groups[1].Value).ToList();
                hazards.Add(new Hazard(section.Groups[1].Value, section.Groups[2].Value.Trim(), rows, tests));
            }

            return hazards;
        }
    }
}
