using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnerBack.Json;
using RunnerBack.Tests.Cli;
using Xunit;

namespace RunnerBack.Tests.Validation
{
    // Short clinical stories with the answer the clinical specification gives, worked out by hand
    // from its tables rather than from the engine: which disposition, exactly which red flags and
    // stop signals, and whether the scope note is due. Each story gives only what it varies; every
    // other safety question has its calm answer (vignettes.jsonl, docs/safety/validation.md).
    public sealed class ClinicalVignetteTests
    {
        private static readonly string Calm =
            "{\"quality\":\"dullAche\",\"location\":\"betweenShoulderBlades\",\"radiatesTo\":[],\"trend\":\"stable\",\"onset\":\"gradual\",\"timing\":\"duringRun\","
            + "\"persistsAfterStopping\":false,\"altersRunningForm\":false,\"durationDays\":3,\"selfCareTried\":false,\"recentTrauma\":false,\"symptoms\":[],\"runner\":{\"history\":[]}}";

        private static string VignettePath => Path.Combine(CliProcess.RepositoryRoot, "tests", "RunnerBack.Tests", "Validation", "vignettes.jsonl");

        public static IReadOnlyList<JsonObject> All { get; } =
            File.ReadAllLines(VignettePath).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

        public static TheoryData<string> Ids
        {
            get
            {
                var ids = new TheoryData<string>();
                foreach (var vignette in All)
                {
                    ids.Add((string)vignette["id"]!);
                }

                return ids;
            }
        }

        [Theory]
        [MemberData(nameof(Ids))]
        [Trait("Hazard", "H01")]
        [Trait("Hazard", "H03")]
        public void EachVignetteGetsTheSpecificationsAnswer(string id)
        {
            var vignette = All.Single(v => (string)v["id"]! == id);
            var request = JsonNode.Parse(Calm)!.AsObject();
            foreach (var (name, value) in vignette["answers"]!.AsObject())
            {
                request[name] = value?.DeepClone();
            }

            var response = TriageJson.Assess(request.ToJsonString());
            Assert.True(response.IsValid, string.Join("; ", response.Errors));
            var result = response.Result;
            var story = id + " (" + (string)vignette["story"]! + ")";
            Assert.True(JsonName(result.Disposition) == (string)vignette["disposition"]!, $"{story}: {JsonName(result.Disposition)}, expected {vignette["disposition"]}");
            Assert.Equal(Codes(vignette["redFlags"]), result.RedFlags.Select(f => f.Code).OrderBy(c => c, StringComparer.Ordinal));
            Assert.Equal(Codes(vignette["stopSignals"]), result.Findings.Where(f => f.Kind == FindingKind.StopSignal).Select(f => f.Code).OrderBy(c => c, StringComparer.Ordinal));
            Assert.Equal(vignette["scopeNote"] is not null, result.ScopeNote is not null);
        }

        // The stories reach every disposition, every red flag and every stop signal, and each has
        // its own id and story.
        [Fact]
        public void TheVignettesCoverEveryFindingAndDisposition()
        {
            Assert.Equal(All.Count, All.Select(v => (string)v["id"]!).Distinct().Count());
            Assert.All(All, v => Assert.False(string.IsNullOrWhiteSpace((string?)v["story"])));
            Assert.Equal(Enum.GetValues<Disposition>().Select(JsonName).OrderBy(d => d), All.Select(v => (string)v["disposition"]!).Distinct().OrderBy(d => d));
            var findings = Triage.Default.Rules.Where(r => r.Kind is RuleKind.RedFlag or RuleKind.StopSignal).Select(r => r.Id.Substring(r.Id.IndexOf('.') + 1));
            var covered = All.SelectMany(v => Codes(v["redFlags"]).Concat(Codes(v["stopSignals"]))).ToHashSet();
            Assert.Equal(findings.OrderBy(c => c, StringComparer.Ordinal), findings.Where(covered.Contains).OrderBy(c => c, StringComparer.Ordinal));
        }

        private static IEnumerable<string> Codes(JsonNode? list) =>
            list!.AsArray().Select(n => (string)n!).OrderBy(c => c, StringComparer.Ordinal);

        private static string JsonName(Disposition disposition) => JsonNamingPolicy.CamelCase.ConvertName(disposition.ToString());
    }
}
