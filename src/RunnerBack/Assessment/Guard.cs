using System;

namespace RunnerBack
{
    // Constructor checks shared by the domain types; each names the offending field so that an app
    // developer sees which value was wrong.
    internal static class Guard
    {
        public static int InRange(int value, int min, int max, string name)
        {
            if (value < min || value > max)
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
            }

            return value;
        }

        public static int? InRange(int? value, int min, int max, string name) =>
            value is { } v ? InRange(v, min, max, name) : null;

        public static double? InRange(double? value, double min, double max, string name)
        {
            if (value is { } v && (double.IsNaN(v) || v < min || v > max))
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
            }

            return value;
        }

        public static T Defined<T>(T value, string name)
            where T : unmanaged, Enum
        {
            if (!EnumSet<T>.IsDefinedValue(value))
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} is not a defined {typeof(T).Name}.");
            }

            return value;
        }

        public static T? Defined<T>(T? value, string name)
            where T : unmanaged, Enum => value is { } v ? Defined(v, name) : null;

        public static string NotBlank(string? value, string name)
        {
            if (value is null)
            {
                throw new ArgumentNullException(name);
            }

            if (value.Trim().Length == 0)
            {
                throw new ArgumentException($"{name} must not be empty.", name);
            }

            return value;
        }

        public static T NotNull<T>(T? value, string name)
            where T : class => value ?? throw new ArgumentNullException(name);
    }
}
