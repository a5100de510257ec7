using System;

namespace RunnerBack
{
    // Which values an enum defines, as one bit per value, worked out without generic code: every
    // generic method is compiled again for each enum it is used with, and a process's first
    // assessment touches fifteen of them.
    internal static class EnumMembers
    {
        // The mask, or 0 with `problem` saying why the enum does not fit: the caller throws, with
        // its own parameter name, when a value is first used, not in a type initializer.
        public static ulong MaskOf(Type enumType, out string? problem)
        {
            problem = null;
            if (Enum.GetUnderlyingType(enumType) != typeof(int))
            {
                problem = $"EnumSet needs an int-based enum; {enumType.Name} is not.";
                return 0;
            }

            ulong mask = 0;
#if NET7_0_OR_GREATER
            foreach (int value in Enum.GetValuesAsUnderlyingType(enumType))
#else
            foreach (var member in Enum.GetValues(enumType))
#endif
            {
#if !NET7_0_OR_GREATER
                var value = Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture);
#endif
                if ((uint)value >= 64u)
                {
                    problem = $"EnumSet holds values 0 to 63; {enumType.Name}.{Enum.GetName(enumType, value)} is {value}.";
                    return 0;
                }

                mask |= 1UL << value;
            }

            return mask;
        }
    }
}
