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

        private TraceJsonTable(TriageRule[] pipeline)
        {
            _runs = new byte[3][];
            _starts = new int[3][];
            for (var outcome = 0; outcome < 3; outcome++)
            {
                var fragments = new byte[pipeline.Length][];
                var starts = new int[pipeline.Length + 1];
                for (var i = 0; i < pipeline.Length; i++)
                {
                    fragments[i] = JsonFragments.Of(EntryOf(pipeline[i], (byte)outcome));
                    starts[i + 1] = checked(starts[i] + 1 + fragments[i].Length);
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

        private static TraceJsonTable Create(TriageRule[] pipeline) => new TraceJsonTable(pipeline);

        private static TraceEntry EntryOf(TriageRule rule, byte outcome) => outcome switch
        {
            RuleTrace.Fired => rule.FiredTrace,
            RuleTrace.Withheld => rule.WithheldTrace,
            _ => rule.NotApplicableTrace,
        };
    }
}
