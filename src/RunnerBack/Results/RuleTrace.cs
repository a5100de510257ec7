using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace RunnerBack
{
    /// <summary>
    /// The trace of one evaluation: one <see cref="TraceEntry"/> per rule, in pipeline order.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe, with value equality (entry by entry). The engine stores one
    /// outcome byte per rule and hands out the rule's pre-built entries, so a result does not pay
    /// for a list of references it may never read. The default value is the empty trace. A
    /// collection expression builds one from entries: <c>RuleTrace trace = [entry1, entry2];</c>.
    /// </remarks>
    [CollectionBuilder(typeof(RuleTrace), nameof(Create))]
    public readonly struct RuleTrace : IReadOnlyList<TraceEntry>, IEquatable<RuleTrace>
    {
        internal const byte NotApplicable = 0;
        internal const byte Fired = 1;
        internal const byte Withheld = 2;
        internal const byte Faulted = 3;
        internal const byte FiredOnNotSure = 4;

        private readonly TriageRule[]? _rules;
        private readonly byte[]? _outcomes;
        private readonly TraceEntry[]? _entries;

        // From an evaluation: the engine's rules, one outcome per rule, and entries for faulted rules only.
        internal RuleTrace(TriageRule[] rules, byte[] outcomes, TraceEntry[]? faults)
        {
            _rules = rules;
            _outcomes = outcomes;
            _entries = faults;
        }

        // From explicit entries, as read back from JSON.
        internal RuleTrace(TraceEntry[] entries)
        {
            _rules = null;
            _outcomes = null;
            _entries = entries;
        }

        /// <summary>Builds a trace of the given entries, in their order.</summary>
        /// <param name="entries">One entry per rule.</param>
        /// <returns>The trace.</returns>
        /// <exception cref="ArgumentNullException">An entry is null.</exception>
        public static RuleTrace Create(ReadOnlySpan<TraceEntry> entries)
        {
            var copy = entries.ToArray();
            foreach (var entry in copy)
            {
                if (entry is null)
                {
                    throw new ArgumentNullException(nameof(entries), "A trace entry is null.");
                }
            }

            return copy.Length == 0 ? default : new RuleTrace(copy);
        }

        // For the JSON writer: the engine's pipeline and one outcome per rule, or null for a trace of
        // explicit entries.
        internal TriageRule[]? Pipeline => _rules;

        internal byte[]? Outcomes => _outcomes;

        /// <summary>The number of rules traced.</summary>
        public int Count => _outcomes?.Length ?? _entries?.Length ?? 0;

        /// <summary>The entry of the rule at <paramref name="index"/> in pipeline order.</summary>
        /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the trace.</exception>
        public TraceEntry this[int index]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                if (_outcomes is null)
                {
                    return (_entries ?? Array.Empty<TraceEntry>())[index];
                }

                return _outcomes[index] switch
                {
                    Fired => _rules![index].FiredTrace,
                    Withheld => _rules![index].WithheldTrace,
                    Faulted => _entries![index],
                    FiredOnNotSure => _rules![index].FiredOnNotSureTrace,
                    _ => _rules![index].NotApplicableTrace,
                };
            }
        }

        /// <summary>Returns an enumerator that does not allocate.</summary>
        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<TraceEntry> IEnumerable<TraceEntry>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <inheritdoc />
        public bool Equals(RuleTrace other)
        {
            if (Count != other.Count)
            {
                return false;
            }

            for (var i = 0; i < Count; i++)
            {
                if (!this[i].Equals(other[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is RuleTrace other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var entry in this)
            {
                hash = unchecked((hash * 31) + entry.GetHashCode());
            }

            return hash;
        }

        /// <summary>Compares two traces entry by entry.</summary>
        public static bool operator ==(RuleTrace left, RuleTrace right) => left.Equals(right);

        /// <summary>Compares two traces entry by entry.</summary>
        public static bool operator !=(RuleTrace left, RuleTrace right) => !left.Equals(right);

        /// <summary>One <c>ruleId: outcome</c> pair per rule.</summary>
        public override string ToString()
        {
            var text = new StringBuilder("[");
            foreach (var entry in this)
            {
                text.Append(text.Length > 1 ? ", " : string.Empty).Append(entry.RuleId).Append(": ").Append(entry.Outcome);
            }

            return text.Append(']').ToString();
        }

        /// <summary>Enumerates a trace without allocating.</summary>
        public struct Enumerator : IEnumerator<TraceEntry>
        {
            private readonly RuleTrace _trace;
            private int _index;

            internal Enumerator(RuleTrace trace)
            {
                _trace = trace;
                _index = -1;
            }

            /// <inheritdoc />
            public readonly TraceEntry Current => _trace[_index];

            readonly object IEnumerator.Current => Current;

            /// <inheritdoc />
            public bool MoveNext() => ++_index < _trace.Count;

            /// <inheritdoc />
            public void Reset() => _index = -1;

            /// <inheritdoc />
            public readonly void Dispose()
            {
            }
        }
    }
}
