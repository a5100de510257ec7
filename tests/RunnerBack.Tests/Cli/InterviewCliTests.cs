using System;
using System.Linq;
using System.Text.Json;
using RunnerBack.Json;
using Xunit;

namespace RunnerBack.Tests.Cli
{
    // `questions` and `interview`, through the real program.
    public sealed class InterviewCliTests
    {
        [Fact]
        public void QuestionsPrintsTheCatalogue()
        {
            var (exit, stdout, stderr) = CliProcess.Run("questions");
            Assert.True(exit == 0, stderr);
            var ids = JsonDocument.Parse(stdout).RootElement.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString());
            Assert.Equal(QuestionCatalogue.All.Select(q => q.Id), ids);
            var (_, text, _) = CliProcess.Run("questions --format text");
            Assert.Contains("onset [safety] (when painLevel >= 1): Did the pain start suddenly, or build up over time?", text, StringComparison.Ordinal);
        }

        [Fact]
        public void NextGivesOneStepAndOneLinePerJsonLine()
        {
            var (exit, stdout, _) = CliProcess.Run("interview --next -", stdin: "{\"answers\":{}}");
            Assert.Equal(0, exit);
            Assert.Equal("painLevel", JsonDocument.Parse(stdout).RootElement.GetProperty("question").GetProperty("id").GetString());

            var lines = "{\"answers\":{\"painLevel\":0,\"symptoms\":[]}}\n{\"answers\":{\"painLevel\":3,\"symptoms\":[\"chestPain\"]}}\n\n{\"answers\":{\"onset\":null}}\n";
            (exit, stdout, _) = CliProcess.Run("interview --next -", stdin: lines);
            Assert.Equal(2, exit);
            var output = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(4, output.Length);
            Assert.StartsWith("{\"line\":1,\"status\":\"done\"", output[0], StringComparison.Ordinal);

            // Pain 0 alone is not done: the symptom checklist is asked at every pain level.
            (exit, stdout, _) = CliProcess.Run("interview --next -", stdin: "{\"answers\":{\"painLevel\":0}}");
            Assert.Equal(0, exit);
            Assert.Equal("symptoms", JsonDocument.Parse(stdout).RootElement.GetProperty("question").GetProperty("id").GetString());
            Assert.StartsWith("{\"line\":2,", output[1], StringComparison.Ordinal);
            Assert.Contains("\"result\":{\"disposition\":\"emergency\"", output[1], StringComparison.Ordinal);
            Assert.StartsWith("{\"line\":3,\"errors\":[{\"path\":\"$\"", output[2], StringComparison.Ordinal);
            Assert.StartsWith("{\"line\":4,\"errors\":[{\"path\":\"$.answers.onset\"", output[3], StringComparison.Ordinal);
        }

        // The same runner in French, with France's emergency number.
        [Fact]
        public void TheInteractiveInterviewSpeaksFrench()
        {
            var chestPain = QuestionCatalogue.Get("symptoms").Options.Select(o => o.Value.ChoiceValue).ToList().IndexOf("chestPain") + 1;
            var (exit, stdout, stderr) = CliProcess.Run("interview --language fr --region FR", stdin: "6\n" + chestPain + "\n");
            Assert.True(exit == 0, stderr);
            Assert.Contains(TriageTexts.Get("question.painLevel.text", "fr"), stdout, StringComparison.Ordinal);
            Assert.Contains(TriageTexts.Get("question.symptoms.text", "fr"), stdout, StringComparison.Ordinal);
            Assert.Contains("URGENCE\n", stdout, StringComparison.Ordinal);
            Assert.Contains("Appelez le 15 ou le 112 pour une ambulance", stdout, StringComparison.Ordinal);
        }

        // A runner at the terminal: pain 6, chest pain among the symptoms; the interview stops at
        // once and says to call emergency services.
        [Fact]
        public void TheInteractiveInterviewAsksAndStopsAtAnEmergency()
        {
            var chestPain = QuestionCatalogue.Get("symptoms").Options.Select(o => o.Value.ChoiceValue).ToList().IndexOf("chestPain") + 1;
            var (exit, stdout, stderr) = CliProcess.Run("interview", stdin: "eleven\n6\n" + chestPain + "\n");
            Assert.True(exit == 0, stderr);
            Assert.Contains("How bad is the pain right now", stdout, StringComparison.Ordinal);
            Assert.Contains("Type a number from 0 to 10.", stdout, StringComparison.Ordinal);
            Assert.Contains("Do you have any of these right now, with or without back pain?", stdout, StringComparison.Ordinal);
            Assert.Contains("EMERGENCY\n" + Triage.Assess(new PainAssessment(0, symptoms: new[] { Symptom.ChestPain })).Headline, stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("Did the pain start suddenly", stdout, StringComparison.Ordinal);
        }

        // A mild case answered to the end, then the result as text with what would change it.
        [Fact]
        public void TheInteractiveInterviewEndsAMildCaseWithWhatWouldChangeIt()
        {
            var answers = new System.Collections.Generic.List<string>();
            var step = TriageInterview.Default.Next(InterviewAnswers.Empty);
            var given = InterviewAnswers.Empty;
            while (!step.IsDone)
            {
                var question = step.Question!;
                var (typed, answer) = question.Kind switch
                {
                    QuestionKind.Scale => ("3", Answer.Of(3)),
                    QuestionKind.Number => ("2", Answer.Of(2)),
                    QuestionKind.MultipleChoice => ("0", Answer.Choices()),
                    QuestionKind.YesNo => ("2", Answer.Of(false)),
                    _ => ("1", question.Options[0].Value),
                };
                answers.Add(typed);
                given = given.With(question.Id, answer);
                step = TriageInterview.Default.Next(given);
            }

            var (exit, stdout, stderr) = CliProcess.Run("interview", stdin: string.Join("\n", answers) + "\n");
            Assert.True(exit == 0, stderr);
            Assert.Contains("RUN WITH MODIFICATIONS\n", stdout, StringComparison.Ordinal);
            Assert.Contains("What would change the answer:\n  > You can keep running as usual once the pain has gone.", stdout, StringComparison.Ordinal);
            Assert.Equal(Disposition.RunWithModifications, step.Result!.Disposition);

            var (ended, cut, _) = CliProcess.Run("interview", stdin: "3\n");
            Assert.Equal(1, ended);
            Assert.Contains("no advice was given", cut, StringComparison.Ordinal);
        }
    }
}
