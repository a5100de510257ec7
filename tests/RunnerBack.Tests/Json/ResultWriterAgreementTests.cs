using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // Compact results are put together from cached fragments (CompactResultJson); indented ones go
    // through a Utf8JsonWriter. Every way out must give byte for byte what the source-generated
    // serializer gives for the contract's DTO shape.
    public sealed class ResultWriterAgreementTests
    {
        private static readonly WireJsonContext IndentedContext = new WireJsonContext(new JsonSerializerOptions(WireJsonContext.Default.Options) { WriteIndented = true });

        [Fact]
        public void EveryWriterMatchesTheSourceGeneratedSerializer()
        {
            var faulty = Triage.CreateBuilder().AddRule(new ThrowingRule(RuleKind.Recommendation)).Build();
            var gen = from spec in Generators.Assessment from broken in Gen.Elements(false, true) select (spec, broken);
            Prop.ForAll(gen.ToArbitrary(), t => AllWritersAgree((t.broken ? faulty : Triage.Default).Assess(t.spec.Build()))).Check(Checks.Cases(500));
        }

        // An engine's trace is copied a run of equal outcomes at a time from its pipeline's table, with
        // faulted entries on their own, and measured first from the table's entry lengths plus the
        // faulted entries: a fault first, in the middle and last in the trace, next to runs of every
        // other outcome, must still give the serializer's bytes.
        [Fact]
        public void ATraceWithFaultsFirstInTheMiddleAndLastIsWrittenLikeTheSerializer()
        {
            var engine = new TriageEngineBuilder()
                .AddRule(new ThrowingRule(RuleKind.RedFlag, "test.throwsFirst"))
                .AddDefaultRules()
                .AddRule(new ThrowingRule(RuleKind.Contributor, "test.throwsInTheMiddle"))
                .AddRule(new ThrowingRule(RuleKind.Recommendation, "test.throwsLast"))
                .Build();
            Prop.ForAll(Generators.AssessmentArb, spec =>
            {
                var result = engine.Assess(spec.Build());
                var last = result.Trace.Count - 1;
                Assert.Equal(RuleOutcome.Faulted, result.Trace[0].Outcome);
                Assert.Equal(RuleOutcome.Faulted, result.Trace[last].Outcome);
                Assert.Contains(result.Trace.Skip(1).Take(last - 1), entry => entry.Outcome == RuleOutcome.Faulted);
                AllWritersAgree(result);
            }).Check(Checks.Cases(300));
        }

        // The smallest pipeline (a builder refuses an empty one): one run of one rule, which is the
        // trace's first entry and so has no comma before it.
        [Fact]
        public void ATraceOfOneRuleIsWrittenLikeTheSerializer()
        {
            var result = new TriageEngineBuilder().AddRule(new DelegateRule("test.only", RuleKind.Contributor, _ => { })).Build().Assess(new PainAssessment(0));
            Assert.Single(result.Trace);
            AllWritersAgree(result);
        }

        // A result read back from JSON, or from an older engine, may carry any headline and rule-set
        // version: those are escaped on the spot instead of coming from the cache of the engine's own.
        [Theory]
        [InlineData("Quotes \\\"here\\\" and a back\\\\slash", "1.0.0")]
        [InlineData("Non-ASCII: caf\u00e9, \u00fcber, \u4e2d\u6587, and <html> & 'apostrophes' + plus", "2.0.0-\u03b2")]
        [InlineData("Control\\u0001 and tab\\t and newline\\n", "0")]
        public void AHeadlineOrVersionNotTheEnginesOwnIsEscapedLikeTheSerializerDoes(string headlineJson, string version)
        {
            var original = TriageJson.Serialize(Triage.Assess(new PainAssessment(3, PainQuality.DullAche, PainLocation.Neck)));
            var engineHeadline = JsonDocument.Parse(original).RootElement.GetProperty("headline").GetString()!;
            var edited = original
                .Replace("\"headline\":" + JsonSerializer.Serialize(engineHeadline), "\"headline\":\"" + headlineJson + "\"", StringComparison.Ordinal)
                .Replace("\"ruleSetVersion\":\"1.0.0\"", "\"ruleSetVersion\":" + JsonSerializer.Serialize(version), StringComparison.Ordinal);
            var result = TriageJson.DeserializeResult(edited);
            Assert.NotEqual(engineHeadline, result.Headline);
            Assert.Equal(version, result.RuleSetVersion);
            AllWritersAgree(result);
        }

        // An engine headline read back from JSON is a different string instance with the same text.
        [Fact]
        public void AResultReadBackWritesTheSameBytes()
        {
            foreach (var disposition in Enum.GetValues<Disposition>())
            {
                var result = Triage.Assess(OneFor(disposition));
                Assert.Equal(disposition, result.Disposition);
                var readBack = TriageJson.DeserializeResult(TriageJson.Serialize(result));
                Assert.Equal(TriageJson.SerializeToUtf8Bytes(result), TriageJson.SerializeToUtf8Bytes(readBack));
                AllWritersAgree(readBack);
            }
        }

        // The writer starts from a 16 KB pooled buffer: a document far larger must come out whole after
        // the buffer grows, and so must the small documents written before and after it.
        [Fact]
        public void ALargeDocumentAndTheSmallOnesAroundItAreWrittenWhole()
        {
            var longText = new string('x', 300_000);
            var large = Triage.CreateBuilder()
                .AddDefaultRules()
                .AddRule(new DelegateRule("test.longContributor", RuleKind.Contributor, context => context.Add(new Contributor("test.longContributor", longText))))
                .Build()
                .Assess(new PainAssessment(2, PainQuality.DullAche, PainLocation.Neck));
            var small = Triage.Assess(new PainAssessment(0));

            foreach (var result in new[] { small, large, small, large, small })
            {
                AllWritersAgree(result);
            }

            Assert.Contains(longText, TriageJson.Serialize(large), StringComparison.Ordinal);
        }

        // A buffer writer that hands out more room than asked for gets exactly the document, after
        // whatever it already held.
        [Fact]
        public void ABufferWriterGetsTheDocumentAfterWhatItHeld()
        {
            var result = Triage.Assess(OneFor(Disposition.SeeProfessional));
            var sink = new ArrayBufferWriter<byte>(1);
            sink.Write(Encoding.UTF8.GetBytes("[ "));
            TriageJson.Serialize(result, sink);
            sink.Write(Encoding.UTF8.GetBytes(" ]"));
            Assert.Equal("[ " + TriageJson.Serialize(result) + " ]", Encoding.UTF8.GetString(sink.WrittenSpan));
        }

        // The compact writer copies through a pointer into the span a buffer writer hands out. A writer
        // that breaks its contract and hands out less than was asked for must get an exception, at
        // every possible shortfall, and nothing written past the span's end.
        [Fact]
        public void ABufferWriterThatGivesTooLittleRoomGetsAnErrorAndNoOverrun()
        {
            var result = Triage.Assess(OneFor(Disposition.StopAndRest));
            var length = TriageJson.SerializeToUtf8Bytes(result).Length;
            for (var room = 0; room < length; room++)
            {
                var stingy = new StingyBufferWriter(room);
                var error = Assert.Throws<ArgumentException>(() => TriageJson.Serialize(result, stingy));
                Assert.StartsWith("The destination is shorter than the document.", error.Message);
                Assert.Equal("destination", error.ParamName);
                Assert.True(stingy.GuardIsIntact, $"written past a span of {room} bytes");
            }

            var exact = new StingyBufferWriter(length);
            TriageJson.Serialize(result, exact);
            Assert.True(exact.GuardIsIntact);
        }

        // Each entry's JSON is rendered once and then reused (the point of the cache), and an entry
        // made later with the same values renders the same bytes.
        [Fact]
        public void EachEntrysJsonIsRenderedOnceAndReused()
        {
            var result = Triage.Assess(OneFor(Disposition.Emergency));
            var flag = result.RedFlags[0];
            var finding = result.Findings[0];
            var recommendation = result.Recommendations[0];
            var entry = result.Trace[0];
            var contributor = new Contributor("test.contributor", "An explanation with \"quotes\" and caf\u00e9.");
            Assert.Same(JsonFragments.Of(flag), JsonFragments.Of(flag));
            Assert.Same(JsonFragments.Of(finding), JsonFragments.Of(finding));
            Assert.Same(JsonFragments.Of(recommendation), JsonFragments.Of(recommendation));
            Assert.Same(JsonFragments.Of(entry), JsonFragments.Of(entry));
            Assert.Same(JsonFragments.Of(contributor), JsonFragments.Of(contributor));
            Assert.Equal(JsonFragments.Of(contributor), JsonFragments.Of(new Contributor("test.contributor", "An explanation with \"quotes\" and caf\u00e9.")));
            Assert.Equal("{\"code\":\"test.contributor\",\"explanation\":\"An explanation with \\u0022quotes\\u0022 and caf\\u00E9.\"}", Encoding.UTF8.GetString(JsonFragments.Of(contributor)));
        }

        // The cached bytes live on each entry but are not part of its value: an entry that has been
        // written equals (and hashes like) a fresh one with the same values.
        [Fact]
        public void AnEntryWrittenOnceStillEqualsAFreshCopy()
        {
            var result = Triage.Assess(OneFor(Disposition.Emergency));
            _ = TriageJson.SerializeToUtf8Bytes(result);
            var fresh = TriageJson.DeserializeResult(TriageJson.Serialize(result));
            Assert.Equal(result, fresh);
            Assert.Equal(result.GetHashCode(), fresh.GetHashCode());
            foreach (var (written, copy) in result.Recommendations.Zip(fresh.Recommendations))
            {
                Assert.Equal(written, copy);
                Assert.Equal(written.GetHashCode(), copy.GetHashCode());
                Assert.Equal(written.ToString(), copy.ToString());
            }

            var contributor = new Contributor("a", "b");
            Assert.Equal(new Contributor("a", "b"), contributor);
            Assert.NotEqual(new Contributor("a", "c"), contributor);
        }

        // Hands out exactly `room` bytes whatever it is asked for, followed by a guard region that
        // must stay untouched.
        private sealed class StingyBufferWriter : IBufferWriter<byte>
        {
            private const byte Guard = 0xA5;
            private readonly byte[] _memory;
            private readonly int _room;

            public StingyBufferWriter(int room)
            {
                _room = room;
                _memory = Enumerable.Repeat(Guard, room + 64).ToArray();
            }

            public bool GuardIsIntact => _memory.Skip(_room).All(b => b == Guard);

            public void Advance(int count) => Assert.InRange(count, 0, _room);

            public Memory<byte> GetMemory(int sizeHint = 0) => new Memory<byte>(_memory, 0, _room);

            public Span<byte> GetSpan(int sizeHint = 0) => new Span<byte>(_memory, 0, _room);
        }

        private static PainAssessment OneFor(Disposition disposition) => disposition switch
        {
            Disposition.KeepRunning => new PainAssessment(0),
            Disposition.RunWithModifications => new PainAssessment(3, PainQuality.DullAche, PainLocation.BetweenShoulderBlades),
            Disposition.StopAndRest => new PainAssessment(5, PainQuality.Sharp, PainLocation.Ribs, trend: PainTrend.Worsening),
            Disposition.SeeProfessional => new PainAssessment(4, PainQuality.Electrical, PainLocation.Neck, radiatesTo: new[] { RadiationTarget.Arms }, symptoms: new[] { Symptom.Tingling }),
            Disposition.UrgentCare => new PainAssessment(5, PainQuality.DullAche, PainLocation.MidBack, symptoms: new[] { Symptom.Fever }),
            _ => new PainAssessment(8, PainQuality.Stabbing, PainLocation.BetweenShoulderBlades, radiatesTo: new[] { RadiationTarget.Chest }, onset: PainOnset.Sudden),
        };

        private static void AllWritersAgree(TriageResult result)
        {
            var dto = WireMapping.ToDto(result);
            var compact = JsonSerializer.Serialize(dto, WireJsonContext.Default.ResultDto);
            var compactBytes = Encoding.UTF8.GetBytes(compact);

            Assert.Equal(compact, TriageJson.Serialize(result));
            Assert.Equal(compactBytes, TriageJson.SerializeToUtf8Bytes(result));
            Assert.Equal(JsonSerializer.Serialize(dto, IndentedContext.ResultDto), TriageJson.Serialize(result, indented: true));

            using var stream = new MemoryStream();
            TriageJson.Serialize(result, stream);
            Assert.Equal(compactBytes, stream.ToArray());

            var sink = new ArrayBufferWriter<byte>(1);
            TriageJson.Serialize(result, sink);
            Assert.Equal(compactBytes, sink.WrittenSpan.ToArray());
        }
    }
}
