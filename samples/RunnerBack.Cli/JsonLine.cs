using System.Globalization;
using System.IO;

namespace RunnerBack.Cli
{
    // JSON Lines output: one line per input line, each an object that starts with the input's line
    // number, so a batch's output can be matched to its input even when lines are invalid or blank.
    // The line number is the CLI's business, not the library's: the object comes from the library
    // and the number is put in front of its first property here.
    internal static class JsonLine
    {
        public static void Write(TextWriter output, int lineNumber, string jsonObject)
        {
            output.Write("{\"line\":");
            output.Write(lineNumber.ToString(CultureInfo.InvariantCulture));
            if (jsonObject.Length > 2)
            {
                output.Write(',');
            }

            output.Write(jsonObject.Substring(1));
            output.Write('\n');
        }
    }
}
