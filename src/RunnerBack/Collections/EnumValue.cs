using System;

namespace RunnerBack
{
    // An enum value as the int it is, and back. Every enum of the model is int-based (EnumSet checks
    // it), so these are plain reinterpretations.
    internal static class EnumValue
    {
        public static unsafe int ToInt<T>(T value)
            where T : unmanaged, Enum => *(int*)&value;

        public static unsafe T FromInt<T>(int value)
            where T : unmanaged, Enum => *(T*)&value;
    }
}
