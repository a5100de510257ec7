using System.Linq;
using RunnerBack.Json;
using Xunit;
using static RunnerBack.Tests.Interview.InterviewSupport;

namespace RunnerBack.Tests.Interview
{
    // The interview reads an assessment's answers, and builds its candidate assessments, through
    // the model's draft, with no JSON in between. Each way must agree with the others: an
    // assessment's answers build the same assessment again, and the same answers sent as JSON give
    // the same step.
    public sealed class AnswerDraftTests
    {
        private static readonly PainAssessment[] Generated = RunnerBack.Benchmarks.Workloads.Generate(1000, seed: 33);

        [Fact]
        public void AnAssessmentsAnswersBuildTheSameAssessment()
        {
            var completions = new Completions(Triage.Default);
            var withRunner = 0;
            foreach (var assessment in Generated)
            {
                var answers = InterviewAnswers.From(assessment);
                var work = Enumerable.Range(0, Questions.Length).Select(i => answers[i]).ToArray();
                Assert.Equal(assessment, completions.Build(work));
                withRunner += assessment.Runner is null ? 0 : 1;
            }

            // Both sides of the runner's branch are reached.
            Assert.InRange(withRunner, 100, Generated.Length - 10);
        }

        // Onset left out, so that a step can be a question.
        [Fact]
        public void TheSameAnswersAsJsonGiveTheSameStep()
        {
            var questions = 0;
            foreach (var assessment in Generated.Take(300))
            {
                var json = "{\"answers\":" + TriageJson.Serialize(assessment) + "}";
                var fromJson = InterviewJson.Next(json.Replace("\"onset\":\"" + ChoiceNames<PainOnset>.Of(assessment.Onset ?? PainOnset.Gradual) + "\",", string.Empty));
                var direct = Triage.Interview.Next(InterviewAnswers.From(assessment).Without("onset"));
                Assert.True(fromJson.IsValid, json);
                Assert.Equal(direct.Question?.Id, fromJson.Step!.Question?.Id);
                Assert.Equal(direct.DispositionRange, fromJson.Step.DispositionRange);
                Assert.Equal(direct.Result?.Disposition, fromJson.Step.Result?.Disposition);
                questions += direct.IsDone ? 0 : 1;
            }

            Assert.True(questions > 30, questions.ToString());
        }

        // A distance in miles is kept in kilometres, and read back as kilometres.
        [Fact]
        public void MilesBuildKilometres()
        {
            var completions = new Completions(Triage.Default);
            var work = new Answer?[Questions.Length];
            work[QuestionCatalogue.IndexOf("painLevel")] = Answer.Of(0);
            work[QuestionCatalogue.IndexOf("symptoms")] = Answer.Choices();
            work[QuestionCatalogue.IndexOf("shoeDistanceMiles")] = Answer.Of(500);
            var built = completions.Build(work);
            Assert.Equal(500 * 1.609344, built.Runner!.ShoeDistanceKm!.Value, 9);
            var answers = InterviewAnswers.From(built);
            Assert.Null(answers.Find("shoeDistanceMiles"));
            Assert.Equal(500 * 1.609344, answers.Find("shoeDistanceKm")!.Value.Number, 9);
        }
    }
}
