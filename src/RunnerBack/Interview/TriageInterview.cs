using System;
using System.Collections.Generic;

namespace RunnerBack
{
    /// <summary>
    /// The interview (docs/json.md, "Interview"): given the answers so far, says which question to ask next and
    /// when to stop, so that an app can put RunnerBack in front of a runner one question at a time.
    /// </summary>
    /// <remarks>
    /// Stateless and thread-safe: the same answers always give an equal step. Pain level comes
    /// first; then, while safety questions are open, the one whose riskiest answer could raise the
    /// disposition the most (so the questions that can reveal an emergency come first), ties in the
    /// catalogue's order. It stops at once when the answers already mean an emergency, and when no
    /// open safety question can change the disposition (with no pain, after the symptom checklist). In
    /// <see cref="InterviewMode.Complete"/> it then asks the profile and form questions whose answer
    /// can still change the advice.
    /// <para>
    /// The range and the stopping rule are exact for the built-in rules, which never lower the
    /// disposition when an answer gets riskier (safety invariant 3): every way of answering the open
    /// questions gives a disposition inside the range. For an engine with custom rules the same
    /// holds as long as those rules keep that invariant; the interview evaluates the engine's own
    /// pipeline, so it never relies on anything else.
    /// </para>
    /// </remarks>
    public sealed class TriageInterview
    {
        private static readonly Lazy<TriageInterview> LazyDefault = new Lazy<TriageInterview>(() => new TriageInterview(Triage.Default));

        /// <summary>Creates an interview over an engine.</summary>
        /// <param name="engine">The engine whose pipeline decides.</param>
        /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
        public TriageInterview(ITriageEngine engine) => Engine = Guard.NotNull(engine, nameof(engine));

        /// <summary>The interview over <see cref="Triage.Default"/>.</summary>
        public static TriageInterview Default => LazyDefault.Value;

        /// <summary>The engine whose pipeline decides.</summary>
        public ITriageEngine Engine { get; }

        /// <summary>The next step for the answers so far.</summary>
        /// <param name="answers">The answers so far; <see cref="InterviewAnswers.Empty"/> to start.</param>
        /// <param name="mode">Whether to stop after the safety questions (the default) or go on with the profile and form questions.</param>
        /// <param name="language">The language of the question and the result (a tag, with fallback as <see cref="Languages.Resolve"/> says), or null for the engine's.</param>
        /// <param name="region">The ISO 3166 country code whose emergency number the result names, or null for the engine's.</param>
        /// <param name="units">The unit to ask the shoes' distance in (mode complete); kilometres by default.</param>
        /// <returns>The next question, or the result when done.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="mode"/> or <paramref name="units"/> is undefined, or the language or region is not well formed.</exception>
        public InterviewStep Next(InterviewAnswers answers, InterviewMode mode = InterviewMode.Safety, string? language = null, string? region = null, DistanceUnit units = DistanceUnit.Kilometres)
        {
            Guard.NotNull(answers, nameof(answers));
            Guard.Defined(mode, nameof(mode));
            Guard.Defined(units, nameof(units));
            Inputs.Language.Check(language);
            Inputs.Region.Check(region);
            var step = NextInEnglish(answers, mode, language, region, units);
            var questionLanguage = Languages.Resolve(language ?? Engine.Options.Language);
            return step.Question is { } question && questionLanguage != Languages.English ? step.WithQuestion(question.InLanguage(questionLanguage)) : step;
        }

        // This thread's buffers for the candidates, taken while in use so that a rule that starts an
        // interview of its own gets fresh ones.
        [ThreadStatic]
        private static Completions? t_completions;

        // The step with the question in English; the result is already in the asked-for language.
        private InterviewStep NextInEnglish(InterviewAnswers answers, InterviewMode mode, string? language, string? region, DistanceUnit units)
        {
            var completions = t_completions is { } spare && spare.Engine == Engine ? spare : new Completions(Engine);
            t_completions = null;
            try
            {
                return NextInEnglish(completions, answers, mode, language, region, units);
            }
            finally
            {
                t_completions = completions;
            }
        }

        private static InterviewStep NextInEnglish(Completions completions, InterviewAnswers answers, InterviewMode mode, string? language, string? region, DistanceUnit units)
        {
            var questions = QuestionCatalogue.Ordered;
            var asked = answers.Count;

            if (answers.Find(PainLevelId) is null)
            {
                // TRIAGE.md 8.4: pain level first. The range runs from no pain at all to the
                // worst pain with every safety question at its riskiest.
                var none = Settle(completions, answers.With(PainLevelId, Answer.Of(0)), least: true, out _, out _);
                var worst = Settle(completions, answers.With(PainLevelId, Answer.Of(10)), least: false, out _, out var open);
                return new InterviewStep(InterviewStatus.Question, questions[PainLevelIndex], new DispositionRange(none, worst), asked, open.Count + 1, default, null);
            }

            var lowest = Settle(completions, answers, least: true, out var leastCompletion, out var openSafety);
            var highest = Settle(completions, answers, least: false, out _, out _);
            var range = new DispositionRange(lowest, highest);

            // Settled when no open question can move the disposition: always so with none open or
            // at an emergency, the top. With no pain, symptoms is still open until asked (TRIAGE.md
            // 8.1), so no exception for pain 0.
            if (lowest != highest)
            {
                return new InterviewStep(InterviewStatus.Question, questions[HighestReach(completions, leastCompletion, openSafety)], range, asked, openSafety.Count, default, null);
            }

            // TRIAGE.md 8.4: the result is the answers with the open safety questions at their least
            // risky answers, which cannot change the disposition now. Age is left unknown rather
            // than filled in: an assessment need not know it, and unknown never lowers the answer.
            var filled = Fill(answers, leastCompletion, openSafety);
            var result = completions.Assess(filled, language, region);
            // The probes for profile questions are compared in the engine's own language.
            if (mode == InterviewMode.Complete && lowest != Disposition.Emergency
                && NextProfileQuestion(completions, answers, filled, language is null && region is null ? result : completions.Assess(filled, null, null), units) is { } next)
            {
                return new InterviewStep(InterviewStatus.Question, questions[next], range, asked, openSafety.Count, default, null);
            }

            var unanswered = openSafety.ConvertAll(i => questions[i].Id).ToArray();
            return new InterviewStep(InterviewStatus.Done, null, range, asked, openSafety.Count, new ValueList<string>(unanswered), result);
        }

        private const string PainLevelId = "painLevel";

        private static int PainLevelIndex => QuestionCatalogue.IndexOf(PainLevelId);

        // The lowest (or highest) disposition over the completions that put every open safety
        // question at its least risky (or riskiest) answer, trying each option of a question whose
        // options have no order of risk; `completion` is the first that reaches it.
        private static Disposition Settle(Completions completions, InterviewAnswers answers, bool least, out Answer?[] completion, out List<int> open)
        {
            var questions = QuestionCatalogue.Ordered;
            open = new List<int>();
            var work = completions.Scratch(least ? 0 : 1);
            var choices = new List<int>();
            for (var i = 0; i < questions.Length; i++)
            {
                work[i] = answers[i];
                if (answers[i] is null && questions[i].IsSafety && questions[i].Applies(answers))
                {
                    open.Add(i);
                    var candidates = least ? questions[i].LeastRisky : questions[i].Riskiest;
                    work[i] = candidates[0];
                    if (candidates.Length > 1)
                    {
                        choices.Add(i);
                    }
                }
            }

            // Only the least risky completion is used afterwards; the riskiest needs no copy.
            completion = least ? (Answer?[])work.Clone() : work;
            var best = completions.DispositionOf(work);
            Search(completions, work, choices, 0, least, ref best, ref completion);
            return best;
        }

        private static void Search(Completions completions, Answer?[] work, List<int> choices, int depth, bool least, ref Disposition best, ref Answer?[] completion)
        {
            if (depth == choices.Count)
            {
                var disposition = completions.DispositionOf(work);
                if (least ? disposition < best : disposition > best)
                {
                    best = disposition;
                    completion = least ? (Answer?[])work.Clone() : completion;
                }

                return;
            }

            var question = QuestionCatalogue.Ordered[choices[depth]];
            foreach (var candidate in least ? question.LeastRisky : question.Riskiest)
            {
                work[choices[depth]] = candidate;
                Search(completions, work, choices, depth + 1, least, ref best, ref completion);
            }
        }

        // The open safety question whose riskiest answer, with every other open one at its least
        // risky answer, gives the highest disposition; ties go to the first in the catalogue.
        private static int HighestReach(Completions completions, Answer?[] leastCompletion, List<int> openSafety)
        {
            var work = completions.Scratch(2);
            Array.Copy(leastCompletion, work, work.Length);
            var bestIndex = openSafety[0];
            var bestReach = (Disposition)(-1);
            foreach (var index in openSafety)
            {
                var reach = (Disposition)(-1);
                foreach (var candidate in QuestionCatalogue.Ordered[index].Riskiest)
                {
                    work[index] = candidate;
                    var disposition = completions.DispositionOf(work);
                    reach = disposition > reach ? disposition : reach;
                }

                work[index] = leastCompletion[index];
                if (reach > bestReach)
                {
                    bestReach = reach;
                    bestIndex = index;
                }
            }

            return bestIndex;
        }

        private static Answer?[] Fill(InterviewAnswers answers, Answer?[] leastCompletion, List<int> openSafety)
        {
            var questions = QuestionCatalogue.Ordered;
            var filled = new Answer?[questions.Length];
            for (var i = 0; i < filled.Length; i++)
            {
                filled[i] = answers[i];
            }

            foreach (var index in openSafety)
            {
                if (questions[index].RequiredByAssessment)
                {
                    filled[index] = leastCompletion[index];
                }
            }

            return filled;
        }

        // Mode complete: the first profile or form question that applies, is not answered yet, and
        // has an answer that changes the advice (the disposition, the findings or the recommendations).
        private static int? NextProfileQuestion(Completions completions, InterviewAnswers answers, Answer?[] filled, TriageResult baseline, DistanceUnit units)
        {
            var questions = QuestionCatalogue.Ordered;
            var work = (Answer?[])filled.Clone();

            // The shoes' distance is asked once, in the runner's unit.
            var otherUnit = units == DistanceUnit.Miles ? "shoeDistanceKm" : "shoeDistanceMiles";
            for (var i = 0; i < questions.Length; i++)
            {
                var question = questions[i];
                if (question.IsSafety || answers[i] is not null || !question.Applies(answers) || question.Id == otherUnit)
                {
                    continue;
                }

                foreach (var probe in ProbesOf(question))
                {
                    work[i] = probe;
                    var result = completions.Assess(work, null, null);
                    if (result.Disposition != baseline.Disposition || !result.Findings.Equals(baseline.Findings) || !result.Recommendations.Equals(baseline.Recommendations))
                    {
                        return i;
                    }
                }

                work[i] = null;
            }

            return null;
        }

        // The answers that show whether a question can change the advice: each option (each item
        // alone for a checklist), and both ends of a number.
        private static IEnumerable<Answer> ProbesOf(Question question)
        {
            switch (question.Kind)
            {
                case QuestionKind.Number:
                case QuestionKind.Scale:
                    yield return Answer.Of(question.Min!.Value);
                    yield return Answer.Of(question.Max!.Value);
                    break;
                case QuestionKind.MultipleChoice:
                    foreach (var option in question.Options)
                    {
                        yield return Answer.Choices(option.Value.ChoiceValue!);
                    }

                    break;
                default:
                    foreach (var option in question.Options)
                    {
                        yield return option.Value;
                    }

                    break;
            }
        }
    }
}
