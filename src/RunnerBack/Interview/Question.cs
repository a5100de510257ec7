using System;
using System.Collections.Generic;

namespace RunnerBack
{
    /// <summary>
    /// One question of the catalogue: a stable id, how it is answered, the JSON path of the
    /// assessment it answers, whether it is a safety question, when it applies, and its texts for the
    /// runner. Get them from <see cref="QuestionCatalogue"/>.
    /// </summary>
    /// <remarks>Immutable and thread-safe. Ids and paths are stable across versions.</remarks>
    public sealed class Question
    {
        private readonly Func<Answer, double?> _toSlot;
        private readonly Func<double, Answer> _fromSlot;
        private readonly Func<AssessmentDraft, double?> _take;
        private readonly Action<AssessmentDraft, double> _put;

        internal Question(
            Input input,
            QuestionKind kind,
            bool inRunner,
            bool isSafety,
            bool requiredByAssessment,
            string? appliesWhen,
            Func<InterviewAnswers, bool> applies,
            ValueList<QuestionOption> options,
            double? min,
            double? max,
            string? unit,
            Func<Answer, double?> toSlot,
            Func<double, Answer> fromSlot,
            Func<AssessmentDraft, double?> take,
            Action<AssessmentDraft, double> put,
            Answer[] leastRisky,
            Answer[] riskiest)
        {
            var texts = TextCatalogue.English;
            Id = input.Name;
            Kind = kind;
            InRunner = inRunner;
            Path = input.PathIn(inRunner);
            IsSafety = isSafety;
            RequiredByAssessment = requiredByAssessment;
            AppliesWhen = appliesWhen;
            Applies = applies;
            Options = options;
            Min = min;
            Max = max;
            Unit = unit;
            Text = texts[QuestionKeys.Text(Id)];
            Help = texts.Contains(QuestionKeys.Help(Id)) ? texts[QuestionKeys.Help(Id)] : null;
            NoneLabel = kind == QuestionKind.MultipleChoice ? texts["answer.none"] : null;
            _toSlot = toSlot;
            _fromSlot = fromSlot;
            _take = take;
            _put = put;
            LeastRisky = leastRisky;
            Riskiest = riskiest;
        }

        // The same question with its texts in another catalogue's language.
        private Question(Question question, TextCatalogue texts)
        {
            Id = question.Id;
            Kind = question.Kind;
            InRunner = question.InRunner;
            Path = question.Path;
            IsSafety = question.IsSafety;
            RequiredByAssessment = question.RequiredByAssessment;
            AppliesWhen = question.AppliesWhen;
            Applies = question.Applies;
            Min = question.Min;
            Max = question.Max;
            Unit = question.Unit;
            Text = texts[QuestionKeys.Text(Id)];
            Help = texts.Contains(QuestionKeys.Help(Id)) ? texts[QuestionKeys.Help(Id)] : null;
            NoneLabel = question.NoneLabel is null ? null : texts["answer.none"];
            var options = new QuestionOption[question.Options.Count];
            for (var i = 0; i < options.Length; i++)
            {
                options[i] = new QuestionOption(question.Options[i].Value, LabelOf(Id, question.Options[i].Value, texts));
            }

            Options = new ValueList<QuestionOption>(options);
            _toSlot = question._toSlot;
            _fromSlot = question._fromSlot;
            _take = question._take;
            _put = question._put;
            LeastRisky = question.LeastRisky;
            Riskiest = question.Riskiest;
            Language = texts.Language;
        }

        /// <summary>The language of the texts: <c>en</c> for <see cref="QuestionCatalogue.All"/>, or the one asked of <see cref="QuestionCatalogue.In"/>.</summary>
        public string Language { get; } = Languages.English;

        // The catalogue's copy of this question in a supported language (the same instance every time).
        internal Question InLanguage(string language) => QuestionCatalogue.In(language)[QuestionCatalogue.IndexOf(Id)];

        internal static Question Translated(Question question, TextCatalogue texts) => new Question(question, texts);

        private static string LabelOf(string id, Answer value, TextCatalogue texts) =>
            value == Answer.NotSure || value.ChoiceValue == "notSure" ? texts["answer.notSure"]
            : value.Kind == AnswerKind.YesNo ? texts[value.IsYes ? "answer.yes" : "answer.no"]
            : texts[QuestionKeys.Option(id, value.ChoiceValue!)];

        /// <summary>The stable id, such as <c>onset</c>.</summary>
        public string Id { get; }

        /// <summary>How the question is answered.</summary>
        public QuestionKind Kind { get; }

        /// <summary>The JSON path of the assessment field it answers, such as <c>$.runner.history</c>.</summary>
        public string Path { get; }

        /// <summary>
        /// True for a safety question (docs/json.md, "Safety questions and not sure"): where it applies, it must be answered (or
        /// answered "not sure") before a result can be given, and it cannot be declined.
        /// </summary>
        public bool IsSafety { get; }

        /// <summary>When the question applies, as a condition on other answers (<c>painLevel &gt;= 1</c>); null when always.</summary>
        public string? AppliesWhen { get; }

        /// <summary>The options of a choice, checklist or yes-or-no question, in the order to show them; empty otherwise.</summary>
        public ValueList<QuestionOption> Options { get; }

        /// <summary>For a checklist, the label of its empty answer ("None of these"); otherwise null.</summary>
        public string? NoneLabel { get; }

        /// <summary>The lowest answer of a scale or number; otherwise null.</summary>
        public double? Min { get; }

        /// <summary>The highest answer of a scale or number; otherwise null.</summary>
        public double? Max { get; }

        /// <summary>The unit of a number, such as <c>km</c>; otherwise null.</summary>
        public string? Unit { get; }

        /// <summary>The question, in the runner's words.</summary>
        public string Text { get; }

        /// <summary>Help for a runner who may not know what is meant, or null.</summary>
        public string? Help { get; }

        // A safety question the assessment itself requires (all but age, whose unknown value the
        // rules read as the riskier answer): a finished interview fills these in, and only these.
        internal bool RequiredByAssessment { get; }

        internal bool InRunner { get; }

        internal Func<InterviewAnswers, bool> Applies { get; }

        // TRIAGE.md 8.4: the answers a completion tries for this question when it is open, for the
        // lowest and the highest disposition. Usually one each; a choice with no order of risk
        // (location) lists every option, and the interview tries each.
        internal Answer[] LeastRisky { get; }

        internal Answer[] Riskiest { get; }

        // The slot value of an answer, or null when the answer does not fit the question.
        internal double? SlotOf(Answer answer) => answer.Kind == AnswerKind.Declined ? null : _toSlot(answer);

        internal Answer AnswerOf(double slot) => _fromSlot(slot);

        // This question's answer in a draft, or null when the draft has none.
        internal Answer? AnswerIn(AssessmentDraft draft) => _take(draft) is { } slot ? _fromSlot(slot) : null;

        // Puts an answer that fits (SlotOf is not null) into a draft.
        internal void Put(AssessmentDraft draft, double slot)
        {
            _put(draft, slot);
            draft.HasRunner |= InRunner;
        }

        /// <summary>The id and the question.</summary>
        public override string ToString() => Id + ": " + Text;
    }
}
