using System;
using System.Collections.Generic;
using System.Linq;
using RunnerBack.Tests.Support;
using Xunit;
using static RunnerBack.Tests.Interview.InterviewSupport;

namespace RunnerBack.Tests.Interview
{
    // One step of the interview at its edges: what it refuses, what it counts, when it stops, the
    // language and region it answers in, and which profile questions mode complete asks.
    public sealed class InterviewStepTests
    {
        private static readonly InterviewAnswers Calm = InterviewAnswers.From(AssessmentSpec.MildAche.Build());

        [Fact]
        public void ArgumentsAreCheckedBeforeAnythingIsAsked()
        {
            var interview = TriageInterview.Default;
            Assert.Equal("answers", Assert.Throws<ArgumentNullException>(() => interview.Next(null!)).ParamName);
            Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => interview.Next(Calm, (InterviewMode)7)).ParamName);
            Assert.Equal("units", Assert.Throws<ArgumentOutOfRangeException>(() => interview.Next(Calm, units: (DistanceUnit)7)).ParamName);
            Assert.Throws<ArgumentException>(() => interview.Next(Calm, language: "not a tag"));
            Assert.Throws<ArgumentException>(() => interview.Next(Calm, region: "France"));

            // Also when the step is a question, which never reaches the engine's own checks.
            Assert.Throws<ArgumentException>(() => interview.Next(InterviewAnswers.Empty, language: "not a tag"));
            Assert.Throws<ArgumentException>(() => interview.Next(InterviewAnswers.Empty, region: "France"));
            Assert.Throws<ArgumentNullException>(() => new TriageInterview(null!));
        }

        // The first step counts painLevel and every safety question the worst pain opens.
        [Fact]
        public void TheFirstStepCountsEveryQuestionThatMayBeAsked()
        {
            var worst = InterviewAnswers.Empty.With("painLevel", Answer.Of(10));
            var opened = SafetyQuestions.Count(q => q.Applies(worst));
            Assert.True(opened > 10, opened.ToString());
            Assert.Equal(opened + 1, TriageInterview.Default.Next(InterviewAnswers.Empty).OpenSafetyQuestions);
            Assert.Equal(opened, TriageInterview.Default.Next(worst).OpenSafetyQuestions);
        }

        // TRIAGE.md 8.4: done as soon as no open question can move the disposition, even with
        // questions left (a fever is urgent care however long the pain has lasted).
        [Fact]
        public void ItStopsWhenTheOpenQuestionsCannotMoveTheDisposition()
        {
            var fever = Calm.With("symptoms", Answer.Choices("fever")).Without("durationDays").Without("selfCareTried");
            var step = TriageInterview.Default.Next(fever);
            Assert.True(step.IsDone);
            Assert.Equal(new DispositionRange(Disposition.UrgentCare, Disposition.UrgentCare), step.DispositionRange);
            Assert.Equal(new[] { "durationDays", "selfCareTried" }, step.Unanswered);

            // The same open questions without the fever can move it, so the interview asks.
            Assert.False(TriageInterview.Default.Next(Calm.Without("durationDays").Without("selfCareTried")).IsDone);
        }

        [Fact]
        public void LanguageAndRegionEachReachTheResult()
        {
            var emergency = Calm.With("symptoms", Answer.Choices("chestPain"));
            var inGerman = TriageInterview.Default.Next(emergency, language: "de").Result!;
            Assert.Equal("de", inGerman.Language);
            Assert.Equal(TriageInterview.Default.Next(emergency).Result!.Disposition, inGerman.Disposition);

            var inFrance = TriageInterview.Default.Next(emergency, region: "FR").Result!;
            Assert.Equal("en", inFrance.Language);
            var english = TriageInterview.Default.Next(emergency).Result!;
            Assert.NotEqual(english.Headline + string.Join(" ", english.Recommendations.Select(r => r.Instructions)), inFrance.Headline + string.Join(" ", inFrance.Recommendations.Select(r => r.Instructions)));
            Assert.Contains("15", inFrance.Headline + string.Join(" ", inFrance.Recommendations.Select(r => r.Instructions)), StringComparison.Ordinal);
        }

        // The language changes the words, never which question comes next.
        [Fact]
        public void ModeCompleteAsksTheSameQuestionsInEveryLanguage()
        {
            var urgent = Calm.With("symptoms", Answer.Choices("fever"));
            foreach (var answers in new[] { Calm, urgent, Calm.With("experience", Answer.Choice("new")) })
            {
                var english = TriageInterview.Default.Next(answers, InterviewMode.Complete);
                foreach (var language in Languages.All)
                {
                    foreach (var region in new[] { null, "DE" })
                    {
                        var step = TriageInterview.Default.Next(answers, InterviewMode.Complete, language, region);
                        Assert.Equal((english.IsDone, english.Question?.Id), (step.IsDone, step.Question?.Id));
                    }
                }
            }
        }

        // Mode complete asks a profile question exactly when one of its answers changes the advice
        // (disposition, findings or recommendations). Each question is tried as the only one left
        // open, the others declined; the test probes each option, each checklist item alone and
        // both ends of a number.
        [Fact]
        public void ModeCompleteAsksAProfileQuestionExactlyWhenItCanChangeTheAdvice()
        {
            var asked = new List<string>();
            var skipped = new List<string>();
            foreach (var question in Questions.Where(q => !q.IsSafety))
            {
                var answers = Questions.Where(q => !q.IsSafety && q.Id != question.Id && !(question.Id is "shoeDistanceKm" or "shoeDistanceMiles" && q.Id is "shoeDistanceKm" or "shoeDistanceMiles"))
                    .Aggregate(Calm.Without(question.Id), (a, q) => a.With(q.Id, q.Id == "carriedLoad" ? Answer.Choice("backpack") : Answer.Declined));
                var units = question.Id == "shoeDistanceMiles" ? DistanceUnit.Miles : DistanceUnit.Kilometres;
                var baseline = Triage.Assess(AsAssessment(answers));
                var changes = Probes(question).Any(p =>
                    Triage.Assess(AsAssessment(answers.With(question.Id, p))) is var r
                    && (r.Disposition != baseline.Disposition || !r.Findings.SequenceEqual(baseline.Findings) || !r.Recommendations.SequenceEqual(baseline.Recommendations)));
                var step = TriageInterview.Default.Next(answers, InterviewMode.Complete, units: units);
                Assert.True(changes == (step.Question?.Id == question.Id), $"{question.Id}: can change the advice {changes}, next {step.Question?.Id ?? "done"}");
                (changes ? asked : skipped).Add(question.Id);
            }

            Assert.Contains("restDaysPerWeek", asked);
            Assert.Contains("form", asked);
            Assert.Contains("experience", asked);
            Assert.True(asked.Count >= 6 && skipped.Count >= 1, $"asked {string.Join(",", asked)}; skipped {string.Join(",", skipped)}");
        }

        // A finding is advice even when it moves neither the disposition nor the recommendations:
        // for a runner with a fever, sent to urgent care whatever the profile says, an app's rule
        // that adds a stop signal for a missed warm-up makes warmsUp worth asking.
        [Fact]
        public void ModeCompleteAsksAQuestionThatChangesOnlyTheFindings()
        {
            var answers = Questions.Where(q => !q.IsSafety && q.Id is not ("warmsUp" or "shoeDistanceMiles"))
                .Aggregate(Calm.With("symptoms", Answer.Choices("fever")), (a, q) => a.With(q.Id, Answer.Declined));
            Assert.True(TriageInterview.Default.Next(answers, InterviewMode.Complete).IsDone);

            var engine = Triage.CreateBuilder().AddRule(new NoWarmUpRule()).Build();
            var baseline = engine.Assess(AsAssessment(answers));
            var noted = engine.Assess(AsAssessment(answers.With("warmsUp", Answer.Of(false))));
            Assert.Equal(baseline.Disposition, noted.Disposition);
            Assert.Equal(baseline.Recommendations, noted.Recommendations);
            Assert.NotEqual(baseline.Findings, noted.Findings);
            Assert.Equal("warmsUp", new TriageInterview(engine).Next(answers, InterviewMode.Complete).Question?.Id);
        }

        private sealed class NoWarmUpRule : FindingRule
        {
            public NoWarmUpRule()
                : base("test.noWarmUp", "A missed warm-up, noted without changing the disposition.", "test", new Finding("noWarmUp", FindingKind.StopSignal, Disposition.StopAndRest, "No warm-up."))
            {
            }

            protected override bool AppliesTo(TriageContext context) => context.Runner.WarmsUp == false;
        }

        private static IEnumerable<Answer> Probes(Question question) => question.Kind switch
        {
            QuestionKind.Number => new[] { Answer.Of(question.Min!.Value), Answer.Of(question.Max!.Value) },
            QuestionKind.MultipleChoice => question.Options.Select(o => Answer.Choices(o.Value.ChoiceValue!)),
            _ => question.Options.Select(o => o.Value),
        };

        [Fact]
        public void ARangeHoldsItsEndsAndWhatLiesBetween()
        {
            var range = new DispositionRange(Disposition.StopAndRest, Disposition.UrgentCare);
            Assert.Equal(
                new[] { false, false, true, true, true, false },
                Enum.GetValues<Disposition>().Select(range.Contains));
            Assert.False(range.IsSettled);
            Assert.True(new DispositionRange(Disposition.Emergency, Disposition.Emergency).IsSettled);
        }

        [Fact]
        public void AnswersAreEqualWhenTheyAnswerTheSame()
        {
            var a = InterviewAnswers.Empty.With("painLevel", Answer.Of(5)).With("onset", Answer.Choice("sudden"));
            var b = InterviewAnswers.Empty.With("onset", Answer.Choice("sudden")).With("painLevel", Answer.Of(5));
            var c = a.With("onset", Answer.Choice("gradual"));
            Assert.True(a.Equals(b));
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.False(a.Equals(c));
            Assert.False(a.Equals(a.Without("onset")));
            Assert.False(a.Equals((InterviewAnswers?)null));
            Assert.False(a.Equals("painLevel=5"));
            Assert.True(a.Equals((object)b));
            Assert.NotEqual(a.GetHashCode(), c.GetHashCode());
            Assert.NotEqual(InterviewAnswers.Empty.GetHashCode(), a.Without("onset").GetHashCode());
        }

        [Fact]
        public void AnswersReadWell()
        {
            Assert.Equal("{ }", InterviewAnswers.Empty.ToString());
            Assert.Equal("{ painLevel=5 }", InterviewAnswers.Empty.With("painLevel", Answer.Of(5)).ToString());
            Assert.Equal(
                "{ painLevel=5, symptoms=[\"fever\"], onset=\"sudden\" }",
                InterviewAnswers.Empty.With("onset", Answer.Choice("sudden")).With("symptoms", Answer.Choices("fever")).With("painLevel", Answer.Of(5)).ToString());
        }

        // Each candidate is built from its own answers only: nothing of the previous one stays.
        [Fact]
        public void ACandidateHoldsOnlyItsOwnAnswers()
        {
            var completions = new Completions(Triage.Default);
            var work = new Answer?[Questions.Length];
            work[QuestionCatalogue.IndexOf("painLevel")] = Answer.Of(3);
            work[QuestionCatalogue.IndexOf("onset")] = Answer.Choice("sudden");
            work[QuestionCatalogue.IndexOf("experience")] = Answer.Choice("new");
            var first = completions.Build(work);
            Assert.Equal(PainOnset.Sudden, first.Onset);
            Assert.Equal(RunnerExperience.New, first.Runner!.Experience);

            work[QuestionCatalogue.IndexOf("onset")] = null;
            work[QuestionCatalogue.IndexOf("experience")] = null;
            var second = completions.Build(work);
            Assert.Null(second.Onset);
            Assert.Null(second.Runner);
            Assert.Equal(3, second.PainLevel);

            // A profile that keeps one answer and loses another keeps only the one.
            work[QuestionCatalogue.IndexOf("experience")] = Answer.Choice("new");
            work[QuestionCatalogue.IndexOf("sittingHoursPerDay")] = Answer.Of(8);
            Assert.Equal(RunnerExperience.New, completions.Build(work).Runner!.Experience);
            work[QuestionCatalogue.IndexOf("experience")] = null;
            var third = completions.Build(work).Runner!;
            Assert.Null(third.Experience);
            Assert.Equal(8, third.SittingHoursPerDay);
        }

        // A question whose options have no order of risk is tried at each option for the least
        // risky completion; the next question is chosen from the option that really is the least
        // risky, not from the first one listed. Here an app's rule makes neck pain (the first
        // location) an emergency: location, which can reach it, comes before onset, which cannot.
        [Fact]
        public void TheNextQuestionIsChosenFromTheLeastRiskyCompletionNotTheFirstOption()
        {
            var engine = Triage.CreateBuilder().AddRule(new NeckPainIsAnEmergencyRule()).Build();
            var answers = Calm.Without("onset").Without("location");
            var step = new TriageInterview(engine).Next(answers);
            Assert.Equal("location", step.Question!.Id);
            Assert.Equal(Disposition.Emergency, step.DispositionRange.Highest);
            Assert.NotEqual(Disposition.Emergency, step.DispositionRange.Lowest);

            // With neck pain ruled out, onset cannot move the answer of this mild ache: done.
            var noNeck = new TriageInterview(engine).Next(answers.With("location", Answer.Choice("midBack")));
            Assert.True(noNeck.IsDone);
            Assert.Equal(new[] { "onset" }, noNeck.Unanswered);
        }

        private sealed class NeckPainIsAnEmergencyRule : FindingRule
        {
            public NeckPainIsAnEmergencyRule()
                : base("test.neckPain", "Neck pain as an emergency, only to order the options.", "test", new Finding("neckPain", FindingKind.RedFlag, Disposition.Emergency, "Neck pain."))
            {
            }

            protected override bool AppliesTo(TriageContext context) => context.Assessment.Location == PainLocation.Neck;
        }

        // The interview reuses its thread's candidate buffers; a rule that starts an interview of
        // its own while a step is running must get fresh ones and leave the outer step as it would be.
        [Fact]
        public void AnInterviewInsideARuleLeavesTheOuterStepAsItWouldBe()
        {
            var nested = new NestedInterviewRule();
            var engine = Triage.CreateBuilder().AddRule(nested).Build();
            nested.Interview = new TriageInterview(engine);
            var open = new[] { "onset", "location", "trend", "symptoms", "history" };
            var partial = RunnerBack.Benchmarks.Workloads.Generate(40, seed: 9).Where(a => a.PainLevel > 0)
                .Select((a, i) => InterviewAnswers.From(a).Without(open[i % open.Length]).Without(open[(i + 2) % open.Length]));
            // Every expected step first: a step of the default engine in between would leave other
            // buffers on the thread.
            var cases = partial.Select(answers => (answers, expected: TriageInterview.Default.Next(answers))).ToList();
            foreach (var (answers, expected) in cases)
            {
                var actual = nested.Interview.Next(answers);
                Assert.Equal(expected.Question?.Id, actual.Question?.Id);
                Assert.Equal(expected.DispositionRange, actual.DispositionRange);
                Assert.Equal(expected.Result?.Disposition, actual.Result?.Disposition);
            }

            Assert.True(nested.Steps > 16, nested.Steps.ToString());
        }

        private sealed class NestedInterviewRule : FindingRule
        {
            public NestedInterviewRule()
                : base("test.nestedInterview", "Runs an interview step of its own and never fires.", "test", new Finding("nested", FindingKind.StopSignal, Disposition.StopAndRest, "Never."))
            {
            }

            private bool _inside;

            public int Steps { get; private set; }

            // The same engine's interview, so that the step inside would find the same buffers.
            public TriageInterview? Interview { get; set; }

            protected override bool AppliesTo(TriageContext context)
            {
                if (_inside || Interview is null)
                {
                    return false;
                }

                _inside = true;
                try
                {
                    Steps++;
                    return Interview.Next(InterviewAnswers.Empty.With("painLevel", Answer.Of(9)).With("symptoms", Answer.Choices("chestPain"))).IsDone && false;
                }
                finally
                {
                    _inside = false;
                }
            }
        }

        // Candidates with the same profile answers share one profile; a changed answer makes a new one.
        [Fact]
        public void CandidatesShareAProfileOnlyWhileItsAnswersAreTheSame()
        {
            var completions = new Completions(Triage.Default);
            var work = new Answer?[Questions.Length];
            work[QuestionCatalogue.IndexOf("painLevel")] = Answer.Of(3);
            work[QuestionCatalogue.IndexOf("sittingHoursPerDay")] = Answer.Of(8);
            var first = completions.Build(work).Runner!;
            work[QuestionCatalogue.IndexOf("onset")] = Answer.Choice("gradual");
            Assert.Same(first, completions.Build(work).Runner);

            work[QuestionCatalogue.IndexOf("sittingHoursPerDay")] = Answer.Of(2);
            var changed = completions.Build(work).Runner!;
            Assert.NotSame(first, changed);
            Assert.Equal(2, changed.SittingHoursPerDay);
            Assert.Same(changed, completions.Build(work).Runner);
        }
    }
}
