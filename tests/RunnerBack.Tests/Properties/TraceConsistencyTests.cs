using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Properties
{
    // The trace must explain the result exactly: a rule is traced as fired if and only if what it
    // gives is in the result, and each entry's detail says which of fired, not met or withheld
    // happened. Each default rule's id is its kind followed by the one code it gives.
    public sealed class TraceConsistencyTests
    {
        private const int Cases = 1500;

        [Property(MaxTest = Cases)]
        public Property ARuleIsTracedAsFiredExactlyWhenItsCodeIsInTheResult()
        {
            var rules = Triage.Default.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
            return Prop.ForAll(Generators.AssessmentArb, spec =>
            {
                var result = Triage.Assess(spec.Build());
                foreach (var entry in result.Trace)
                {
                    var rule = rules[entry.RuleId];
                    var code = entry.RuleId.Substring(entry.RuleId.IndexOf('.') + 1);
                    var given = rule.Kind switch
                    {
                        RuleKind.Contributor => result.Contributors.Any(c => c.Code == code),
                        RuleKind.Recommendation => result.Recommendations.Any(r => r.Code == code),
                        _ => result.Findings.Any(f => f.Code == code),
                    };
                    Assert.True(given == (entry.Outcome == RuleOutcome.Fired), $"{entry.RuleId} is traced {entry.Outcome} but its code is {(given ? "in" : "not in")} the result.");
                }
            });
        }

        [Property(MaxTest = Cases)]
        public Property EachTraceDetailSaysWhatHappenedInTheRulesOwnWords()
        {
            var rules = Triage.Default.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
            return Prop.ForAll(Generators.AssessmentArb, spec =>
            {
                var result = Triage.Assess(spec.Build());
                foreach (var entry in result.Trace)
                {
                    var rule = rules[entry.RuleId];
                    if (entry.Outcome == RuleOutcome.Fired && entry.Detail.StartsWith("Fired because", StringComparison.Ordinal))
                    {
                        // TRIAGE.md 8.2: only an assessment with a not-sure answer has a finding that fired on one.
                        Assert.True(spec.ToString().Contains("NotSure", StringComparison.Ordinal), entry.RuleId + " fired on a not-sure answer that is not there.");
                        Assert.Equal("Fired because a \"not sure\" answer counts as the riskier one: " + rule.Description, entry.Detail);
                        Assert.NotEqual(RuleKind.Contributor, rule.Kind);
                    }
                    else if (entry.Outcome == RuleOutcome.Fired)
                    {
                        Assert.Equal("Fired: " + rule.Description, entry.Detail);
                    }
                    else if (entry.Detail.StartsWith("Withheld", StringComparison.Ordinal))
                    {
                        // Only the safety gate withholds, and it only gates recommendations.
                        Assert.Equal(RuleKind.Recommendation, rule.Kind);
                        Assert.Equal("Withheld by the safety gate at this disposition: " + rule.Description, entry.Detail);
                        Assert.NotEqual(Disposition.KeepRunning, result.Disposition);
                    }
                    else
                    {
                        Assert.Equal("Not met: " + rule.Description, entry.Detail);
                    }
                }
            });
        }

        // The generator must reach the gate, or the withheld branch above is never checked.
        [Fact]
        [Trait("Hazard", "H08")]
        public void TheGeneratorReachesTheSafetyGate()
        {
            var withheld = Coverage.Count(Generators.Assessment, Cases, spec =>
                Triage.Assess(spec.Build()).Trace.Any(e => e.Detail.StartsWith("Withheld", StringComparison.Ordinal)));
            Assert.True(withheld > Cases / 10, $"only {withheld} of {Cases} cases had a withheld entry");
        }

        [Property(MaxTest = Cases)]
        public Property ResultListsAreInCanonicalOrderWithoutDuplicateCodes()
        {
            return Prop.ForAll(Generators.AssessmentArb, spec =>
            {
                var result = Triage.Assess(spec.Build());
                var findings = result.Findings.ToList();
                Assert.Equal(
                    findings.OrderByDescending(f => f.MinimumDisposition).ThenBy(f => f.Code, StringComparer.Ordinal).Select(f => f.Code),
                    findings.Select(f => f.Code));
                Assert.Equal(findings.Count, findings.Select(f => f.Code).Distinct().Count());
                Assert.Equal(findings.Where(f => f.Kind == FindingKind.RedFlag).Select(f => f.Code), result.RedFlags.Select(r => r.Code));

                var contributors = result.ContributorCodes();
                Assert.Equal(contributors.OrderBy(c => c, StringComparer.Ordinal).Distinct(), contributors);

                var recommendations = result.Recommendations.ToList();
                Assert.Equal(
                    recommendations.OrderBy(r => r.Category).ThenBy(r => r.Code == "stopRunningNow" ? 0 : 1).ThenBy(r => r.Code, StringComparer.Ordinal).Select(r => r.Code).Distinct(),
                    recommendations.Select(r => r.Code));
            });
        }
    }
}
