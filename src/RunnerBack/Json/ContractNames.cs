using System;
using System.Text.Json;

namespace RunnerBack.Json
{
    // The wire names of an enum (ChoiceNames) as UTF-8, so that reading a name allocates no string.
    internal static class ContractNames<T>
        where T : unmanaged, Enum
    {
        private static readonly byte[][] Utf8 = Array.ConvertAll(ChoiceNames<T>.All, name => System.Text.Encoding.UTF8.GetBytes(name));

        public static string AllowedList => ChoiceNames<T>.AllowedList;

        public static string Of(T value) => ChoiceNames<T>.Of(value);

        public static bool TryParse(string name, out T value) => ChoiceNames<T>.TryParse(name, out value);

        // Matches the reader's current string token without allocating a string for it.
        public static bool TryRead(ref Utf8JsonReader reader, out T value)
        {
            var index = Utf8.Length - 1;
            while (index >= 0 && !reader.ValueTextEquals(Utf8[index]))
            {
                index--;
            }

            value = index < 0 ? default : EnumValue.FromInt<T>(index);
            return index >= 0;
        }
    }
}
