using System.IO;
using System.Text;
using System.Text.Json;

namespace RunnerBack.Cli
{
    // `explain`: the rule catalogue, so users can see what the engine checks and why.
    internal static class ExplainCommand
    {
        public static int Run(CliOptions options, TextWriter output)
        {
            var rules = Triage.Default.Rules;
            if (options.Text)
            {
                foreach (var rule in rules)
                {
                    var minimum = rule.MinimumDisposition is { } m ? $" (at least {m})" : string.Empty;
                    output.Write($"{rule.Id}  [{rule.Kind}]{minimum}\n    {rule.Description}\n    Source: {rule.Source}\n");
                }

                return Cli.Ok;
            }

            // Written with Utf8JsonWriter: the catalogue is the CLI's own shape, not the wire contract.
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("ruleSetVersion", Triage.RuleSetVersion);
                json.WriteStartArray("rules");
                foreach (var rule in rules)
                {
                    json.WriteStartObject();
                    json.WriteString("id", rule.Id);
                    json.WriteString("kind", char.ToLowerInvariant(rule.Kind.ToString()[0]) + rule.Kind.ToString().Substring(1));
                    if (rule.MinimumDisposition is { } minimum)
                    {
                        json.WriteString("minimumDisposition", char.ToLowerInvariant(minimum.ToString()[0]) + minimum.ToString().Substring(1));
                    }

                    json.WriteString("description", rule.Description);
                    json.WriteString("source", rule.Source);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
            output.Write('\n');
            return Cli.Ok;
        }
    }
}
