using System;
using RunnerBack.Benchmarks;
using RunnerBack.Json;
using Xunit;

namespace RunnerBack.Tests.Benchmarks
{
    // JsonMixBenchmarks compares the JSON path with Assess over the same generated inputs; that
    // comparison is honest only if every request is valid and leads to the result Assess gives.
    public sealed class JsonMixWorkloadTests
    {
        [Fact]
        public void EveryGeneratedRequestGivesTheResultOfAssessingItsAssessment()
        {
            var assessments = Workloads.Generate(3000, seed: 2026);
            var requests = Workloads.Requests(assessments);

            Assert.Equal(assessments.Length, requests.Length);
            for (var i = 0; i < requests.Length; i++)
            {
                var response = TriageJson.Assess(requests[i]);
                Assert.True(response.Errors.Count == 0, $"Request {i} was refused: {TriageJson.Serialize(response)}");
                Assert.Equal(Triage.Assess(assessments[i]), response.Result);
            }
        }

        [Fact]
        public void TheGeneratedRequestsVary()
        {
            // A mix of one request repeated would measure what JsonBenchmarks already does.
            var assessments = Workloads.Generate(3000, seed: 2026);
            var dispositions = new bool[Enum.GetValues(typeof(Disposition)).Length];
            foreach (var assessment in assessments)
            {
                dispositions[(int)Triage.Assess(assessment).Disposition] = true;
            }

            Assert.All(dispositions, Assert.True);
        }
    }
}
