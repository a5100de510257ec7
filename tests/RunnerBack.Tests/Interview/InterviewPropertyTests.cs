using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using RunnerBack.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using static RunnerBack.Tests.Interview.InterviewSupport;

namespace RunnerBack.Tests.Interview
{
    // TRIAGE.md section 7, invariants 10 to 12, and the simulated runner of TRIAGE.md 8.4.
    public sealed class InterviewPropertyTests(ITestOutputHelper output)
    {
        private const int Cases = 1000;

        // Invariant 10: every completion of the answers lies in the interview's range.
        [Fact]
        public void Invariant10_EveryCompletionLiesInTheRange()
        {
            var narrowed = 0;
            var gen =
                from partial in PartialAnswers
                from completion in CompletionOf(partial.Partial)
                select (partial.Partial, completion);
            Prop.ForAll(gen.ToArbitrary(), pair =>
            {
                var step = TriageInterview.Default.Next(pair.Partial);
                var disposition = Triage.Assess(AsAssessment(pair.completion)).Disposition;
                Assert.True(step.DispositionRange.Contains(disposition), $"{disposition} is outside {step.DispositionRange} for {pair.Partial}");
                narrowed += step.DispositionRange.Lowest > Disposition.RunWithModifications && !step.DispositionRange.IsSettled ? 1 : 0;
            }).Check(Checks.Cases(Cases));
            Assert.True(narrowed > Cases / 10, $"only {narrowed} cases had an open range above the base level");
        }

        // Invariant 11: in safety mode the interview is done only when every completion gives the
        // same disposition, or the lowest is emergency.
        [Fact]
        public void Invariant11_DoneOnlyWhenNoAnswerCanChangeTheDisposition()
        {
            var doneWithOpenQuestions = 0;
            var gen =
                from partial in PartialAnswers
                from completions in Gen.ListOf(CompletionOf(partial.Partial), 4)
                select (partial.Partial, completions);
            Prop.ForAll(gen.ToArbitrary(), pair =>
            {
                var step = TriageInterview.Default.Next(pair.Partial);
                if (!step.IsDone)
                {
                    return;
                }

                Assert.True(step.DispositionRange.IsSettled || step.DispositionRange.Lowest == Disposition.Emergency, step.DispositionRange.ToString());
                doneWithOpenQuestions += step.Unanswered.Count > 0 ? 1 : 0;
                foreach (var completion in pair.completions)
                {
                    var disposition = Triage.Assess(AsAssessment(completion)).Disposition;
                    Assert.True(
                        disposition == step.Result!.Disposition || step.DispositionRange.Lowest == Disposition.Emergency,
                        $"done at {step.Result!.Disposition} but a completion gives {disposition}: {completion}");
                }
            }).Check(Checks.Cases(Cases));
            Assert.True(doneWithOpenQuestions > Cases / 20, $"only {doneWithOpenQuestions} cases stopped with questions left open");
        }

        // Invariant 12: while an open safety question can reach emergency, no question of lower
        // reach is asked. Reach here is the test's own: the question at each of its answers, every
        // other open safety question at its calmest answer that the test knows (none, no, the
        // lowest number), and location at each of its options.
        [Fact]
        public void Invariant12_EmergencyCapableQuestionsComeFirst()
        {
            var checkedCases = 0;
            Prop.ForAll(PartialAnswers.ToArbitrary(), partial =>
            {
                var step = TriageInterview.Default.Next(partial.Partial);
                if (step.Question is not { } asked || asked.Id == "painLevel")
                {
                    return;
                }

                var open = SafetyQuestions.Where(q => partial.Partial.Find(q.Id) is null && Applies(q, partial.Partial)).ToList();
                if (open.Any(q => Reach(partial.Partial, q, open) == Disposition.Emergency))
                {
                    checkedCases++;
                    Assert.Equal(Disposition.Emergency, Reach(partial.Partial, asked, open));
                }
            }).Check(Checks.Cases(Cases));
            Assert.True(checkedCases > Cases / 10, $"only {checkedCases} cases had an emergency-capable question open");
        }

        // A runner who knows every answer of a generated assessment answers whatever the interview
        // asks: it ends with Assess's disposition, never asks twice, and never asks what does not
        // apply. Reported for all generated runners and for those with no warning sign, who take longest.
        [Fact]
        public void ASimulatedRunnerEndsWithAssesssDisposition()
        {
            foreach (var (name, gen) in new[] { ("any", PainfulAssessment), ("no warning sign", MildPainfulAssessment) })
            {
                var asked = new List<int>();
                Prop.ForAll(gen.ToArbitrary(), spec => asked.Add(Simulate(spec.Build(), InterviewMode.Safety))).Check(Checks.Cases(Cases));
                asked.Sort();
                var mean = asked.Average();
                var p95 = asked[(int)Math.Ceiling(asked.Count * 0.95) - 1];
                output.WriteLine($"questions asked per simulated runner ({name}): mean {mean:F1}, 95th percentile {p95}, of {Questions.Count(q => q.IsSafety)} safety questions");
                Assert.True(mean < Questions.Count(q => q.IsSafety), "the interview should stop before asking everything, on average");
            }
        }

        // Answers what the interview asks from the assessment (declining what it does not say) and
        // returns how many questions were asked.
        private static int Simulate(PainAssessment assessment, InterviewMode mode)
        {
            var full = InterviewAnswers.From(assessment);
            var answers = InterviewAnswers.Empty;
            var seen = new HashSet<string>();
            InterviewStep step;
            while (!(step = TriageInterview.Default.Next(answers, mode)).IsDone)
            {
                var question = step.Question!;
                Assert.True(seen.Add(question.Id), question.Id + " was asked twice");
                Assert.True(Applies(question, answers), question.Id + " was asked but does not apply");
                answers = answers.With(question.Id, full.Find(question.Id) ?? (question.IsSafety ? throw new InvalidOperationException("the runner cannot answer " + question.Id) : Answer.Declined));
            }

            Assert.Equal(Triage.Assess(assessment).Disposition, step.Result!.Disposition);
            return seen.Count;
        }

        // The same runner in mode complete: still Assess's disposition, and every question asked applies.
        [Fact]
        public void ModeCompleteAlsoEndsWithAssesssDisposition()
        {
            var asked = 0;
            Prop.ForAll(MildPainfulAssessment.ToArbitrary(), spec => asked = Math.Max(asked, Simulate(spec.Build(), InterviewMode.Complete))).Check(Checks.Cases(300));
            Assert.True(asked > Questions.Count(q => q.IsSafety), "mode complete should go on to profile questions for some runner");
        }

        private static bool Applies(Question question, InterviewAnswers answers) => question.Id switch
        {
            "painLevel" => true,
            "age" => answers.Find("recentTrauma") is { } trauma && (trauma.IsYes || trauma == Answer.NotSure),
            "loadFitsWell" => answers.Find("carriedLoad")?.ChoiceValue is "waistBelt" or "hydrationVest" or "backpack",
            _ when question.IsSafety => answers.Find("painLevel") is { Number: >= 1 },
            _ => true,
        };

        private static Disposition Reach(InterviewAnswers partial, Question question, List<Question> open)
        {
            var best = Disposition.KeepRunning;
            foreach (var answer in Candidates(question))
            {
                foreach (var location in Locations(partial, question, open))
                {
                    var answers = partial.With(question.Id, answer);
                    foreach (var other in open.Where(o => o != question && o.Id != "location"))
                    {
                        answers = answers.With(other.Id, Calm(other));
                    }

                    if (location is { } l)
                    {
                        answers = answers.With("location", l);
                    }

                    var disposition = Triage.Assess(AsAssessment(answers)).Disposition;
                    best = disposition > best ? disposition : best;
                }
            }

            return best;
        }

        // An open location is calm at the lower back, where no built-in rule fires; as the question
        // itself, every option is tried.
        private static IEnumerable<Answer?> Locations(InterviewAnswers partial, Question question, List<Question> open) =>
            question.Id != "location" && open.Any(o => o.Id == "location") ? new Answer?[] { Answer.Choice("lowerBack") } : new Answer?[] { null };

        private static IEnumerable<Answer> Candidates(Question question) => question.Kind switch
        {
            QuestionKind.MultipleChoice => new[] { Answer.Choices(question.Options.Select(o => o.Value.ChoiceValue!)) },
            QuestionKind.Scale or QuestionKind.Number => new[] { Answer.Of(question.Max!.Value) },
            _ => question.Options.Select(o => o.Value),
        };

        private static Answer Calm(Question question) => question.Kind switch
        {
            QuestionKind.MultipleChoice => Answer.Choices(),
            QuestionKind.Scale or QuestionKind.Number => Answer.Of(question.Min!.Value),
            QuestionKind.YesNo => Answer.Of(false),
            _ => question.Options[0].Value,
        };
    }
}
