using System;
using System.Collections.Generic;
using RunnerBack.Json;
using Fields = RunnerBack.Json.RequestFormat;

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
                Scale("painLevel", Fields.PainLevel, 0, 10),
                // TRIAGE.md 8.1: chest pain or breathlessness is an emergency whether or not the back hurts now.
                Checklist<Symptom>("symptoms", Fields.Symptoms, false, true, null, always),
                Checklist<RadiationTarget>("radiatesTo", Fields.RadiatesTo, false, true, InPain, inPain),
                Choice<PainOnset>("onset", Fields.Onset, false, true, InPain, inPain),
                Choice<PainLocation>("location", Fields.Location, false, true, InPain, inPain),
                Choice<PainQuality>("quality", Fields.Quality, false, true, InPain, inPain),
                Choice<PainTrend>("trend", Fields.Trend, false, true, InPain, inPain),
                Choice<PainTiming>("timing", Fields.Timing, false, true, InPain, inPain),
                YesNo("persistsAfterStopping", Fields.PersistsAfterStopping, false, true, true, InPain, inPain),
                YesNo("altersRunningForm", Fields.AltersRunningForm, false, true, true, InPain, inPain),
                YesNo("recentTrauma", Fields.RecentTrauma, false, true, true, InPain, inPain),
                Number("age", Fields.Age, true, true, 5, 120, true, "years", "recentTrauma is true or notSure", afterTrauma),
                Checklist<MedicalHistory>("history", Fields.History, true, true, InPain, inPain),
                Number("durationDays", Fields.DurationDays, false, true, 0, 3650, true, "days", InPain, inPain),
                YesNo("selfCareTried", Fields.SelfCareTried, false, true, true, InPain, inPain),
                Choice<RunnerExperience>("experience", Fields.Experience, true, false, null, always),
                Number("sittingHoursPerDay", Fields.SittingHoursPerDay, true, false, 0, 24, false, "hours", null, always),
                Number("restDaysPerWeek", Fields.RestDaysPerWeek, true, false, 0, 7, true, "days", null, always),
                Choice<CarriedLoad>("carriedLoad", Fields.CarriedLoad, true, false, null, always),
                YesNo("loadFitsWell", Fields.LoadFitsWell, true, false, false, "carriedLoad is waistBelt, hydrationVest or backpack", carriesStrappedLoad),
                Number("shoeDistanceKm", Fields.ShoeDistanceKm, true, false, 0, 10000, false, "km", "shoeDistanceMiles is not answered", a => a.Find("shoeDistanceMiles") is null),
                Number("shoeDistanceMiles", Fields.ShoeDistanceMiles, true, false, 0, 6213, false, "miles", "shoeDistanceKm is not answered", a => a.Find("shoeDistanceKm") is null),
                YesNo("shoesFitWell", Fields.ShoesFitWell, true, false, false, null, always),
                Number("strengthTrainingPerWeek", Fields.StrengthTrainingPerWeek, true, false, 0, 14, true, "sessions", null, always),
                YesNo("warmsUp", Fields.WarmsUp, true, false, false, null, always),
                Choice<StressLevel>("stressLevel", Fields.StressLevel, true, false, null, always),
                Choice<Hydration>("hydration", Fields.Hydration, true, false, null, always),
                Checklist<FormFault>("form", Fields.Form, false, false, null, always),
            };
            return questions.ToArray();
        }

        private static Question Scale(string id, WireField field, int min, int max) =>
            new Question(
                id, QuestionKind.Scale, field, false, true, true, null, _ => true, default, min, max, null,
                a => WholeNumberIn(a, min, max), Answer.Of, new[] { Answer.Of(min) }, new[] { Answer.Of(max) });

        private static Question Number(string id, WireField field, bool inRunner, bool safety, double min, double max, bool whole, string unit, string? appliesWhen, Func<InterviewAnswers, bool> applies) =>
            new Question(
                id, QuestionKind.Number, field, inRunner, safety, safety && id != "age", appliesWhen, applies, default, min, max, unit,
                a => whole ? WholeNumberIn(a, min, max) : a.Kind == AnswerKind.Number && a.Number >= min && a.Number <= max ? a.Number : null,
                Answer.Of, new[] { Answer.Of(min) }, new[] { Answer.Of(max) });

        // Options in the enum's order, which for the safety questions lists the least risky answer
        // first and "not sure", which counts as the riskiest, last. A choice without "not sure" has
        // no order of risk (location: upper back can be an emergency, the SI joint a stop signal),
        // so the interview tries every option.
        private static Question Choice<TEnum>(string id, WireField field, bool inRunner, bool safety, string? appliesWhen, Func<InterviewAnswers, bool> applies)
            where TEnum : unmanaged, Enum
        {
            var names = Names<TEnum>();
            var options = Array.ConvertAll(names, name => new QuestionOption(Answer.Choice(name), OptionLabel(id, name)));
            var all = Array.ConvertAll(options, o => o.Value);
            var hasNotSure = Array.IndexOf(names, "notSure") >= 0;
            return new Question(
                id, QuestionKind.SingleChoice, field, inRunner, safety, safety, appliesWhen, applies, new ValueList<QuestionOption>(options), null, null, null,
                a => a.Kind == AnswerKind.Choice && Array.IndexOf(names, a.ChoiceValue) is var index && index >= 0 ? index : null,
                slot => Answer.Choice(names[(int)slot]),
                hasNotSure ? new[] { all[0] } : all,
                hasNotSure ? new[] { Answer.NotSure } : all);
        }

        private static Question Checklist<TEnum>(string id, WireField field, bool inRunner, bool safety, string? appliesWhen, Func<InterviewAnswers, bool> applies)
            where TEnum : unmanaged, Enum
        {
            var names = Names<TEnum>();
            var options = Array.ConvertAll(names, name => new QuestionOption(Answer.Choice(name), OptionLabel(id, name)));
            return new Question(
                id, QuestionKind.MultipleChoice, field, inRunner, safety, safety, appliesWhen, applies, new ValueList<QuestionOption>(options), null, null, null,
                a => BitsOf(a, names),
                slot => Answer.Choices(ItemsOf(SetSlot.Bits(slot), names)),
                new[] { Answer.Choices() },
                new[] { Answer.Choices(names) });
        }

        private static Question YesNo(string id, WireField field, bool inRunner, bool safety, bool notSure, string? appliesWhen, Func<InterviewAnswers, bool> applies)
        {
            var texts = TextCatalogue.English;
            var options = new List<QuestionOption> { new QuestionOption(Answer.Of(true), texts["answer.yes"]), new QuestionOption(Answer.Of(false), texts["answer.no"]) };
            if (notSure)
            {
                options.Add(new QuestionOption(Answer.NotSure, texts["answer.notSure"]));
            }

            return new Question(
                id, QuestionKind.YesNo, field, inRunner, safety, safety, appliesWhen, applies, new ValueList<QuestionOption>(options.ToArray()), null, null, null,
                a => a.Kind == AnswerKind.YesNo ? a.Number : notSure && a == Answer.NotSure ? (int)RunnerBack.YesNo.NotSure : null,
                slot => slot == (int)RunnerBack.YesNo.NotSure ? Answer.NotSure : Answer.Of(slot != 0),
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

        private static string[] Names<TEnum>()
            where TEnum : unmanaged, Enum
        {
            var names = new List<string>();
            for (var i = 0; ContractNames<TEnum>.TryName(i, out var name); i++)
            {
                names.Add(name);
            }

            return names.ToArray();
        }

        private static string OptionLabel(string id, string value) =>
            value == "notSure" ? TextCatalogue.English["answer.notSure"] : TextCatalogue.English[QuestionKeys.Option(id, value)];
    }
}
