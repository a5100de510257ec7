using System;
using System.Security.Cryptography;
using System.Text;
using RunnerBack.Benchmarks;
using RunnerBack.Json;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // Apps store results and compare them: the same input must give the same bytes from one
    // version to the next unless a change means to alter them. The hash changed once on purpose
    // since the wire format was declared once: results gained whatWouldChange (TRIAGE.md 8.5), and
    // the generated requests answer every safety question (8.1); and the faulty engine's results
    // carry its own rule-set version ("1.0.0+custom.…"); stopRunningNow leads the activity advice;
    // two dose frequencies no longer repeat their amounts; and results for
    // lowerBack or sacroiliacJoint pain carry scopeNote; and every result says its language and the
    // emergency advice names "your local emergency number"; and emergency results no longer carry
    // stopRunningNow, urgent care's says to get a lift, and an assessment without pain writes only
    // the lists it answered; and each whatWouldChange entry carries its text (nothing else changed
    // each time: checked by
    // undoing the change in the text and comparing with the previous hash).
    public sealed class ResultBytesTests
    {
        // Change only with a change that means to alter the wire output, and say so in CHANGELOG.md.
        private const string ExpectedSha256 = "0559A82FA427E20544D705FF41F0ACA0B99C4E30F0990CFFD77335260CF95058";

        [Fact]
        [Trait("Hazard", "H07")]
        public void GeneratedAssessmentsAndTheirResultsKeepTheirBytes()
        {
            var faulty = Triage.CreateBuilder().AddRule(new Throwing()).Build();
            var text = new StringBuilder();
            foreach (var assessment in Workloads.Generate(500, seed: 77))
            {
                text.Append(TriageJson.Serialize(assessment)).Append('\n');
                text.Append(TriageJson.Serialize(Triage.Assess(assessment))).Append('\n');
                text.Append(TriageJson.Serialize(faulty.Assess(assessment), indented: true)).Append('\n');
            }

            Assert.Equal(ExpectedSha256, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
        }

        // Every way out writes the same document.
        [Fact]
        public void EveryWayOutWritesTheSameBytes()
        {
            foreach (var assessment in Workloads.Generate(50, seed: 5))
            {
                var result = Triage.Assess(assessment);
                var expected = TriageJson.Serialize(result);
                Assert.Equal(expected, Encoding.UTF8.GetString(TriageJson.SerializeToUtf8Bytes(result)));
                var stream = new System.IO.MemoryStream();
                TriageJson.Serialize(result, stream);
                Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
                var writer = new System.Buffers.ArrayBufferWriter<byte>();
                TriageJson.Serialize(result, writer);
                Assert.Equal(expected, Encoding.UTF8.GetString(writer.WrittenSpan));
            }
        }

        private sealed class Throwing : TriageRule
        {
            public Throwing()
                : base("test.throws", RuleKind.Recommendation, "Always throws.", "test")
            {
            }

            public override void Evaluate(TriageContext context) => throw new InvalidOperationException("boom");
        }
    }
}
