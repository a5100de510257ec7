using System.IO;
using RunnerBack.Json;

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

            if (options.Markdown)
            {
                RulesMarkdown.Write(rules, output);
                return Cli.Ok;
            }

            output.Write(TriageJson.SerializeRuleCatalogue(Triage.Default, indented: true, options.Language));
            output.Write('\n');
            return Cli.Ok;
        }
    }
}
