using System;
using System.Text;
using System.Text.Json;

namespace RunnerBack.Json
{
    // A fixed list of names (an object's properties, an enum's wire names) matched against the
    // reader's current property name or string. Unescaped tokens, the usual case, are compared as raw
    // bytes, where a length mismatch ends most comparisons at once; escaped ones go through the
    // reader's own unescaping comparison. Reading a request matches about 30 names, so this is the
    // parser's inner loop.
    internal sealed class Utf8NameTable
    {
        private readonly byte[][] _utf8;
        private readonly string[] _names;

        public Utf8NameTable(params string[] names)
        {
            _names = names;
            _utf8 = new byte[names.Length][];
            for (var i = 0; i < names.Length; i++)
            {
                _utf8[i] = Encoding.UTF8.GetBytes(names[i]);
            }
        }

        public string this[int index] => _names[index];

        // The index of the current token's text in the table, or -1.
        public int IndexOf(ref Utf8JsonReader reader) => IndexOf(ref reader, expected: -1);

        // As above, trying the expected index first: writers emit an object's properties in the
        // contract's order, so the name after field k is usually field k + 1.
        public int IndexOf(ref Utf8JsonReader reader, int expected)
        {
            if (!reader.HasValueSequence && !reader.ValueIsEscaped)
            {
                var text = reader.ValueSpan;
                if ((uint)expected < (uint)_utf8.Length && text.SequenceEqual(_utf8[expected]))
                {
                    return expected;
                }

                for (var i = 0; i < _utf8.Length; i++)
                {
                    if (text.SequenceEqual(_utf8[i]))
                    {
                        return i;
                    }
                }

                return -1;
            }

            for (var i = 0; i < _utf8.Length; i++)
            {
                if (reader.ValueTextEquals(_utf8[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
