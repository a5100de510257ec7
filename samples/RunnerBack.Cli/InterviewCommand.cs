using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using RunnerBack.Json;

namespace RunnerBack.Cli
{
    // `interview`: in the terminal, one question at a time, then the result as text; with --next,
    // one step as JSON per request (JSON Lines: one step per line), for an app or a script.
    internal static class InterviewCommand
    {
        public static int RunNext(CliOptions options, Func<Stream> stdin, TextWriter output)
        {
            using var input = options.Input == "-" ? stdin() : File.OpenRead(options.Input!);
            using var text = new StreamReader(input, new UTF8Encoding(false));
            var all = text.ReadToEnd();
            var lines = all.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
            var jsonLines = options.ForceJsonLines || (options.Input ?? string.Empty).EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || (lines.Count > 1 && lines.All(IsObjectLine));
            if (!jsonLines)
            {
                var response = InterviewJson.Next(all, options.Engine);
                output.Write(InterviewJson.Serialize(response, indented: true));
                output.Write('\n');
                return response.IsValid ? Cli.Ok : Cli.InvalidInput;
            }

            var anyInvalid = false;
            var number = 0;
            var engine = options.Engine;

            // Every line gets one output line, a blank one an error; the newline that ends the last line starts none.
            var inputLines = all.Split('\n');
            var count = inputLines.Length > 0 && inputLines[inputLines.Length - 1].Length == 0 ? inputLines.Length - 1 : inputLines.Length;
            foreach (var line in inputLines.Take(count))
            {
                number++;
                var response = InterviewJson.Next(line.TrimEnd('\r'), engine);
                anyInvalid |= !response.IsValid;
                JsonLine.Write(output, number, InterviewJson.Serialize(response));
            }

            return anyInvalid ? Cli.InvalidInput : Cli.Ok;
        }

        public static int RunInteractive(CliOptions options, Func<Stream> stdin, TextWriter output)
        {
            using var input = new StreamReader(stdin(), new UTF8Encoding(false));
            var answers = InterviewAnswers.Empty;
            var interview = new TriageInterview(options.Engine);
            while (true)
            {
                var step = interview.Next(answers, options.Mode, units: options.Units);
                if (step.Result is { } result)
                {
                    output.Write('\n');
                    TextReport.Write(result, output);
                    return Cli.Ok;
                }

                var question = step.Question!;
                Ask(question, output);
                Answer? answer = null;
                while (answer is null)
                {
                    output.Write("> ");
                    output.Flush();
                    var line = input.ReadLine();
                    if (line is null)
                    {
                        output.Write("\nThe interview ended before it was done: no advice was given.\n");
                        return Cli.UsageError;
                    }

                    answer = Parse(question, line.Trim());
                    if (answer is null)
                    {
                        output.Write(Hint(question) + "\n");
                    }
                }

                answers = answers.With(question.Id, answer.Value);
            }
        }

        private static void Ask(Question question, TextWriter output)
        {
            output.Write($"\n{question.Text}\n");
            if (question.Help is { } help)
            {
                output.Write($"({help})\n");
            }

            for (var i = 0; i < question.Options.Count; i++)
            {
                output.Write($"  {i + 1}. {question.Options[i].Label}\n");
            }

            if (question.NoneLabel is { } none)
            {
                output.Write($"  0. {none}\n");
            }

            output.Write(Hint(question) + "\n");
        }

        private static string Hint(Question question) => question.Kind switch
        {
            QuestionKind.Scale or QuestionKind.Number =>
                $"Type a number from {question.Min!.Value.ToString(CultureInfo.InvariantCulture)} to {question.Max!.Value.ToString(CultureInfo.InvariantCulture)}{(question.Unit is { } unit && question.Kind == QuestionKind.Number ? " (" + unit + ")" : string.Empty)}"
                + (question.IsSafety ? "." : ", or skip."),
            QuestionKind.MultipleChoice => "Type the numbers that fit, separated by commas, or 0 for none" + (question.IsSafety ? "." : ", or skip."),
            _ => "Type the number of your answer" + (question.IsSafety ? "." : ", or skip."),
        };

        // The runner's typed answer, or null when it does not fit the question.
        private static Answer? Parse(Question question, string text)
        {
            if (text == "skip")
            {
                return question.IsSafety ? null : Answer.Declined;
            }

            switch (question.Kind)
            {
                case QuestionKind.Scale:
                case QuestionKind.Number:
                    return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && Fits(question, Answer.Of(number)) ? Answer.Of(number) : null;
                case QuestionKind.MultipleChoice:
                    if (text == "0")
                    {
                        return Answer.Choices();
                    }

                    var picked = new List<string>();
                    foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1 || index > question.Options.Count)
                        {
                            return null;
                        }

                        var value = question.Options[index - 1].Value.ChoiceValue!;
                        if (!picked.Contains(value))
                        {
                            picked.Add(value);
                        }
                    }

                    return picked.Count > 0 ? Answer.Choices(picked) : null;
                default:
                    return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var choice) && choice >= 1 && choice <= question.Options.Count
                        ? question.Options[choice - 1].Value
                        : null;
            }
        }

        private static bool Fits(Question question, Answer answer)
        {
            try
            {
                InterviewAnswers.Empty.With(question.Id, answer);
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        private static bool IsObjectLine(string line) => line.TrimStart().StartsWith('{') && line.TrimEnd().EndsWith('}');
    }
}
