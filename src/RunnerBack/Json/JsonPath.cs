using System.Text;

namespace RunnerBack.Json
{
    // Builds JSON paths such as $.runner.age or $.symptoms[2]; only called when reporting an error.
    internal static class JsonPath
    {
        public const string Root = "$";

        public static string Property(string parent, string name)
        {
            var simple = name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_');
            foreach (var c in name)
            {
                simple &= char.IsLetterOrDigit(c) || c == '_';
            }

            if (simple)
            {
                return parent + "." + name;
            }

            var quoted = new StringBuilder(parent).Append("['");
            foreach (var c in name)
            {
                quoted.Append(c == '\'' || c == '\\' ? "\\" + c : c.ToString());
            }

            return quoted.Append("']").ToString();
        }

        public static string Index(string parent, int index) => parent + "[" + index + "]";
    }
}
