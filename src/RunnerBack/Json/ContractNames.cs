using System;
using System.Collections.Generic;
using System.Text.Json;

namespace RunnerBack.Json
{
    // The wire names of an enum (CONTRACT.md: camelCase of the member name), computed once so that
    // writing never allocates and reading is one dictionary lookup.
    internal static class ContractNames<T>
        where T : unmanaged, Enum
    {
        private static readonly string[] Names = BuildNames();
        private static readonly Dictionary<string, T> ByName = BuildLookup();
        private static readonly Utf8NameTable Utf8Names = new Utf8NameTable(Names);

        public static string AllowedList { get; } = string.Join(", ", Names);

        public static unsafe string Of(T value)
        {
            var index = *(int*)&value;
            return (uint)index < (uint)Names.Length ? Names[index] : throw new ArgumentOutOfRangeException(nameof(value), value, null);
        }

        public static bool TryParse(string name, out T value) => ByName.TryGetValue(name, out value);

        // Matches the reader's current string token without allocating a string for it.
        public static bool TryRead(ref Utf8JsonReader reader, out T value)
        {
            var index = Utf8Names.IndexOf(ref reader);
            value = index < 0 ? default : FromIndex(index);
            return index >= 0;
        }

        private static string[] BuildNames()
        {
#if NET5_0_OR_GREATER
            var values = Enum.GetValues<T>();
#else
            var values = (T[])Enum.GetValues(typeof(T));
#endif
            var names = new string[values.Length];
            foreach (var value in values)
            {
                var name = value.ToString();
                names[ToIndex(value)] = char.ToLowerInvariant(name[0]) + name.Substring(1);
            }

            return names;
        }

        private static Dictionary<string, T> BuildLookup()
        {
            var lookup = new Dictionary<string, T>(StringComparer.Ordinal);
            for (var i = 0; i < Names.Length; i++)
            {
                lookup.Add(Names[i], FromIndex(i));
            }

            return lookup;
        }

        private static unsafe int ToIndex(T value) => *(int*)&value;

        private static unsafe T FromIndex(int index) => *(T*)&index;
    }
}
