using System;

namespace RunnerBack
{
    // Which values an enum defines, as one bit per value, worked out without generic code: every
    // generic method is compiled again for each enum it is used with, and a process's first
    // assessment touches fifteen of them.
    internal static class EnumMembers
    {
        public static ulong MaskOf(Type enumType)
        {
            if (Enum.GetUnderlyingType(enumType) != typeof(int))
            {
                throw new NotSupportedException($"EnumSet needs an int-based enum; {enumType.Name} is not.");
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
                    throw new NotSupportedException($"EnumSet holds values 0 to 63; {enumType.Name}.{Enum.GetName(enumType, value)} is {value}.");
                }

                mask |= 1UL << value;
            }

            return mask;
        }
    }
}
