using RunnerBack.Json;

namespace RunnerBack.Cli
{
    internal sealed class CliOptions
    {
        public string Command { get; private set; } = string.Empty;

        public string? Input { get; private set; }

        public bool Text { get; private set; }

        public bool Markdown { get; private set; }

        public bool ForceJsonLines { get; private set; }

        public TraceDetail Trace { get; private set; } = TraceDetail.All;

        // interview --next FILE|-: one step per request; without it, the interview asks in the terminal.
        public bool Next { get; private set; }

        public InterviewMode Mode { get; private set; } = InterviewMode.Safety;

        // Set for --help, -h, help and help COMMAND (the command, or empty for all), and for --version.
        public string? HelpFor { get; private set; }

        public bool Version { get; private set; }

        // --language and --region: the defaults for requests that do not give their own.
        public string? Language { get; private set; }

        public string? Region { get; private set; }

        // --units: the unit the interactive interview asks the shoes' distance in.
        public DistanceUnit Units { get; private set; } = DistanceUnit.Kilometres;

        // The engine for this run: the default rules, with the language and region asked for.
        public ITriageEngine Engine =>
            Language is null && Region is null ? Triage.Default : Triage.CreateBuilder().ConfigureOptions(o => o with { Language = Language ?? o.Language, Region = Region }).Build();

        public static readonly string[] Commands = { "assess", "explain", "questions", "interview" };

        public static CliOptions? Parse(string[] args, out string problem)
        {
            problem = string.Empty;
            if (args.Length == 0)
            {
                problem = "runnerback: no command given.";
                return null;
            }

            if (args[0] is "-h" or "--help" or "help")
            {
                var topic = args.Length > 1 ? args[1] : string.Empty;
                if (topic.Length > 0 && System.Array.IndexOf(Commands, topic) < 0)
                {
                    problem = $"runnerback: unknown command '{topic}'.";
                    return null;
                }

                return new CliOptions { Command = "help", HelpFor = topic };
            }

            if (args[0] == "--version")
            {
                return new CliOptions { Command = "version", Version = true };
            }

            var options = new CliOptions { Command = args[0] };
            if (System.Array.IndexOf(Commands, options.Command) < 0)
            {
                problem = $"runnerback: unknown command '{args[0]}'.";
                return null;
            }

            for (var i = 1; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--format" when i + 1 < args.Length && options.Command is ("assess" or "explain" or "questions") && args[i + 1] is ("json" or "text"):
                        options.Text = args[++i] == "text";
                        break;
                    case "--format" when i + 1 < args.Length && args[i + 1] == "markdown" && options.Command == "explain":
                        options.Markdown = true;
                        i++;
                        break;
                    case "--trace" when i + 1 < args.Length && options.Command == "assess" && args[i + 1] is "all" or "fired" or "none":
                        options.Trace = args[++i] switch { "fired" => TraceDetail.FiredOnly, "none" => TraceDetail.None, _ => TraceDetail.All };
                        break;
                    case "--jsonl" when options.Command is "assess" or "interview":
                        options.ForceJsonLines = true;
                        break;
                    case "--next" when options.Command == "interview" && i + 1 < args.Length:
                        options.Next = true;
                        options.Input = args[++i];
                        break;
                    case "--mode" when options.Command == "interview" && i + 1 < args.Length && args[i + 1] is "safety" or "complete":
                        options.Mode = args[++i] == "complete" ? InterviewMode.Complete : InterviewMode.Safety;
                        break;
                    case "--units" when options.Command == "interview" && i + 1 < args.Length && args[i + 1] is "km" or "miles":
                        options.Units = args[++i] == "miles" ? DistanceUnit.Miles : DistanceUnit.Kilometres;
                        break;
                    case "--language" when i + 1 < args.Length && Languages.IsWellFormed(args[i + 1]):
                        options.Language = args[++i];
                        break;
                    case "--region" when i + 1 < args.Length && args[i + 1].Length == 2 && char.IsAsciiLetter(args[i + 1][0]) && char.IsAsciiLetter(args[i + 1][1]):
                        options.Region = args[++i].ToUpperInvariant();
                        break;
                    case var input when options.Command == "assess" && options.Input is null && (input == "-" || !input.StartsWith("--", System.StringComparison.Ordinal)):
                        options.Input = input;
                        break;
                    case "-h" or "--help":
                        return new CliOptions { Command = "help", HelpFor = options.Command };
                    case var option when option.StartsWith("-", System.StringComparison.Ordinal) && option != "-":
                        // Name the option as given, with its value when it has one: "unknown option '--format yaml'".
                        var value = i + 1 < args.Length && !args[i + 1].StartsWith("-", System.StringComparison.Ordinal) ? " " + args[i + 1] : string.Empty;
                        problem = $"runnerback: unknown option '{option}{value}' for {options.Command}.";
                        return null;
                    default:
                        problem = $"runnerback: unexpected argument '{args[i]}'.";
                        return null;
                }
            }

            if (options.Command == "assess" && options.Input is null)
            {
                problem = "runnerback: assess needs a FILE, or - for standard input.";
                return null;
            }

            return options;
        }
    }
}
