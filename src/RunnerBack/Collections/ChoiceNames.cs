using System;

namespace RunnerBack
{
    // The names of an enum's members as the contract and the question catalogue give them (the
    // member's name in camelCase), computed once so that naming a value never allocates. Every enum
    // of an input numbers its members 0, 1, 2, ...
    internal static class ChoiceNames<T>
        where T : unmanaged, Enum
    {
        // In the members' order.
        public static string[] All { get; } = Build();

        public static string AllowedList { get; } = string.Join(", ", All);

        public static string Of(T value)
        {
            var index = EnumValue.ToInt(value);
            return (uint)index < (uint)All.Length ? All[index] : throw new ArgumentOutOfRangeException(nameof(value), value, null);
        }

        public static bool TryParse(string name, out T value)
        {
            var index = Array.IndexOf(All, name);
            value = index < 0 ? default : EnumValue.FromInt<T>(index);
            return index >= 0;
        }

        private static string[] Build()
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
