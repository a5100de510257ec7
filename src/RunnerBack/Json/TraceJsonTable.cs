using System;
using System.Runtime.CompilerServices;

namespace RunnerBack.Json
{
    // The JSON of every trace entry one pipeline can produce, laid out once per outcome (not
    // applicable, fired, withheld) in pipeline order, each entry after a comma. Rules next to each
    // other with the same outcome are then one slice of one array, so a trace is written with one
    // copy per run of equal outcomes instead of one per rule; a trace is most of a result document.
    //
    // Kept per pipeline array (an engine's results all share its array), built on the first write of
    // one of its results, and dropped once neither the engine nor any of its results is reachable
    // (the results hold the array too). Thread-safe: immutable once built; two threads racing to
    // build it may both build one, and one of them is kept.
    internal sealed class TraceJsonTable
    {
        private static readonly ConditionalWeakTable<TriageRule[], TraceJsonTable> ByPipeline = new ConditionalWeakTable<TriageRule[], TraceJsonTable>();

        // Indexed by RuleTrace's outcome bytes NotApplicable (0), Fired (1) and Withheld (2).
        private readonly byte[][] _runs;

        // For each outcome, where each rule's entry (its comma) starts in _runs; one more for the end.
        private readonly int[][] _starts;

        // Rule i's entry with outcome o, its comma included, is _entryLengths[4 * i + o] bytes long;
        // a faulted entry (o = 3) carries its own message and counts 0 here. The same lengths follow
        // from _starts, but there each rule's would take a load of the outcome's array and two of
        // its starts; interleaved here, measuring a trace is one load per rule (LengthOf).
        private readonly int[] _entryLengths;

        private TraceJsonTable(TriageRule[] pipeline)
        {
            _runs = new byte[3][];
            _starts = new int[3][];
            _entryLengths = new int[checked(pipeline.Length * 4)];
            for (var outcome = 0; outcome < 3; outcome++)
            {
                var fragments = new byte[pipeline.Length][];
                var starts = new int[pipeline.Length + 1];
                for (var i = 0; i < pipeline.Length; i++)
                {
                    fragments[i] = JsonFragments.Of(EntryOf(pipeline[i], (byte)outcome));
                    starts[i + 1] = checked(starts[i] + 1 + fragments[i].Length);
                    _entryLengths[(4 * i) + outcome] = 1 + fragments[i].Length;
                }

                var run = new byte[starts[pipeline.Length]];
                for (var i = 0; i < pipeline.Length; i++)
                {
                    run[starts[i]] = (byte)',';
                    fragments[i].CopyTo(run, starts[i] + 1);
                }

                _runs[outcome] = run;
                _starts[outcome] = starts;
            }
        }

        public static TraceJsonTable For(TriageRule[] pipeline) => ByPipeline.GetValue(pipeline, Create);

        // The entries of rules from (inclusive) to (exclusive), all with the given outcome, each after a comma.
        public ReadOnlySpan<byte> Run(byte outcome, int from, int to)
        {
            var starts = _starts[outcome];
            return new ReadOnlySpan<byte>(_runs[outcome], starts[from], starts[to] - starts[from]);
        }

        // How many bytes the table gives a trace with these outcomes (one per rule of the pipeline):
        // every entry but the faulted ones, each with its comma. One load per rule and no branch on
        // an outcome: outcomes vary from result to result, and finding where each run ends most
        // likely costs a mispredicted branch per run (inferred from timings; no counters here),
        // which the writer pays only once, when copying.
        public int LengthOf(byte[] outcomes)
        {
            var lengths = _entryLengths;
            var total = 0;
            for (var i = 0; i < outcomes.Length; i++)
            {
                total = checked(total + lengths[(4 * i) + outcomes[i]]);
            }

            return total;
        }

        private static TraceJsonTable Create(TriageRule[] pipeline) => new TraceJsonTable(pipeline);

        private static TraceEntry EntryOf(TriageRule rule, byte outcome) => outcome switch
        {
            RuleTrace.Fired => rule.FiredTrace,
            RuleTrace.Withheld => rule.WithheldTrace,
            _ => rule.NotApplicableTrace,
        };
    }
}
