using System.IO;
using RunnerBack.Json;

namespace RunnerBack.Cli
{
    // `questions`: the question catalogue, as JSON (GET /questions's body) or as a readable list.
    internal static class QuestionsCommand
    {
        public static int Run(CliOptions options, TextWriter output)
        {
            if (!options.Text)
            {
                output.Write(InterviewJson.SerializeQuestions(indented: true, options.Language));
                output.Write('\n');
                return Cli.Ok;
            }

            foreach (var question in QuestionCatalogue.In(options.Language))
            {
                var when = question.AppliesWhen is { } condition ? $" (when {condition})" : string.Empty;
                output.Write($"{question.Id}{(question.IsSafety ? " [safety]" : string.Empty)}{when}: {question.Text}\n");
                foreach (var option in question.Options)
                {
                    output.Write($"    {option.Value}  {option.Label}\n");
                }

                if (question.Min is { } min && question.Max is { } max)
                {
                    output.Write($"    {min} to {max}{(question.Unit is { } unit ? " " + unit : string.Empty)}\n");
                }
            }

            return Cli.Ok;
        }
    }
}
