using System;
using System.Text.Json;

namespace RunnerBack.Json
{
    // The wire names of an enum (CONTRACT.md: camelCase of the member name), computed once so that
    // writing never allocates and reading allocates no string. Every enum of the contract numbers
    // its members 0, 1, 2, ...
    internal static class ContractNames<T>
        where T : unmanaged, Enum
    {
        private static readonly string[] Names = BuildNames();
        private static readonly byte[][] Utf8 = Array.ConvertAll(Names, name => System.Text.Encoding.UTF8.GetBytes(name));

        public static string AllowedList { get; } = string.Join(", ", Names);

        public static string Of(T value)
        {
            var index = EnumValue.ToInt(value);
            return (uint)index < (uint)Names.Length ? Names[index] : throw new ArgumentOutOfRangeException(nameof(value), value, null);
        }

        // The name of the member numbered `index`, for the question catalogue's options.
        public static bool TryName(int index, out string name)
        {
            name = (uint)index < (uint)Names.Length ? Names[index] : string.Empty;
            return name.Length > 0;
        }

        public static bool TryParse(string name, out T value) => Found(Array.IndexOf(Names, name), out value);

        // Matches the reader's current string token without allocating a string for it.
        public static bool TryRead(ref Utf8JsonReader reader, out T value)
        {
            var index = Utf8.Length - 1;
            while (index >= 0 && !reader.ValueTextEquals(Utf8[index]))
            {
                index--;
            }

            return Found(index, out value);
        }

        private static bool Found(int index, out T value)
        {
            value = index < 0 ? default : EnumValue.FromInt<T>(index);
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
                names[EnumValue.ToInt(value)] = char.ToLowerInvariant(name[0]) + name.Substring(1);
            }

            return names;
        }
    }
}
