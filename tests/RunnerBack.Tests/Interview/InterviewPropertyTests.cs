using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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

        private static readonly Gen<(InterviewAnswers Partial, InterviewAnswers Completion)> PartialAndCompletion =
            from partial in PartialAnswers
            from completion in CompletionOf(partial.Partial)
            select (partial.Partial, completion);

        private static readonly Gen<(InterviewAnswers Partial, List<InterviewAnswers> Completions)> PartialAndCompletions =
            from partial in PartialAnswers
            from completions in Gen.ListOf(CompletionOf(partial.Partial), 4)
            select (partial.Partial, completions);

        // Invariant 10: every completion of the answers lies in the interview's range.
        [Property(MaxTest = Cases)]
        [Trait("Hazard", "H02")]
        public Property Invariant10_EveryCompletionLiesInTheRange()
        {
            return Prop.ForAll(PartialAndCompletion.ToArbitrary(), pair =>
            {
                var step = TriageInterview.Default.Next(pair.Partial);
                var disposition = Triage.Assess(AsAssessment(pair.Completion)).Disposition;
                Assert.True(step.DispositionRange.Contains(disposition), $"{disposition} is outside {step.DispositionRange} for {pair.Partial}");
            });
        }

        // Invariant 11: in safety mode the interview is done only when every completion gives the
        // same disposition, or the lowest is emergency.
        [Property(MaxTest = Cases)]
        [Trait("Hazard", "H02")]
        public Property Invariant11_DoneOnlyWhenNoAnswerCanChangeTheDisposition()
        {
            return Prop.ForAll(PartialAndCompletions.ToArbitrary(), pair =>
            {
                var step = TriageInterview.Default.Next(pair.Partial);
                if (!step.IsDone)
                {
                    return;
                }

                Assert.True(step.DispositionRange.IsSettled || step.DispositionRange.Lowest == Disposition.Emergency, step.DispositionRange.ToString());
                foreach (var completion in pair.Completions)
                {
                    var disposition = Triage.Assess(AsAssessment(completion)).Disposition;
                    Assert.True(
                        disposition == step.Result!.Disposition || step.DispositionRange.Lowest == Disposition.Emergency,
                        $"done at {step.Result!.Disposition} but a completion gives {disposition}: {completion}");
                }
            });
        }

        // Invariant 12: while an open safety question can reach emergency, no question of lower
        // reach is asked. Reach here is the test's own: the question at each of its answers, every
        // other open safety question at its calmest answer that the test knows (none, no, the
        // lowest number), and location at each of its options.
        [Property(MaxTest = Cases)]
        [Trait("Hazard", "H02")]
        public Property Invariant12_EmergencyCapableQuestionsComeFirst()
        {
            return Prop.ForAll(PartialAnswers.ToArbitrary(), partial =>
            {
                if (EmergencyCapableQuestionOpen(partial.Partial) is { } asked)
                {
                    var open = OpenSafetyQuestions(partial.Partial);
                    Assert.Equal(Disposition.Emergency, Reach(partial.Partial, asked, open));
                }
            });
        }

        // TRIAGE.md 8.4's order, at every level and not only emergency: the question asked has the
        // highest reach of the open safety questions, and no open question before it in the
        // catalogue has as high a reach. Reach is the test's own, as for invariant 12.
        [Property(MaxTest = Cases)]
        [Trait("Hazard", "H02")]
        public Property TheQuestionAskedHasTheHighestReach()
        {
            return Prop.ForAll(Gen.OneOf(PartialAnswers, PastTheChecklists, LocationOpen).ToArbitrary(), partial =>
            {
                var step = TriageInterview.Default.Next(partial.Partial);
                if (step.Question is not { } asked || !asked.IsSafety)
                {
                    return;
                }

                var open = OpenSafetyQuestions(partial.Partial);
                var reach = Reach(partial.Partial, asked, open);
                foreach (var other in open)
                {
                    var otherReach = Reach(partial.Partial, other, open);
                    Assert.True(otherReach <= reach, $"asked {asked.Id} (reach {reach}) before {other.Id} (reach {otherReach})");
                    if (Array.IndexOf(Questions, other) < Array.IndexOf(Questions, asked))
                    {
                        Assert.True(otherReach < reach, $"asked {asked.Id} before {other.Id}, which comes first in the catalogue with the same reach {reach}");
                    }
                }
            });
        }

        [Fact]
        public void TheOrderPropertyReachesQuestionsAskedOutOfCatalogueOrder()
        {
            var outOfOrder = Coverage.Count(PastTheChecklists, Cases, partial =>
                TriageInterview.Default.Next(partial.Partial).Question is { IsSafety: true } asked
                && OpenSafetyQuestions(partial.Partial).FirstOrDefault() is { } first && first.Id != asked.Id);
            Assert.True(outOfOrder > Cases / 20, $"only {outOfOrder} of {Cases} cases asked a question other than the first open one");
        }

        // Partial answers with the questions that can reach emergency answered (the checklists,
        // onset and location, which come first in the catalogue), so the order among the rest shows.
        // Mild runners, so that no red flag settles the answer before the order matters.
        private static readonly Gen<(AssessmentSpec Spec, InterviewAnswers Full, InterviewAnswers Partial)> PastTheChecklists =
            from spec in MildPainfulAssessment
            from open in Gen.SubListOf(SafetyQuestions.Select(q => q.Id).Except(new[] { "symptoms", "radiatesTo", "onset", "location" }).ToArray())
            let full = InterviewAnswers.From(spec.Build())
            select (spec, full, open.Aggregate(full, (answers, id) => answers.Without(id)));

        // Location has no order of risk, so the interview tries each of its options: partial
        // answers with location open and the checklists answered, so that location can matter.
        private static readonly Gen<(AssessmentSpec Spec, InterviewAnswers Full, InterviewAnswers Partial)> LocationOpen =
            from spec in MildPainfulAssessment
            from open in Gen.SubListOf(SafetyQuestions.Select(q => q.Id).Except(new[] { "symptoms", "radiatesTo", "location" }).ToArray())
            let full = InterviewAnswers.From(spec.Build()).Without("location")
            select (spec, full, open.Aggregate(full, (answers, id) => answers.Without(id)));

        // Invariants 10 to 12 are trivially true on answers that settle at once; the generator must
        // reach the cases each of them is about.
        [Fact]
        public void TheGeneratorReachesTheCasesInvariants10To12AreAbout()
        {
            var narrowed = Coverage.Count(PartialAndCompletion, Cases, pair =>
                TriageInterview.Default.Next(pair.Partial).DispositionRange is var range && range.Lowest > Disposition.RunWithModifications && !range.IsSettled);
            Assert.True(narrowed > Cases / 10, $"only {narrowed} of {Cases} cases had an open range above the base level");

            var doneWithOpenQuestions = Coverage.Count(PartialAndCompletions, Cases, pair =>
                TriageInterview.Default.Next(pair.Partial) is { IsDone: true } step && step.Unanswered.Count > 0);
            Assert.True(doneWithOpenQuestions > Cases / 20, $"only {doneWithOpenQuestions} of {Cases} cases stopped with questions left open");

            var emergencyCapable = Coverage.Count(PartialAnswers, Cases, partial => EmergencyCapableQuestionOpen(partial.Partial) is not null);
            Assert.True(emergencyCapable > Cases / 10, $"only {emergencyCapable} of {Cases} cases had an emergency-capable question open");
        }

        // The question asked when an open safety question can reach emergency, or null when none can
        // (or the interview is done, or asks the pain level, which comes before everything).
        private static Question? EmergencyCapableQuestionOpen(InterviewAnswers partial)
        {
            var step = TriageInterview.Default.Next(partial);
            if (step.Question is not { } asked || asked.Id == "painLevel")
            {
                return null;
            }

            var open = OpenSafetyQuestions(partial);
            return open.Any(q => Reach(partial, q, open) == Disposition.Emergency) ? asked : null;
        }

        private static List<Question> OpenSafetyQuestions(InterviewAnswers partial) =>
            SafetyQuestions.Where(q => partial.Find(q.Id) is null && Applies(q, partial)).ToList();

        // Invariant 11 with no exception for pain 0 (TRIAGE.md 8.1): the symptom checklist is open
        // until it is answered, so the interview asks it, and only then is done, with Assess's
        // disposition; a runner with chest pain and no back pain is an emergency.
        [Property(MaxTest = Cases)]
        [Trait("Hazard", "H02")]
        public Property Invariant11_HoldsWithoutPainToo()
        {
            var noPain = Generators.Assessment.Where(s => s.PainLevel == 0);
            return Prop.ForAll(noPain.ToArbitrary(), spec =>
            {
                var painOnly = InterviewAnswers.Empty.With("painLevel", Answer.Of(0));
                var first = TriageInterview.Default.Next(painOnly);
                Assert.Equal("symptoms", first.Question?.Id);
                Assert.Equal(new DispositionRange(Disposition.KeepRunning, Disposition.Emergency), first.DispositionRange);

                var symptoms = spec.Build().Symptoms;
                var done = TriageInterview.Default.Next(painOnly.With("symptoms", Answer.Choices(symptoms.Select(ContractName))));
                Assert.True(done.IsDone);
                Assert.Empty(done.Unanswered);
                Assert.Equal(Triage.Assess(new PainAssessment(0, symptoms: symptoms)).Disposition, done.Result!.Disposition);
            });
        }

        [Fact]
        public void ThePainZeroPropertyReachesEmergencies()
        {
            var emergencies = Coverage.Count(Generators.Assessment.Where(s => s.PainLevel == 0), Cases, spec =>
                Triage.Assess(new PainAssessment(0, symptoms: spec.Build().Symptoms)).Disposition == Disposition.Emergency);
            Assert.True(emergencies > Cases / 10, $"only {emergencies} of {Cases} cases were emergencies");
        }

        private static string ContractName(Symptom symptom) => char.ToLowerInvariant(symptom.ToString()[0]) + symptom.ToString().Substring(1);

        // A runner who knows every answer of a generated assessment answers whatever the interview
        // asks: it ends with Assess's disposition, never asks twice, and never asks what does not apply.
        [Property(MaxTest = Cases)]
        public Property ASimulatedRunnerEndsWithAssesssDisposition()
        {
            return Prop.ForAll(PainfulAssessment.ToArbitrary(), spec => { Simulate(spec.Build(), InterviewMode.Safety); });
        }

        // How many questions that takes, for all generated runners and for those with no warning
        // sign, who take longest.
        [Theory]
        [InlineData("any")]
        [InlineData("no warning sign")]
        public void TheInterviewStopsBeforeAskingEverything(string runners)
        {
            var gen = runners == "any" ? PainfulAssessment : MildPainfulAssessment;
            var asked = Coverage.Sample(gen, Cases).Select(spec => Simulate(spec.Build(), InterviewMode.Safety)).OrderBy(n => n).ToList();
            var mean = asked.Average();
            var p95 = asked[(int)Math.Ceiling(asked.Count * 0.95) - 1];
            output.WriteLine($"questions asked per simulated runner ({runners}): mean {mean:F1}, 95th percentile {p95}, of {Questions.Count(q => q.IsSafety)} safety questions");
            Assert.True(mean < Questions.Count(q => q.IsSafety), "the interview should stop before asking everything, on average");
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
        [Property(MaxTest = 300)]
        public Property ModeCompleteAlsoEndsWithAssesssDisposition()
        {
            return Prop.ForAll(MildPainfulAssessment.ToArbitrary(), spec => { Simulate(spec.Build(), InterviewMode.Complete); });
        }

        [Fact]
        public void ModeCompleteGoesOnToProfileQuestions()
        {
            var asked = Coverage.Sample(MildPainfulAssessment, 300).Max(spec => Simulate(spec.Build(), InterviewMode.Complete));
            Assert.True(asked > Questions.Count(q => q.IsSafety), "mode complete should go on to profile questions for some runner");
        }

        private static bool Applies(Question question, InterviewAnswers answers) => question.Id switch
        {
            "painLevel" => true,
            "age" => answers.Find("recentTrauma") is { } trauma && (trauma.IsYes || trauma == Answer.NotSure),
            "loadFitsWell" => answers.Find("carriedLoad")?.ChoiceValue is "waistBelt" or "hydrationVest" or "backpack",
            "symptoms" => answers.Find("painLevel") is not null,
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

        // TRIAGE.md 8.4: location has no order of risk; an open location takes the first option in
        // the catalogue's order among those that give the lowest disposition with every open
        // question calm (so the neck, where a sudden severe pain is an emergency); as the question
        // itself, every option is tried.
        private static IEnumerable<Answer?> Locations(InterviewAnswers partial, Question question, List<Question> open)
        {
            if (question.Id == "location" || !open.Any(o => o.Id == "location"))
            {
                return new Answer?[] { null };
            }

            var calm = open.Where(o => o.Id != "location").Aggregate(partial, (answers, o) => answers.With(o.Id, Calm(o)));
            var least = QuestionCatalogue.Get("location").Options.Select(o => o.Value)
                .MinBy(location => Triage.Assess(AsAssessment(calm.With("location", location))).Disposition);
            return new Answer?[] { least };
        }

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
