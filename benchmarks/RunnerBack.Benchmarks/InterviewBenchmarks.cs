using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using RunnerBack;

namespace RunnerBack.Benchmarks
{
    // One interview step (the next question and the disposition range, default rules) over
    // generated partial answers: the answers of generated assessments with a random set of safety
    // questions left open, as an app sends them mid-interview. Budget: 200 µs at the median.
    [MemoryDiagnoser]
    public class InterviewBenchmarks
    {
        private const int Count = 64;

        private InterviewAnswers[] _answers = Array.Empty<InterviewAnswers>();
        private int _next;

        [GlobalSetup]
        public void Setup() => _answers = PartialAnswers(Count, seed: 5);

        [Benchmark]
        public InterviewStep Step() => Triage.Interview.Next(_answers[_next++ & (Count - 1)]);

        // Every safety question but pain left open with probability one half, so steps range from
        // the first question after pain to the last.
        public static InterviewAnswers[] PartialAnswers(int count, int seed)
        {
            var random = new Random(seed);
            var safety = QuestionCatalogue.All.Where(q => q.IsSafety && q.Id != "painLevel").Select(q => q.Id).ToArray();
            return Workloads.Generate(count * 4, seed)
                .Where(a => a.PainLevel > 0)
                .Take(count)
                .Select(a => safety.Where(_ => random.Next(2) == 0).Aggregate(InterviewAnswers.From(a), (answers, id) => answers.Without(id)))
                .ToArray();
        }
    }
}
