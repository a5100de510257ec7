using System;
using RunnerBack;

namespace RunnerBack.Benchmarks
{
    // The least any implementation can spend to return the engine's answer for one assessment:
    // the result's object graph, copied from parts worked out in advance, with no rules run and
    // nothing sorted. The budget allows that graph and nothing more ("no allocation beyond the
    // result"), so this is the floor under Assess's ratio to the hand-written baseline, which
    // returns two numbers and allocates nothing. A test checks that Build returns a result equal to
    // the engine's and allocates exactly the bytes Assess allocates, so the floor is honest.
    // Uses the library's internal constructors (InternalsVisibleTo): apps cannot build results.
    public sealed class ResultFloor
    {
        private readonly Disposition _disposition;
        private readonly string _headline;
        private readonly RedFlag[]? _redFlags;
        private readonly Finding[]? _findings;
        private readonly Contributor[]? _contributors;
        private readonly Recommendation[]? _recommendations;
        private readonly TriageRule[] _rules;
        private readonly byte[] _outcomes;
        private readonly string _ruleSetVersion;

        public ResultFloor(TriageEngine engine, TriageResult result)
        {
            if (!result.IsComplete)
            {
                throw new ArgumentException("The floor is for complete results; a faulted rule's trace entry is not rebuilt.", nameof(result));
            }

            _disposition = result.Disposition;
            _headline = result.Headline;
            _redFlags = ArrayOf(result.RedFlags);
            _findings = ArrayOf(result.Findings);
            _contributors = ArrayOf(result.Contributors);
            _recommendations = ArrayOf(result.Recommendations);
            _ruleSetVersion = result.RuleSetVersion;
            _rules = new TriageRule[engine.Rules.Count];
            _outcomes = new byte[_rules.Length];
            for (var i = 0; i < _rules.Length; i++)
            {
                var rule = engine.Rules[i];
                var entry = result.Trace[i];
                _rules[i] = rule;
                _outcomes[i] = entry.Equals(rule.FiredTrace) ? RuleTrace.Fired
                    : entry.Equals(rule.WithheldTrace) ? RuleTrace.Withheld
                    : RuleTrace.NotApplicable;
            }
        }

        // Allocates what the engine allocates for this result: one array per non-empty list (empty
        // lists are default, as the engine leaves them), the trace's outcome bytes and the result.
        public TriageResult Build() => new TriageResult(
            _disposition,
            _headline,
            ListOf(_redFlags),
            ListOf(_findings),
            ListOf(_contributors),
            ListOf(_recommendations),
            new RuleTrace(_rules, Copy(_outcomes), null),
            true,
            _ruleSetVersion);

        private static T[]? ArrayOf<T>(ValueList<T> list)
        {
            if (list.Count == 0)
            {
                return null;
            }

            var items = new T[list.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = list[i];
            }

            return items;
        }

        // A new array and a span copy, as the engine fills its arrays: Array.Clone goes through the
        // runtime's general object copy, which costs tens of nanoseconds more per array.
        private static ValueList<T> ListOf<T>(T[]? items) => items is null ? default : new ValueList<T>(Copy(items));

        private static T[] Copy<T>(T[] items)
        {
            var copy = new T[items.Length];
            items.AsSpan().CopyTo(copy);
            return copy;
        }
    }
}
