using System;
using System.Collections.Generic;

namespace RunnerBack
{
    /// <summary>
    /// Every input of an assessment as a question (docs/json.md, "Questions"), in the catalogue's order: pain
    /// first, then the safety questions that can reveal an emergency, then the rest of the safety
    /// questions, then the profile and form questions. The interview breaks ties in this order.
    /// </summary>
    /// <remarks>Thread-safe; built once. The catalogue is the same for every caller; ids and paths are stable.</remarks>
    public static class QuestionCatalogue
    {
        private const string InPain = "painLevel >= 1";

        private static readonly Lazy<Question[]> LazyAll = new Lazy<Question[]>(Build);

        // Every question with its texts in each supported language (index as in Languages.Supported), built on first use.
        private static readonly Lazy<ValueList<Question>>[] LazyTranslated = Array.ConvertAll(
            Languages.Supported,
            language => new Lazy<ValueList<Question>>(() => language == Languages.English ? All : new ValueList<Question>(Array.ConvertAll(LazyAll.Value, q => Question.Translated(q, TextCatalogue.For(language))))));

        /// <summary>Every question, in the catalogue's order, with its texts in English.</summary>
        public static ValueList<Question> All => new ValueList<Question>(LazyAll.Value);

        /// <summary>
        /// Every question, in the catalogue's order, with its texts in a language (a tag, with fallback
        /// as <see cref="Languages.Resolve"/> says); ids, paths and options are the same in every language.
        /// </summary>
        /// <param name="language">A language tag such as <c>fr</c>, or null for English.</param>
        public static ValueList<Question> In(string? language) => LazyTranslated[Array.IndexOf(Languages.Supported, Languages.Resolve(language))].Value;

        // The same array, for the interview's loops.
        internal static Question[] Ordered => LazyAll.Value;

        /// <summary>The question with this id.</summary>
        /// <param name="id">A question id, such as <c>onset</c>.</param>
        /// <returns>The question.</returns>
        /// <exception cref="ArgumentException">No question has this id.</exception>
        public static Question Get(string id) =>
            Array.Find(LazyAll.Value, q => string.Equals(q.Id, id, StringComparison.Ordinal))
            ?? throw new ArgumentException(DeveloperMessages.NoSuchQuestion(id), nameof(id));

        internal static int IndexOf(string id) => Array.FindIndex(LazyAll.Value, q => string.Equals(q.Id, id, StringComparison.Ordinal));

        private static Question[] Build()
        {
            Func<InterviewAnswers, bool> inPain = a => a.Number("painLevel") >= 1;
            Func<InterviewAnswers, bool> afterTrauma = a => a.Find("recentTrauma") is { } t && (t.IsYes || t.ChoiceValue == "notSure");
            Func<InterviewAnswers, bool> carriesStrappedLoad = a => a.Find("carriedLoad")?.ChoiceValue is "waistBelt" or "hydrationVest" or "backpack";
            Func<InterviewAnswers, bool> always = _ => true;

            var questions = new List<Question>
            {
                Scale(Inputs.PainLevel, d => d.PainLevel, (d, v) => d.PainLevel = v),
                // TRIAGE.md 8.1: chest pain or breathlessness is an emergency whether or not the back hurts now.
                Checklist(Inputs.Symptoms, false, true, null, always, d => d.Symptoms, (d, v) => d.Symptoms = v),
                Checklist(Inputs.RadiatesTo, false, true, InPain, inPain, d => d.RadiatesTo, (d, v) => d.RadiatesTo = v),
                Choice(Inputs.Onset, false, true, InPain, inPain, d => d.Onset, (d, v) => d.Onset = v),
                Choice(Inputs.Location, false, true, InPain, inPain, d => d.Location, (d, v) => d.Location = v),
                Choice(Inputs.Quality, false, true, InPain, inPain, d => d.Quality, (d, v) => d.Quality = v),
                Choice(Inputs.Trend, false, true, InPain, inPain, d => d.Trend, (d, v) => d.Trend = v),
                Choice(Inputs.Timing, false, true, InPain, inPain, d => d.Timing, (d, v) => d.Timing = v),
                YesNo(Inputs.PersistsAfterStopping, InPain, inPain, d => d.PersistsAfterStopping, (d, v) => d.PersistsAfterStopping = v),
                YesNo(Inputs.AltersRunningForm, InPain, inPain, d => d.AltersRunningForm, (d, v) => d.AltersRunningForm = v),
                YesNo(Inputs.RecentTrauma, InPain, inPain, d => d.RecentTrauma, (d, v) => d.RecentTrauma = v),
                WholeNumber(Inputs.Age, true, true, "years", "recentTrauma is true or notSure", afterTrauma, d => d.Runner.Age, (d, v) => d.Runner.Age = v),
                Checklist(Inputs.History, true, true, InPain, inPain, d => d.Runner.History, (d, v) => d.Runner.History = v),
                WholeNumber(Inputs.DurationDays, false, true, "days", InPain, inPain, d => d.DurationDays, (d, v) => d.DurationDays = v),
                YesNo(Inputs.SelfCareTried, InPain, inPain, d => d.SelfCareTried, (d, v) => d.SelfCareTried = v),
                Choice(Inputs.Experience, true, false, null, always, d => d.Runner.Experience, (d, v) => d.Runner.Experience = v),
                Number(Inputs.SittingHoursPerDay, "hours", null, always, d => d.Runner.SittingHoursPerDay, (d, v) => d.Runner.SittingHoursPerDay = v),
                WholeNumber(Inputs.RestDaysPerWeek, true, false, "days", null, always, d => d.Runner.RestDaysPerWeek, (d, v) => d.Runner.RestDaysPerWeek = v),
                Choice(Inputs.CarriedLoad, true, false, null, always, d => d.Runner.CarriedLoad, (d, v) => d.Runner.CarriedLoad = v),
                Flag(Inputs.LoadFitsWell, "carriedLoad is waistBelt, hydrationVest or backpack", carriesStrappedLoad, d => d.Runner.LoadFitsWell, (d, v) => d.Runner.LoadFitsWell = v),
                Number(Inputs.ShoeDistanceKm, "km", "shoeDistanceMiles is not answered", a => a.Find("shoeDistanceMiles") is null, d => d.Runner.ShoeDistanceKm, (d, v) => d.Runner.ShoeDistanceKm = v),
                Number(Inputs.ShoeDistanceMiles, "miles", "shoeDistanceKm is not answered", a => a.Find("shoeDistanceKm") is null, d => d.Runner.ShoeDistanceMiles, (d, v) => d.Runner.ShoeDistanceMiles = v),
                Flag(Inputs.ShoesFitWell, null, always, d => d.Runner.ShoesFitWell, (d, v) => d.Runner.ShoesFitWell = v),
                WholeNumber(Inputs.StrengthTrainingPerWeek, true, false, "sessions", null, always, d => d.Runner.StrengthTrainingPerWeek, (d, v) => d.Runner.StrengthTrainingPerWeek = v),
                Flag(Inputs.WarmsUp, null, always, d => d.Runner.WarmsUp, (d, v) => d.Runner.WarmsUp = v),
                Choice(Inputs.StressLevel, true, false, null, always, d => d.Runner.StressLevel, (d, v) => d.Runner.StressLevel = v),
                Choice(Inputs.Hydration, true, false, null, always, d => d.Runner.Hydration, (d, v) => d.Runner.Hydration = v),
                Checklist(Inputs.Form, false, false, null, always, d => d.Form, (d, v) => d.Form = v),
            };
            return questions.ToArray();
        }

        private static Question Scale(WholeNumberInput input, Func<AssessmentDraft, int?> get, Action<AssessmentDraft, int> set) =>
            new Question(
                input, QuestionKind.Scale, false, true, true, null, _ => true, default, input.Min, input.Max, null,
                a => WholeNumberIn(a, input.Min, input.Max), Answer.Of, d => get(d), (d, slot) => set(d, (int)slot),
                new[] { Answer.Of(input.Min) }, new[] { Answer.Of(input.Max) });

        // Age is a safety question the assessment does not require: unknown counts as the riskier answer.
        private static Question WholeNumber(
            WholeNumberInput input, bool inRunner, bool safety, string unit, string? appliesWhen, Func<InterviewAnswers, bool> applies, Func<AssessmentDraft, int?> get, Action<AssessmentDraft, int> set) =>
            new Question(
                input, QuestionKind.Number, inRunner, safety, safety && input != Inputs.Age, appliesWhen, applies, default, input.Min, input.Max, unit,
                a => WholeNumberIn(a, input.Min, input.Max), Answer.Of, d => get(d), (d, slot) => set(d, (int)slot),
                new[] { Answer.Of(input.Min) }, new[] { Answer.Of(input.Max) });

        // A profile number (every one is in the runner's profile and none is a safety question).
        private static Question Number(
            NumberInput input, string unit, string? appliesWhen, Func<InterviewAnswers, bool> applies, Func<AssessmentDraft, double?> get, Action<AssessmentDraft, double> set) =>
            new Question(
                input, QuestionKind.Number, true, false, false, appliesWhen, applies, default, input.Min, input.Max, unit,
                a => a.Kind == AnswerKind.Number && a.Number >= input.Min && a.Number <= input.Max ? a.Number : null, Answer.Of, get, set,
                new[] { Answer.Of(input.Min) }, new[] { Answer.Of(input.Max) });

        // Options in the enum's order, which for the safety questions lists the least risky answer
        // first and "not sure", which counts as the riskiest, last. A choice without "not sure" has
        // no order of risk (location: upper back can be an emergency, the SI joint a stop signal),
        // so the interview tries every option.
        private static Question Choice<TEnum>(
            ChoiceInput<TEnum> input, bool inRunner, bool safety, string? appliesWhen, Func<InterviewAnswers, bool> applies, Func<AssessmentDraft, TEnum?> get, Action<AssessmentDraft, TEnum> set)
            where TEnum : unmanaged, Enum
        {
            var names = ChoiceNames<TEnum>.All;
            var options = Array.ConvertAll(names, name => new QuestionOption(Answer.Choice(name), OptionLabel(input.Name, name)));
            var all = Array.ConvertAll(options, o => o.Value);
            var hasNotSure = Array.IndexOf(names, "notSure") >= 0;
            return new Question(
                input, QuestionKind.SingleChoice, inRunner, safety, safety, appliesWhen, applies, new ValueList<QuestionOption>(options), null, null, null,
                a => a.Kind == AnswerKind.Choice && Array.IndexOf(names, a.ChoiceValue) is var index && index >= 0 ? index : null,
                slot => Answer.Choice(names[(int)slot]),
                d => get(d) is { } value ? EnumValue.ToInt(value) : null,
                (d, slot) => set(d, EnumValue.FromInt<TEnum>((int)slot)),
                hasNotSure ? new[] { all[0] } : all,
                hasNotSure ? new[] { Answer.NotSure } : all);
        }

        private static Question Checklist<TEnum>(
            ChoiceSetInput<TEnum> input, bool inRunner, bool safety, string? appliesWhen, Func<InterviewAnswers, bool> applies, Func<AssessmentDraft, EnumSet<TEnum>?> get, Action<AssessmentDraft, EnumSet<TEnum>> set)
            where TEnum : unmanaged, Enum
        {
            var names = ChoiceNames<TEnum>.All;
            var options = Array.ConvertAll(names, name => new QuestionOption(Answer.Choice(name), OptionLabel(input.Name, name)));
            return new Question(
                input, QuestionKind.MultipleChoice, inRunner, safety, safety, appliesWhen, applies, new ValueList<QuestionOption>(options), null, null, null,
                a => BitsOf(a, names),
                slot => Answer.Choices(ItemsOf(SetSlot.Bits(slot), names)),
                d => get(d) is { } value ? SetSlot.Of(value.Bits) : null,
                (d, slot) => set(d, EnumSet<TEnum>.FromBits(SetSlot.Bits(slot))),
                new[] { Answer.Choices() },
                new[] { Answer.Choices(names) });
        }

        // A safety question a runner may not be sure of: the assessment requires it.
        private static Question YesNo(YesNoInput input, string? appliesWhen, Func<InterviewAnswers, bool> applies, Func<AssessmentDraft, YesNo?> get, Action<AssessmentDraft, YesNo> set) =>
            TwoWay(input, false, true, true, appliesWhen, applies, d => get(d) is { } value ? (int)value : null, (d, slot) => set(d, (YesNo)(int)slot));

        // A profile question answered yes or no.
        private static Question Flag(FlagInput input, string? appliesWhen, Func<InterviewAnswers, bool> applies, Func<AssessmentDraft, bool?> get, Action<AssessmentDraft, bool> set) =>
            TwoWay(input, true, false, false, appliesWhen, applies, d => get(d) is { } value ? (value ? 1 : 0) : null, (d, slot) => set(d, slot != 0));

        private static Question TwoWay(Input input, bool inRunner, bool safety, bool notSure, string? appliesWhen, Func<InterviewAnswers, bool> applies, Func<AssessmentDraft, double?> take, Action<AssessmentDraft, double> put)
        {
            var texts = TextCatalogue.English;
            var options = new List<QuestionOption> { new QuestionOption(Answer.Of(true), texts["answer.yes"]), new QuestionOption(Answer.Of(false), texts["answer.no"]) };
            if (notSure)
            {
                options.Add(new QuestionOption(Answer.NotSure, texts["answer.notSure"]));
            }

            return new Question(
                input, QuestionKind.YesNo, inRunner, safety, safety, appliesWhen, applies, new ValueList<QuestionOption>(options.ToArray()), null, null, null,
                a => a.Kind == AnswerKind.YesNo ? a.Number : notSure && a == Answer.NotSure ? (int)RunnerBack.YesNo.NotSure : null,
                slot => slot == (int)RunnerBack.YesNo.NotSure ? Answer.NotSure : Answer.Of(slot != 0),
                take,
                put,
                new[] { Answer.Of(false) },
                new[] { notSure ? Answer.NotSure : Answer.Of(true) });
        }

        private static double? WholeNumberIn(Answer answer, double min, double max) =>
            answer.Kind == AnswerKind.Number && answer.Number >= min && answer.Number <= max && Math.Floor(answer.Number) == answer.Number ? answer.Number : null;

        private static double? BitsOf(Answer answer, string[] names)
        {
            if (answer.Kind != AnswerKind.Choices)
            {
                return null;
            }

            ulong bits = 0;
            foreach (var value in answer.ChoiceValues)
            {
                var index = Array.IndexOf(names, value);
                if (index < 0)
                {
                    return null;
                }

                bits |= 1UL << index;
            }

            return SetSlot.Of(bits);
        }

        private static string[] ItemsOf(ulong bits, string[] names)
        {
            var items = new List<string>();
            for (var i = 0; i < names.Length; i++)
            {
                if ((bits & (1UL << i)) != 0)
                {
                    items.Add(names[i]);
                }
            }

            return items.ToArray();
        }

        private static string OptionLabel(string id, string value) =>
            value == "notSure" ? TextCatalogue.English["answer.notSure"] : TextCatalogue.English[QuestionKeys.Option(id, value)];
    }
}
