using System;
using System.Text;
using System.Text.Json;

namespace RunnerBack.Json
{
    // The compact result document, put together from UTF-8 pieces that are already JSON: each
    // entry's cached fragment, the property names with their punctuation, and the result's own
    // strings (cached when they are the engine's headlines and rule-set version). A document is
    // mostly entries the rules share across calls, so writing it is mostly copying, and the output
    // is sized exactly before it is filled. An engine's trace is copied a run of rules at a time from
    // its pipeline's TraceJsonTable. The bytes are the same as ResultJsonWriter's through a
    // Utf8JsonWriter (a test compares the two and the source-generated serializer).
    internal static class CompactResultJson
    {
        private static readonly int DispositionCount = Enum.GetNames(typeof(Disposition)).Length;
        private static readonly byte[][] DispositionAndHeadlineName = BuildDispositionPrefixes();
        private static readonly string[] EngineHeadlines = BuildEngineHeadlines();
        private static readonly byte[][] EngineHeadlinesJson = Array.ConvertAll(EngineHeadlines, Quoted);
        private static readonly byte[] EngineRuleSetVersionJson = Quoted(Triage.RuleSetVersion);
        private static readonly byte[] RedFlagsName = Utf8(",\"redFlags\":[");
        private static readonly byte[] FindingsName = Utf8("],\"findings\":[");
        private static readonly byte[] ContributorsName = Utf8("],\"contributors\":[");
        private static readonly byte[] RecommendationsName = Utf8("],\"recommendations\":[");
        private static readonly byte[] TraceName = Utf8("],\"trace\":[");
        private static readonly byte[] CompleteAndRuleSetVersionName = Utf8("],\"complete\":true,\"ruleSetVersion\":");
        private static readonly byte[] IncompleteAndRuleSetVersionName = Utf8("],\"complete\":false,\"ruleSetVersion\":");
        private static readonly byte[] DisclaimerAndEnd = Concat(Utf8(",\"disclaimer\":"), Quoted(TriageResult.DecisionSupportNotice), Utf8("}"));

        private interface IFragmentOf<T>
        {
            byte[] Of(T entry);
        }

        private interface ISink
        {
            void Append(ReadOnlySpan<byte> utf8);

            void AppendComma();

            // An engine's trace, from its pipeline's table.
            void AppendTrace(RuleTrace trace, TraceJsonTable table);
        }

        /// <summary>Measures the document once, so that it can be written into room of exactly its length.</summary>
        public static Document Prepare(TriageResult result)
        {
            var headline = HeadlineJson(result);
            var version = RuleSetVersionJson(result);
            var pipeline = result.Trace.Pipeline;
            var traceTable = pipeline is null ? null : TraceJsonTable.For(pipeline);
            var counter = default(Counter);
            Walk(result, headline, version, traceTable, ref counter);
            return new Document(result, headline, version, traceTable, counter.Length);
        }

        /// <summary>The document in a new array of its exact length.</summary>
        public static byte[] ToArray(TriageResult result)
        {
            var document = Prepare(result);
#if NET5_0_OR_GREATER
            // CopyTo writes every byte (it checks), so zeroing the array first would be wasted.
            var bytes = GC.AllocateUninitializedArray<byte>(document.Length);
#else
            var bytes = new byte[document.Length];
#endif
            document.CopyTo(bytes);
            return bytes;
        }

        // The one description of the document's layout: both the length pass and the copy pass
        // run it. The engine's trace is the one part each pass does its own way (the counter adds
        // up the table's entry lengths, the copier copies runs), and CopyTo checks the two agree.
        private static void Walk<TSink>(TriageResult result, byte[] headline, byte[] version, TraceJsonTable? traceTable, ref TSink sink)
            where TSink : struct, ISink
        {
            sink.Append(DispositionAndHeadlineName[(int)result.Disposition]);
            sink.Append(headline);

            sink.Append(RedFlagsName);
            Entries<TSink, RedFlag, RedFlagJson>(ref sink, result.RedFlags);
            sink.Append(FindingsName);
            Entries<TSink, Finding, FindingJson>(ref sink, result.Findings);
            sink.Append(ContributorsName);
            Entries<TSink, Contributor, ContributorJson>(ref sink, result.Contributors);
            sink.Append(RecommendationsName);
            Entries<TSink, Recommendation, RecommendationJson>(ref sink, result.Recommendations);

            sink.Append(TraceName);
            if (traceTable is null)
            {
                Entries(ref sink, result.Trace);
            }
            else
            {
                sink.AppendTrace(result.Trace, traceTable);
            }

            sink.Append(result.IsComplete ? CompleteAndRuleSetVersionName : IncompleteAndRuleSetVersionName);
            sink.Append(version);
            sink.Append(DisclaimerAndEnd);
        }

        // TJson is an empty struct rather than a delegate: a delegate to a static method costs a
        // shuffle thunk per entry and hides the fragment lookup from the inliner.
        private static void Entries<TSink, T, TJson>(ref TSink sink, ValueList<T> entries)
            where TSink : struct, ISink
            where TJson : struct, IFragmentOf<T>
        {
            for (var i = 0; i < entries.Count; i++)
            {
                Separate(ref sink, i);
                sink.Append(default(TJson).Of(entries[i]));
            }
        }

        // A trace of explicit entries (one read back from JSON), entry by entry.
        private static void Entries<TSink>(ref TSink sink, RuleTrace trace)
            where TSink : struct, ISink
        {
            for (var i = 0; i < trace.Count; i++)
            {
                Separate(ref sink, i);
                sink.Append(JsonFragments.Of(trace[i]));
            }
        }

        // An engine's trace, one slice of the pipeline's table per run of equal outcomes; a faulted
        // entry, which carries its own message, is written on its own.
        private static void Runs<TSink>(ref TSink sink, RuleTrace trace, TraceJsonTable table)
            where TSink : struct, ISink
        {
            var outcomes = trace.Outcomes!;
            var from = 0;
            while (from < outcomes.Length)
            {
                var outcome = outcomes[from];
                if (outcome == RuleTrace.Faulted)
                {
                    Separate(ref sink, from);
                    sink.Append(JsonFragments.Of(trace[from]));
                    from++;
                    continue;
                }

                var to = EndOfRun(outcomes, from, outcome);
                var run = table.Run(outcome, from, to);

                // Every entry in the table follows a comma; the list's first entry must not.
                sink.Append(from == 0 ? run.Slice(1) : run);
                from = to;
            }
        }

        private static int EndOfRun(byte[] outcomes, int from, byte outcome)
        {
            var to = from + 1;
            while (to < outcomes.Length && outcomes[to] == outcome)
            {
                to++;
            }

            return to;
        }

        private static void Separate<TSink>(ref TSink sink, int index)
            where TSink : struct, ISink
        {
            if (index > 0)
            {
                sink.AppendComma();
            }
        }

        // A result from the engine carries one of its six headline strings; one read back from JSON
        // or built by hand may carry anything, and is encoded here.
        private static byte[] HeadlineJson(TriageResult result)
        {
            var index = (int)result.Disposition;
            return string.Equals(result.Headline, EngineHeadlines[index], StringComparison.Ordinal) ? EngineHeadlinesJson[index] : Quoted(result.Headline);
        }

        private static byte[] RuleSetVersionJson(TriageResult result) =>
            string.Equals(result.RuleSetVersion, Triage.RuleSetVersion, StringComparison.Ordinal) ? EngineRuleSetVersionJson : Quoted(result.RuleSetVersion);

        private static byte[][] BuildDispositionPrefixes()
        {
            var prefixes = new byte[DispositionCount][];
            for (var i = 0; i < prefixes.Length; i++)
            {
                prefixes[i] = Concat(Utf8("{\"disposition\":"), Quoted(ContractNames<Disposition>.Of((Disposition)i)), Utf8(",\"headline\":"));
            }

            return prefixes;
        }

        private static string[] BuildEngineHeadlines()
        {
            var headlines = new string[DispositionCount];
            for (var i = 0; i < headlines.Length; i++)
            {
                headlines[i] = Headlines.For((Disposition)i);
            }

            return headlines;
        }

        // The string as a JSON string token, escaped as Utf8JsonWriter's default encoder escapes it.
        private static byte[] Quoted(string text)
        {
            var encoded = JsonEncodedText.Encode(text).EncodedUtf8Bytes;
            var quoted = new byte[encoded.Length + 2];
            quoted[0] = (byte)'"';
            encoded.CopyTo(new Span<byte>(quoted, 1, encoded.Length));
            quoted[quoted.Length - 1] = (byte)'"';
            return quoted;
        }

        private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

        private static byte[] Concat(byte[] first, byte[] second, byte[] third)
        {
            var all = new byte[first.Length + second.Length + third.Length];
            first.CopyTo(all, 0);
            second.CopyTo(all, first.Length);
            third.CopyTo(all, first.Length + second.Length);
            return all;
        }

        /// <summary>A measured document: its pieces' strings and its length in bytes.</summary>
        internal readonly struct Document
        {
            private readonly TriageResult _result;
            private readonly byte[] _headline;
            private readonly byte[] _version;
            private readonly TraceJsonTable? _traceTable;

            public Document(TriageResult result, byte[] headline, byte[] version, TraceJsonTable? traceTable, int length)
            {
                _result = result;
                _headline = headline;
                _version = version;
                _traceTable = traceTable;
                Length = length;
            }

            public int Length { get; }

            /// <summary>Writes the document to the start of <paramref name="destination"/>, which must hold <see cref="Length"/> bytes.</summary>
            public unsafe void CopyTo(Span<byte> destination)
            {
                fixed (byte* start = destination)
                {
                    var copier = new Copier(start, destination.Length);
                    Walk(_result, _headline, _version, _traceTable, ref copier);
                    if (copier.Written != Length)
                    {
                        // Unreachable while both passes walk the same immutable result; never hand out uninitialised bytes.
                        throw new InvalidOperationException("The document's length changed between measuring and writing it.");
                    }
                }
            }
        }

        // One struct per entry kind, not one for all four: with one, the measuring pass took about
        // 30 ns more in paired runs of a plain loop, most likely because Entries' code is shared
        // across reference types and the JIT then cannot tell which Of the call means.
        private readonly struct RedFlagJson : IFragmentOf<RedFlag>
        {
            public byte[] Of(RedFlag entry) => JsonFragments.Of(entry);
        }

        private readonly struct FindingJson : IFragmentOf<Finding>
        {
            public byte[] Of(Finding entry) => JsonFragments.Of(entry);
        }

        private readonly struct ContributorJson : IFragmentOf<Contributor>
        {
            public byte[] Of(Contributor entry) => JsonFragments.Of(entry);
        }

        private readonly struct RecommendationJson : IFragmentOf<Recommendation>
        {
            public byte[] Of(Recommendation entry) => JsonFragments.Of(entry);
        }

        private struct Counter : ISink
        {
            public int Length;

            public void Append(ReadOnlySpan<byte> utf8) => Length = checked(Length + utf8.Length);

            public void AppendComma() => Length = checked(Length + 1);

            // What Runs writes, added up without finding the runs: every entry with its comma, less
            // the list's first comma.
            public void AppendTrace(RuleTrace trace, TraceJsonTable table)
            {
                var outcomes = trace.Outcomes!;
                if (outcomes.Length == 0)
                {
                    return;
                }

                var length = table.LengthOf(outcomes) - 1;
                for (var i = Array.IndexOf(outcomes, RuleTrace.Faulted); i >= 0; i = Array.IndexOf(outcomes, RuleTrace.Faulted, i + 1))
                {
                    length = checked(length + 1 + JsonFragments.Of(trace[i]).Length);
                }

                Length = checked(Length + length);
            }
        }

        // Copies through a pointer into the pinned destination, checking the room left before every
        // copy: the copy pass can never run past the measured length.
        private unsafe struct Copier : ISink
        {
            private readonly int _capacity;
            private byte* _next;
            private int _left;

            public Copier(byte* start, int capacity)
            {
                _next = start;
                _capacity = capacity;
                _left = capacity;
            }

            public int Written => _capacity - _left;

            public void Append(ReadOnlySpan<byte> utf8)
            {
                if (utf8.Length > _left)
                {
                    throw new ArgumentException("The destination is shorter than the document.", "destination");
                }

                utf8.CopyTo(new Span<byte>(_next, _left));
                _next += utf8.Length;
                _left -= utf8.Length;
            }

            public void AppendComma()
            {
                if (_left < 1)
                {
                    throw new ArgumentException("The destination is shorter than the document.", "destination");
                }

                *_next++ = (byte)',';
                _left--;
            }

            public void AppendTrace(RuleTrace trace, TraceJsonTable table) => Runs(ref this, trace, table);
        }
    }
}
