using System;
using System.Linq;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Interview
{
    // The shoes' distance is asked in the runner's unit; the assessment keeps kilometres.
    public sealed class DistanceUnitTests
    {
        private static string WithRunner(string runner) => Requests.Calm(2).Replace("\"runner\":{\"history\":[]}", "\"runner\":{" + runner + "\"history\":[]}", StringComparison.Ordinal);

        [Fact]
        public void MilesAreReadAsKilometres()
        {
            var assessment = TriageJson.ParseAssessment(WithRunner("\"shoeDistanceMiles\":500,")).Assessment!;
            Assert.Equal(500 * 1.609344, assessment.Runner!.ShoeDistanceKm!.Value, 9);

            // 500 miles is just over the 800 km at which shoes count as worn.
            Assert.Contains(Triage.Assess(assessment).Contributors, c => c.Code == "footwear");
            Assert.DoesNotContain(Triage.Assess(TriageJson.ParseAssessment(WithRunner("\"shoeDistanceMiles\":490,")).Assessment!).Contributors, c => c.Code == "footwear");
            Assert.Contains("\"shoeDistanceKm\":804.672", TriageJson.Serialize(assessment), StringComparison.Ordinal);
            Assert.DoesNotContain("Miles", TriageJson.Serialize(assessment), StringComparison.Ordinal);
        }

        [Fact]
        public void BothUnitsAtOnceAreRefused()
        {
            var response = TriageJson.Assess(WithRunner("\"shoeDistanceKm\":10,\"shoeDistanceMiles\":6,"));
            var error = Assert.Single(response.Errors);
            Assert.Equal(("$.runner.shoeDistanceMiles", ValidationCodes.DuplicateProperty), (error.Path, error.Code));
            Assert.Equal("$.runner.shoeDistanceMiles", Assert.Single(TriageJson.Assess(WithRunner("\"shoeDistanceMiles\":6214,")).Errors).Path);
        }

        // In mode complete the interview asks the distance in the runner's unit, once.
        [Fact]
        public void TheInterviewAsksInTheRunnersUnit()
        {
            var asked = AskedIn(DistanceUnit.Miles);
            Assert.Contains("shoeDistanceMiles", asked);
            Assert.DoesNotContain("shoeDistanceKm", asked);
            var inKilometres = AskedIn(DistanceUnit.Kilometres);
            Assert.Contains("shoeDistanceKm", inKilometres);
            Assert.DoesNotContain("shoeDistanceMiles", inKilometres);

            var step = InterviewJson.Next("{\"answers\":{},\"units\":\"miles\"}");
            Assert.True(step.IsValid);
            Assert.Equal("$.units", Assert.Single(InterviewJson.Next("{\"answers\":{},\"units\":\"leagues\"}").Errors).Path);
        }

        // A simulated runner who answers every question the interview asks, with worn shoes.
        private static string[] AskedIn(DistanceUnit units)
        {
            var answers = InterviewAnswers.Empty.With("painLevel", Answer.Of(2));
            var spec = AssessmentSpec.MildAche;
            var full = InterviewAnswers.From(spec.Build());
            var asked = new System.Collections.Generic.List<string>();
            for (var i = 0; i < 60; i++)
            {
                var step = Triage.Interview.Next(answers, InterviewMode.Complete, units: units);
                if (step.IsDone)
                {
                    break;
                }

                var id = step.Question!.Id;
                asked.Add(id);
                var answer = id switch
                {
                    "shoeDistanceKm" => Answer.Of(900),
                    "shoeDistanceMiles" => Answer.Of(600),
                    "carriedLoad" => Answer.Choice("none"),
                    _ => full.Find(id) ?? step.Question.LeastRisky[0],
                };
                answers = answers.With(id, answer);
            }

            return asked.ToArray();
        }
    }
}
