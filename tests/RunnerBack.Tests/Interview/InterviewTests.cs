using System;
using System.Linq;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Interview
{
    // TRIAGE.md 8.3 and 8.4 by example, and the JSON of CONTRACT.md's "Questions" and "Interview".
    public sealed class InterviewTests
    {
        private static InterviewStep Next(InterviewAnswers answers, InterviewMode mode = InterviewMode.Safety) => TriageInterview.Default.Next(answers, mode);

        [Fact]
        public void PainLevelComesFirst()
        {
            var step = Next(InterviewAnswers.Empty);
            Assert.Equal("painLevel", step.Question!.Id);
            Assert.Equal(new DispositionRange(Disposition.KeepRunning, Disposition.Emergency), step.DispositionRange);
            Assert.Equal(0, step.Asked);
        }

        [Fact]
        [Trait("Hazard", "H02")]
        public void NoPainAsksTheSymptomChecklistAndThenStops()
        {
            // Defect: pain 0 was done at once with keepRunning, so chest pain was never asked about.
            var noPain = InterviewAnswers.Empty.With("painLevel", Answer.Of(0));
            var step = Next(noPain);
            Assert.Equal("symptoms", step.Question!.Id);
            Assert.Equal(new DispositionRange(Disposition.KeepRunning, Disposition.Emergency), step.DispositionRange);
            Assert.Equal(1, step.OpenSafetyQuestions);

            var none = Next(noPain.With("symptoms", Answer.Choices()));
            Assert.True(none.IsDone);
            Assert.Equal(Disposition.KeepRunning, none.Result!.Disposition);
            Assert.Empty(none.Unanswered);

            var chestPain = Next(noPain.With("symptoms", Answer.Choices("chestPain", "sweating")));
            Assert.True(chestPain.IsDone);
            Assert.Equal(Disposition.Emergency, chestPain.Result!.Disposition);
        }

        // The defect issue 38 fixed: sharp pain 8 in the mid back is not "see a professional" until
        // the questions that could make it an emergency are answered; the symptom checklist comes first.
        [Fact]
        [Trait("Hazard", "H02")]
        public void SeverePainAsksTheEmergencyQuestionsFirstAndNeverAssumesTheHarmlessAnswer()
        {
            var answers = InterviewAnswers.Empty.With("painLevel", Answer.Of(8)).With("quality", Answer.Choice("sharp")).With("location", Answer.Choice("midBack"));
            var step = Next(answers);
            Assert.Equal("symptoms", step.Question!.Id);
            Assert.Equal(new DispositionRange(Disposition.SeeProfessional, Disposition.Emergency), step.DispositionRange);
            answers = answers.With("symptoms", Answer.Choices()).With("radiatesTo", Answer.Choices());
            Assert.Equal("onset", Next(answers).Question!.Id);
            var sudden = Next(answers.With("onset", Answer.Choice("sudden")));
            Assert.True(sudden.IsDone);
            Assert.Equal(Disposition.Emergency, sudden.Result!.Disposition);
            Assert.Equal(Disposition.Emergency, Next(answers.With("onset", Answer.NotSure)).Result!.Disposition);
        }

        [Fact]
        [Trait("Hazard", "H01")]
        public void AnEmergencyStopsTheInterviewAtOnce()
        {
            var step = Next(InterviewAnswers.Empty.With("painLevel", Answer.Of(2)).With("symptoms", Answer.Choices("chestPain")));
            Assert.True(step.IsDone);
            Assert.Equal(Disposition.Emergency, step.Result!.Disposition);
            Assert.Equal(new DispositionRange(Disposition.Emergency, Disposition.Emergency), step.DispositionRange);
            Assert.Contains("onset", step.Unanswered);
            Assert.Equal(2, step.Asked);
        }

        [Fact]
        public void AgeIsAskedOnlyAfterTrauma()
        {
            var calm = InterviewAnswers.From(AssessmentSpec.MildAche.Build());
            Assert.True(Next(calm).IsDone);
            var step = Next(calm.With("recentTrauma", Answer.Of(true)));
            Assert.Equal("age", step.Question!.Id);
            Assert.Equal(new DispositionRange(Disposition.SeeProfessional, Disposition.UrgentCare), step.DispositionRange);
            Assert.Equal(Disposition.UrgentCare, Next(calm.With("recentTrauma", Answer.Of(true)).With("age", Answer.Of(60))).Result!.Disposition);
            Assert.Equal(Disposition.SeeProfessional, Next(calm.With("recentTrauma", Answer.Of(true)).With("age", Answer.Of(30))).Result!.Disposition);
        }

        // Mode complete goes on with profile questions that can change the advice, and skips
        // those that cannot: at urgent care the gate withholds form advice, so nothing is asked.
        [Fact]
        public void ModeCompleteAsksOnlyWhatCanChangeTheAdvice()
        {
            var calm = InterviewAnswers.From(AssessmentSpec.MildAche.Build()).Without("history").With("history", Answer.Choices());
            var step = Next(calm, InterviewMode.Complete);
            Assert.False(step.IsDone);
            Assert.False(step.Question!.IsSafety);
            Assert.True(Next(calm).IsDone);

            var urgent = calm.With("symptoms", Answer.Choices("fever"));
            Assert.True(Next(urgent, InterviewMode.Complete).IsDone);
            var declined = calm.With(step.Question.Id, Answer.Declined);
            Assert.NotEqual(step.Question.Id, Next(declined, InterviewMode.Complete).Question?.Id);
        }

        [Fact]
        public void AnswersAreCheckedAgainstTheirQuestion()
        {
            Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("painLevel", Answer.Of(11)));
            Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("painLevel", Answer.Of(2.5)));
            Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("onset", Answer.Choice("slowly")));
            Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("location", Answer.NotSure));
            Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("symptoms", Answer.Choices("hiccups")));
            Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("nothing", Answer.Of(1)));
            Assert.Contains("cannot be declined", Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("onset", Answer.Declined)).Message, StringComparison.Ordinal);
            Assert.Equal(AnswerKind.Declined, InterviewAnswers.Empty.With("warmsUp", Answer.Declined).Find("warmsUp")!.Value.Kind);
            Assert.Null(InterviewAnswers.Empty.With("onset", Answer.NotSure).Without("onset").Find("onset"));
        }

        [Fact]
        public void TheSameAnswersGiveTheSameStep()
        {
            var answers = InterviewAnswers.Empty.With("painLevel", Answer.Of(5)).With("trend", Answer.Choice("worsening"));
            var again = InterviewAnswers.Empty.With("trend", Answer.Choice("worsening")).With("painLevel", Answer.Of(5));
            Assert.Equal(answers, again);
            Assert.Equal(Next(answers), Next(again));
            Assert.Equal(InterviewJson.Serialize(Next(answers)), InterviewJson.Serialize(Next(again)));
        }

        // TRIAGE.md 8.3: every input is a question with its kind, path, safety flag and texts.
        [Fact]
        public void TheCatalogueCoversEveryInputOnce()
        {
            var questions = QuestionCatalogue.All;
            Assert.Equal("painLevel", questions[0].Id);
            Assert.Equal(28, questions.Count);
            Assert.Equal(questions.Count, questions.Select(q => q.Path).Distinct().Count());
            var safety = new[] { "painLevel", "quality", "location", "radiatesTo", "onset", "trend", "timing", "persistsAfterStopping", "altersRunningForm", "durationDays", "selfCareTried", "recentTrauma", "symptoms", "history", "age" };
            Assert.Equal(safety.OrderBy(s => s), questions.Where(q => q.IsSafety).Select(q => q.Id).OrderBy(s => s));
            Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Text)));
            Assert.All(questions.Where(q => q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.YesNo), q => Assert.NotEmpty(q.Options));
            Assert.Equal("$.runner.history", QuestionCatalogue.Get("history").Path);
            Assert.Equal(new[] { "true", "false", "\"notSure\"" }, QuestionCatalogue.Get("recentTrauma").Options.Select(o => o.Value.ToString()));
            Assert.Equal(new[] { "true", "false" }, QuestionCatalogue.Get("warmsUp").Options.Select(o => o.Value.ToString()));
            Assert.Equal("None of these", QuestionCatalogue.Get("symptoms").NoneLabel);
            Assert.Equal(("km", 0.0, 10000.0), (QuestionCatalogue.Get("shoeDistanceKm").Unit, QuestionCatalogue.Get("shoeDistanceKm").Min!.Value, QuestionCatalogue.Get("shoeDistanceKm").Max!.Value));
            Assert.Equal(("miles", 0.0, 6213.0), (QuestionCatalogue.Get("shoeDistanceMiles").Unit, QuestionCatalogue.Get("shoeDistanceMiles").Min!.Value, QuestionCatalogue.Get("shoeDistanceMiles").Max!.Value));
            Assert.Throws<ArgumentException>(() => QuestionCatalogue.Get("mood"));
        }

        [Fact]
        public void TheInterviewSpeaksTheContractsJson()
        {
            var response = InterviewJson.Next("{\"answers\":{\"painLevel\":8,\"quality\":\"sharp\",\"location\":\"midBack\"},\"mode\":\"safety\",\"language\":\"en\"}");
            Assert.True(response.IsValid, string.Join("; ", response.Errors));
            var json = InterviewJson.Serialize(response);
            Assert.StartsWith("{\"status\":\"question\",\"question\":{\"id\":\"symptoms\",\"kind\":\"multipleChoice\",\"path\":\"$.symptoms\",\"safety\":true,", json, StringComparison.Ordinal);
            Assert.EndsWith("\"dispositionRange\":{\"lowest\":\"seeProfessional\",\"highest\":\"emergency\"},\"asked\":3,\"openSafetyQuestions\":11}", json, StringComparison.Ordinal);

            var done = InterviewJson.Serialize(InterviewJson.Next("{\"answers\":{\"painLevel\":3,\"symptoms\":[\"chestPain\"]}}"));
            Assert.StartsWith("{\"status\":\"done\",\"dispositionRange\":{\"lowest\":\"emergency\",\"highest\":\"emergency\"},\"asked\":2,", done, StringComparison.Ordinal);
            Assert.Contains("\"unanswered\":[\"radiatesTo\",", done, StringComparison.Ordinal);
            Assert.Contains("\"result\":{\"disposition\":\"emergency\"", done, StringComparison.Ordinal);
        }

        [Fact]
        [Trait("Hazard", "H10")]
        public void InvalidInterviewRequestsListEveryProblemAtItsPath()
        {
            var response = InterviewJson.Next("{\"answers\":{\"painLevel\":12,\"onset\":null,\"runner\":{\"warmsUp\":null},\"mood\":1},\"mode\":\"quick\",\"extra\":true}");
            Assert.False(response.IsValid);
            Assert.Equal(
                new[] { "$.answers.painLevel outOfRange", "$.answers.mood unknownProperty", "$.mode unknownValue", "$.extra unknownProperty", "$.answers.onset required" },
                response.Errors.Select(e => e.Path + " " + e.Code));
            Assert.Equal("$.answers required", InterviewJson.Next("{}").Errors.Select(e => e.Path + " " + e.Code).Single());
            Assert.Equal("$ malformedJson", InterviewJson.Next("{").Errors.Select(e => e.Path + " " + e.Code).Single());
        }

        [Fact]
        public void TheQuestionsJsonListsTheCatalogue()
        {
            var json = InterviewJson.SerializeQuestions();
            Assert.StartsWith("{\"questions\":[{\"id\":\"painLevel\",\"kind\":\"scale\",\"path\":\"$.painLevel\",\"safety\":true,", json, StringComparison.Ordinal);
            Assert.Contains("{\"value\":\"notSure\",\"label\":\"Not sure\"}", json, StringComparison.Ordinal);
            Assert.Contains("{\"value\":true,\"label\":\"Yes\"}", json, StringComparison.Ordinal);
            Assert.Contains("\"unit\":\"km\"", json, StringComparison.Ordinal);
            Assert.Equal(28, System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("questions").GetArrayLength());
        }
    }
}
