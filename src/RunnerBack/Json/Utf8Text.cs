using System;
using System.Text;

namespace RunnerBack.Json
{
    // Checks a whole input is UTF-8 before parsing: the JSON reader validates only the strings it
    // decodes, and skipped values (unknown properties) must not smuggle in broken text.
    internal static class Utf8Text
    {
#if !NET8_0_OR_GREATER
        private static readonly Encoding Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
#endif

        public static unsafe bool IsValid(ReadOnlySpan<byte> utf8)
        {
#if NET8_0_OR_GREATER
            return System.Text.Unicode.Utf8.IsValid(utf8);
#else
            if (utf8.IsEmpty)
            {
                return true;
            }

            try
            {
                fixed (byte* bytes = utf8)
                {
                    Strict.GetCharCount(bytes, utf8.Length);
                }

                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
#endif
        }
    }
}
