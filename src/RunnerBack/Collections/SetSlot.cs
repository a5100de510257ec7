using System;

namespace RunnerBack
{
    // A set's 64 bits in a number slot (the JSON reader's values, an interview answer's), stored
    // bit for bit: a double holds integers exactly only up to 2^53, and a set may have 64 members.
    internal static class SetSlot
    {
        public static double Of(ulong bits) => BitConverter.Int64BitsToDouble(unchecked((long)bits));

        public static ulong Bits(double slot) => unchecked((ulong)BitConverter.DoubleToInt64Bits(slot));
    }
}
