using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // RunnerBack was written for the upper back. Pain low in the back or at the pelvis still goes
    // through every safety rule, but its result says, in one sentence, that the advice may not fit.
    public sealed class ScopeNoteTests
    {
        private const int Cases = 1000;

        private static bool OutsideUpperBack(PainLocation? location) => location is PainLocation.LowerBack or PainLocation.SacroiliacJoint;

        [Theory]
        [InlineData(PainLocation.LowerBack)]
        [InlineData(PainLocation.SacroiliacJoint)]
        [Trait("Hazard", "H09")]
        public void PainOutsideTheUpperBackCarriesTheNote(PainLocation location)
        {
            var result = Triage.Assess(Assessments.Answered(2, location: location));
            Assert.Equal(TextCatalogue.English["result.scopeNote"], result.ScopeNote);
            Assert.Contains("upper back", result.ScopeNote, StringComparison.Ordinal);
            var json = TriageJson.Serialize(result);
            Assert.Contains(",\"scopeNote\":\"" + result.ScopeNote + "\"", json, StringComparison.Ordinal);
            Assert.Equal(result, TriageJson.DeserializeResult(json));
        }

        [Theory]
        [InlineData(PainLocation.Neck)]
        [InlineData(PainLocation.Shoulders)]
        [InlineData(PainLocation.BetweenShoulderBlades)]
        [InlineData(PainLocation.MidBack)]
        [InlineData(PainLocation.Ribs)]
        public void UpperBackPainHasNone(PainLocation location)
        {
            var result = Triage.Assess(Assessments.Answered(2, location: location));
            Assert.Null(result.ScopeNote);
            Assert.DoesNotContain("scopeNote", TriageJson.Serialize(result), StringComparison.Ordinal);
        }

        [Fact]
        public void NoPainHasNone() => Assert.Null(Triage.Assess(new PainAssessment(0, symptoms: [])).ScopeNote);

        // Out of scope is not out of safety: a lower-back emergency is still an emergency.
        [Fact]
        [Trait("Hazard", "H09")]
        public void TheSafetyRulesStillApplyOutsideTheUpperBack()
        {
            var result = Triage.Assess(Assessments.Answered(3, location: PainLocation.LowerBack, symptoms: new[] { Symptom.SaddleNumbness }));
            Assert.Equal(Disposition.Emergency, result.Disposition);
            Assert.NotNull(result.ScopeNote);
        }

        [Property(MaxTest = Cases)]
        [Trait("Hazard", "H09")]
        public Property TheNoteIsThereExactlyOutsideTheUpperBack() =>
            Prop.ForAll(Generators.Assessment.ToArbitrary(), spec =>
            {
                var result = Triage.Assess(spec.Build());
                return (result.ScopeNote is not null) == OutsideUpperBack(spec.Location);
            });

        [Fact]
        public void TheGeneratorReachesBothSides()
        {
            var outside = Coverage.Count(Generators.Assessment, Cases, spec => OutsideUpperBack(spec.Location));
            Assert.InRange(outside, 100, Cases - 100);
        }

        [Fact]
        [Trait("Hazard", "H09")]
        public void TheTextReportShowsItUnderTheHeadline()
        {
            var request = Requests.Calm(2, location: "sacroiliacJoint");
            var (_, stdout, _) = RunnerBack.Tests.Cli.CliProcess.Run("assess - --format text", stdin: request);
            var lines = stdout.Split('\n');
            Assert.Equal(TextCatalogue.English["result.scopeNote"], lines[2]);
        }

        [Fact]
        public void AnAppsOwnResultMayCarryOneButNotABlankOne()
        {
            Assert.Equal("Not for this area.", new TriageResult(Disposition.KeepRunning, "Keep running.", scopeNote: "Not for this area.").ScopeNote);
            Assert.Throws<ArgumentException>(() => new TriageResult(Disposition.KeepRunning, "Keep running.", scopeNote: " "));
        }
    }
}
