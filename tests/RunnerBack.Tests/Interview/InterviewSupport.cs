using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using RunnerBack.Tests.Support;

namespace RunnerBack.Tests.Interview
{
    // Partial answers and their completions, built from generated complete assessments: the test's
    // own view of TRIAGE.md 8.4, independent of how the interview computes its range.
    internal static class InterviewSupport
    {
        public static readonly Question[] Questions = QuestionCatalogue.All.ToArray();

        public static readonly Question[] SafetyQuestions = Questions.Where(q => q.IsSafety && q.Id != "painLevel").ToArray();

        // A complete assessment with pain, with an age whenever there may have been trauma, so
        // that a simulated runner can answer everything the interview may ask.
        public static Gen<AssessmentSpec> PainfulAssessment { get; } =
            from spec in Generators.Assessment
            from pain in Gen.Choose(1, 10)
            from quality in Generators.EnumValue<PainQuality>()
            from location in Generators.EnumValue<PainLocation>()
            from age in Gen.Choose(5, 120)
            select spec.PainLevel > 0 ? WithAge(spec, age) : WithAge(spec with { PainLevel = pain, Quality = quality, Location = location, Trend = PainTrend.Stable, Onset = PainOnset.Gradual, Timing = PainTiming.DuringRun, PersistsAfterStopping = YesNo.No, AltersRunningForm = YesNo.No, DurationDays = 0, SelfCareTried = YesNo.No, RecentTrauma = YesNo.No }, age);

        // The same with no symptom, spread, trauma or history: the interview's long path, where
        // nothing stops it early.
        public static Gen<AssessmentSpec> MildPainfulAssessment { get; } =
            from spec in PainfulAssessment
            select spec with
            {
                Symptoms = Array.Empty<Symptom>(), RadiatesTo = Array.Empty<RadiationTarget>(), RecentTrauma = YesNo.No,
                Runner = spec.Runner! with { History = Array.Empty<MedicalHistory>() },
            };

        // Answers of a generated assessment with some safety questions left open (never painLevel).
        public static Gen<(AssessmentSpec Spec, InterviewAnswers Full, InterviewAnswers Partial)> PartialAnswers { get; } =
            from spec in PainfulAssessment
            from open in Gen.SubListOf(SafetyQuestions.Select(q => q.Id).ToArray())
            let full = InterviewAnswers.From(spec.Build())
            select (spec, full, open.Aggregate(full, (answers, id) => answers.Without(id)));

        // Every open safety question given a random answer from its options or range.
        public static Gen<InterviewAnswers> CompletionOf(InterviewAnswers partial)
        {
            var gen = Gen.Constant(partial);
            foreach (var question in SafetyQuestions.Where(q => partial.Find(q.Id) is null))
            {
                var q = question;
                gen = from answers in gen
                      from answer in AnyAnswer(q)
                      select answers.With(q.Id, answer);
            }

            return gen;
        }

        public static Gen<Answer> AnyAnswer(Question question) => question.Kind switch
        {
            QuestionKind.Scale or QuestionKind.Number =>
                Gen.Choose((int)question.Min!.Value, (int)question.Max!.Value).Select(n => Answer.Of(n)),
            QuestionKind.MultipleChoice =>
                Gen.SubListOf(question.Options.Select(o => o.Value.ChoiceValue!).ToArray()).Select(values => Answer.Choices(values)),
            _ => Gen.Elements(question.Options.Select(o => o.Value).ToArray()),
        };

        // The answers as an assessment request, read by the library's own JSON reader.
        public static PainAssessment AsAssessment(InterviewAnswers answers)
        {
            var members = new List<string>();
            var runner = new List<string>();
            foreach (var question in Questions)
            {
                if (answers.Find(question.Id) is { Kind: not AnswerKind.Declined } answer)
                {
                    (question.Path.StartsWith("$.runner.", StringComparison.Ordinal) ? runner : members).Add("\"" + question.Id + "\":" + answer);
                }
            }

            if (runner.Count > 0)
            {
                members.Add("\"runner\":{" + string.Join(",", runner) + "}");
            }

            var parsed = RunnerBack.Json.TriageJson.ParseAssessment("{" + string.Join(",", members) + "}");
            return parsed.Assessment ?? throw new InvalidOperationException(string.Join("; ", parsed.Errors));
        }

        private static AssessmentSpec WithAge(AssessmentSpec spec, int age) =>
            spec with { Runner = (spec.Runner ?? new RunnerSpec()) with { Age = age } };
    }
}
