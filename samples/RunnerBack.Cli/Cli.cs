using System;
using System.IO;
using System.Linq;

namespace RunnerBack.Cli
{
    // Parses the command line and dispatches; every command writes to the given writers so tests
    // and the real program share one path.
    internal static class Cli
    {
        public const int Ok = 0;
        public const int UsageError = 1;
        public const int InvalidInput = 2;

        // One usage text per command, in the order `help` lists them.
        private static readonly (string Command, string Text)[] Usages =
        {
            ("assess",
                "  runnerback assess FILE|- [--format json|text] [--jsonl] [--trace all|fired|none] [--language TAG] [--region CC]\n" +
                "      Triage one JSON assessment, or JSON Lines (one per line; detected, or forced with --jsonl).\n" +
                "      --trace: every rule in the JSON's trace (the default), only those that fired, or none.\n" +
                "      --language: en, es, fr, de, pt or pt-BR; --region: the country whose emergency number to name (GB, US, ES, ...).\n" +
                "      A request's own language and region come first.\n" +
                "      Exit 0 when every input was valid, 2 when any was invalid, 1 on a usage or file error.\n"),
            ("explain",
                "  runnerback explain [--format json|text|markdown] [--language TAG]\n" +
                "      List the rules the engine checks: id, kind, description and source (markdown: docs/rules.md).\n"),
            ("questions",
                "  runnerback questions [--format json|text] [--language TAG]\n" +
                "      List the question catalogue: every input as a question, safety questions marked.\n"),
            ("interview",
                "  runnerback interview [--mode safety|complete] [--language TAG] [--region CC] [--units km|miles]\n" +
                "      Ask the questions one at a time in the terminal, then print the result as text.\n" +
                "  runnerback interview --next FILE|- [--jsonl] [--language TAG] [--region CC]\n" +
                "      One interview step as JSON for {\"answers\":{...},\"mode\":\"safety\"}; JSON Lines in, one step per line out.\n"),
        };

        public static string Usage => UsageOf(string.Empty);

        // Usage for one command, or for all with "runnerback help COMMAND" and --version at the end.
        public static string UsageOf(string command) =>
            "Usage:\n" + string.Concat(System.Array.FindAll(Usages, u => command.Length == 0 || u.Command == command).Select(u => u.Text))
            + (command.Length == 0 ? "  runnerback help [COMMAND]   runnerback --version\n" : string.Empty);

        // stderrIsTerminal: a progress line for long batches goes to stderr only when a person watches it.
        public static int Run(string[] args, Func<Stream> stdin, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
        {
            var options = CliOptions.Parse(args, out var problem);
            if (options is null)
            {
                stderr.Write(problem + "\n\n" + Usage);
                return UsageError;
            }

            if (options.HelpFor is { } topic)
            {
                stdout.Write(UsageOf(topic));
                return Ok;
            }

            if (options.Version)
            {
                var assembly = typeof(Triage).Assembly;
                var version = ((System.Reflection.AssemblyInformationalVersionAttribute?)System.Attribute.GetCustomAttribute(assembly, typeof(System.Reflection.AssemblyInformationalVersionAttribute)))?.InformationalVersion
                    ?? assembly.GetName().Version?.ToString() ?? "unknown";
                stdout.Write($"runnerback {version.Split('+')[0]} (rule set {Triage.RuleSetVersion})\n");
                return Ok;
            }

            try
            {
                return options.Command switch
                {
                    "explain" => ExplainCommand.Run(options, stdout),
                    "questions" => QuestionsCommand.Run(options, stdout),
                    "interview" when options.Next => InterviewCommand.RunNext(options, stdin, stdout),
                    "interview" => InterviewCommand.RunInteractive(options, stdin, stdout),
                    _ => AssessCommand.Run(options, stdin, stdout, stderrIsTerminal ? stderr : null),
                };
            }
            catch (IOException error)
            {
                stderr.Write($"runnerback: {error.Message}\n");
                return UsageError;
            }
            catch (UnauthorizedAccessException error)
            {
                stderr.Write($"runnerback: {error.Message}\n");
                return UsageError;
            }
        }
    }
}
