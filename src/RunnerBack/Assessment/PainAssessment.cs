using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using RunnerBack.Json;

namespace RunnerBack
{
    /// <summary>
    /// One runner's report of upper back pain: the pain itself, the symptoms that come with it, the
    /// runner's profile and observed running form. It is the input of <see cref="Triage.Assess(PainAssessment)"/>.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe, with value equality (lists compare as sets, so their order never
    /// matters). <see cref="Symptoms"/> is a safety question at every pain level, 0 included; when
    /// <see cref="PainLevel"/> is 1 or more, the other safety questions (quality, location,
    /// radiatesTo, onset, trend, timing, persistsAfterStopping, altersRunningForm, durationDays,
    /// selfCareTried, recentTrauma and the runner's history) must be answered too: no default stands
    /// in for a question nobody asked. "Not sure" is an answer (<c>NotSure</c>,
    /// <see cref="YesNo.NotSure"/>), which the rules count as the riskier one; an empty list means
    /// "none of these" (a collection expression such as <c>[Symptom.ChestPain]</c> or <c>[]</c>).
    /// <para>
    /// Each value is checked when it is set (an out-of-range or undefined value throws an
    /// <see cref="ArgumentException"/> naming the field). Whether every safety question is answered
    /// is a property of the whole value: the constructor checks it at once, and a <c>with</c>
    /// expression, whose initialisers may come in any order, is checked as a whole where it is used
    /// (<see cref="Triage.Assess(PainAssessment)"/>, the interview and JSON serialisation), which
    /// throw an <see cref="ArgumentException"/> naming every unanswered question.
    /// <see cref="UnansweredSafetyQuestions"/> tells before that. System.Text.Json writes and reads
    /// it as the wire contract's assessment request (<see cref="PainAssessmentJsonConverter"/>).
    /// </para>
    /// </remarks>
    [JsonConverter(typeof(PainAssessmentJsonConverter))]
    public sealed record PainAssessment
    {
        private int _painLevel;
        private PainQuality? _quality;
        private PainLocation? _location;
        // Null when the question was not answered: only a list that was given counts as "none".
        private EnumSet<RadiationTarget>? _radiatesTo;
        private PainTrend? _trend;
        private PainOnset? _onset;
        private PainTiming? _timing;
        private YesNo? _persistsAfterStopping;
        private YesNo? _altersRunningForm;
        private int? _durationDays;
        private YesNo? _selfCareTried;
        private YesNo? _recentTrauma;
        private EnumSet<Symptom>? _symptoms;
        private RunnerProfile? _runner;
        private EnumSet<FormFault> _form;
        private string? _requestId;
        private string? _language;
        private string? _region;

        /// <summary>Creates an assessment.</summary>
        /// <param name="painLevel">Pain on the 0 to 10 numeric rating scale (0 none, 10 worst imaginable).</param>
        /// <param name="quality">How the pain feels.</param>
        /// <param name="location">Where the pain is.</param>
        /// <param name="radiatesTo">Where the pain spreads, each target at most once; empty for nowhere.</param>
        /// <param name="trend">How the pain changes while running.</param>
        /// <param name="onset">How the pain began.</param>
        /// <param name="timing">When the pain is felt.</param>
        /// <param name="persistsAfterStopping">The pain is still there after the runner stops.</param>
        /// <param name="altersRunningForm">The pain makes the runner change how they run.</param>
        /// <param name="durationDays">Days since this pain began, 0 to 3650.</param>
        /// <param name="selfCareTried">Rest and self-care were already tried for this pain.</param>
        /// <param name="recentTrauma">A fall, collision or other impact preceded the pain.</param>
        /// <param name="symptoms">Symptoms that come with the pain, each at most once; empty for none. Required at every pain level.</param>
        /// <param name="runner">The runner's profile; with pain it must answer the history question.</param>
        /// <param name="form">Observed running-form faults, each at most once.</param>
        /// <param name="requestId">The app's id for this request, up to 100 characters, echoed in the result; not clinical.</param>
        /// <param name="language">The language tag for the result's texts (en, es, fr, de, pt, pt-BR, with fallback), or null for the engine's.</param>
        /// <param name="region">The ISO 3166 country code whose emergency number to name, or null for the engine's.</param>
        /// <exception cref="ArgumentException">
        /// A value is out of range, undefined or repeated, or a safety question is not answered
        /// (symptoms always; with pain, every one); the message names every unanswered one.
        /// </exception>
        public PainAssessment(
            int painLevel,
            PainQuality? quality = null,
            PainLocation? location = null,
            IEnumerable<RadiationTarget>? radiatesTo = null,
            PainTrend? trend = null,
            PainOnset? onset = null,
            PainTiming? timing = null,
            YesNo? persistsAfterStopping = null,
            YesNo? altersRunningForm = null,
            int? durationDays = null,
            YesNo? selfCareTried = null,
            YesNo? recentTrauma = null,
            IEnumerable<Symptom>? symptoms = null,
            RunnerProfile? runner = null,
            IEnumerable<FormFault>? form = null,
            string? requestId = null,
            string? language = null,
            string? region = null)
        {
            // The lists first: a bad list is reported before a bad single value. The fields are set
            // directly, and the safety answers checked once at the end, all of them together.
            _radiatesTo = radiatesTo is null ? null : EnumSet<RadiationTarget>.From(radiatesTo, nameof(radiatesTo));
            _symptoms = symptoms is null ? null : EnumSet<Symptom>.From(symptoms, nameof(symptoms));
            _form = EnumSet<FormFault>.From(form, nameof(form));
            _painLevel = Inputs.PainLevel.Check(painLevel);
            _quality = Inputs.Quality.Check(quality);
            _location = Inputs.Location.Check(location);
            _trend = Inputs.Trend.Check(trend);
            _onset = Inputs.Onset.Check(onset);
            _timing = Inputs.Timing.Check(timing);
            _persistsAfterStopping = Inputs.PersistsAfterStopping.Check(persistsAfterStopping);
            _altersRunningForm = Inputs.AltersRunningForm.Check(altersRunningForm);
            _durationDays = Inputs.DurationDays.Check(durationDays);
            _selfCareTried = Inputs.SelfCareTried.Check(selfCareTried);
            _recentTrauma = Inputs.RecentTrauma.Check(recentTrauma);
            _runner = runner;
            _requestId = Inputs.RequestId.Check(requestId);
            _language = Inputs.Language.Check(language);
            _region = Inputs.Region.Check(region);
            ThrowIfUnanswered();
        }

        // From a draft whose values were checked against their inputs (the JSON reader's, which
        // also checked the safety questions, or an interview candidate's), with the runner profile
        // already built (the interview reuses one across candidates).
        internal PainAssessment(AssessmentDraft draft, RunnerProfile? runner)
        {
            _painLevel = draft.PainLevel ?? 0;
            _quality = draft.Quality;
            _location = draft.Location;
            _radiatesTo = draft.RadiatesTo;
            _trend = draft.Trend;
            _onset = draft.Onset;
            _timing = draft.Timing;
            _persistsAfterStopping = draft.PersistsAfterStopping;
            _altersRunningForm = draft.AltersRunningForm;
            _durationDays = draft.DurationDays;
            _selfCareTried = draft.SelfCareTried;
            _recentTrauma = draft.RecentTrauma;
            _symptoms = draft.Symptoms;
            _runner = runner;
            _form = draft.Form.GetValueOrDefault();
            _requestId = draft.RequestId;
            _language = draft.Language;
            _region = draft.Region;
        }

        /// <summary>Pain on the 0 to 10 numeric rating scale.</summary>
        public int PainLevel
        {
            get => _painLevel;
            init => _painLevel = Inputs.PainLevel.Check(value);
        }

        /// <summary>How the pain feels; null only when <see cref="PainLevel"/> is 0 and it was not asked.</summary>
        public PainQuality? Quality
        {
            get => _quality;
            init => _quality = Inputs.Quality.Check(value);
        }

        /// <summary>Where the pain is; null only when <see cref="PainLevel"/> is 0 and it was not asked.</summary>
        public PainLocation? Location
        {
            get => _location;
            init => _location = Inputs.Location.Check(value);
        }

        /// <summary>Where the pain spreads; empty for nowhere, and when not asked (then <see cref="UnansweredSafetyQuestions"/> names it).</summary>
        public EnumSet<RadiationTarget> RadiatesTo
        {
            get => _radiatesTo.GetValueOrDefault();
            init => _radiatesTo = value;
        }

        /// <summary>How the pain changes while running; null only when <see cref="PainLevel"/> is 0 and it was not asked.</summary>
        public PainTrend? Trend
        {
            get => _trend;
            init => _trend = Inputs.Trend.Check(value);
        }

        /// <summary>How the pain began; null only when <see cref="PainLevel"/> is 0 and it was not asked.</summary>
        public PainOnset? Onset
        {
            get => _onset;
            init => _onset = Inputs.Onset.Check(value);
        }

        /// <summary>When the pain is felt; null only when <see cref="PainLevel"/> is 0 and it was not asked.</summary>
        public PainTiming? Timing
        {
            get => _timing;
            init => _timing = Inputs.Timing.Check(value);
        }

        /// <summary>The pain is still there after the runner stops; null only when <see cref="PainLevel"/> is 0 and it was not asked.</summary>
        public YesNo? PersistsAfterStopping
        {
            get => _persistsAfterStopping;
            init => _persistsAfterStopping = Inputs.PersistsAfterStopping.Check(value);
        }

        /// <summary>The pain makes the runner change how they run; null only when <see cref="PainLevel"/> is 0 and it was not asked.</summary>
        public YesNo? AltersRunningForm
        {
            get => _altersRunningForm;
            init => _altersRunningForm = Inputs.AltersRunningForm.Check(value);
        }

        /// <summary>Days since this pain began (0 to 3650); null only when <see cref="PainLevel"/> is 0 and it was not asked.</summary>
        public int? DurationDays
        {
            get => _durationDays;
            init => _durationDays = Inputs.DurationDays.Check(value);
        }

        /// <summary>Rest and self-care were already tried; null only when <see cref="PainLevel"/> is 0 and it was not asked.</summary>
        public YesNo? SelfCareTried
        {
            get => _selfCareTried;
            init => _selfCareTried = Inputs.SelfCareTried.Check(value);
        }

        /// <summary>A fall, collision or other impact preceded the pain; null only when <see cref="PainLevel"/> is 0 and it was not asked.</summary>
        public YesNo? RecentTrauma
        {
            get => _recentTrauma;
            init => _recentTrauma = Inputs.RecentTrauma.Check(value);
        }

        /// <summary>Symptoms that come with the pain (or, at pain 0, on their own); empty for none.</summary>
        public EnumSet<Symptom> Symptoms
        {
            get => _symptoms.GetValueOrDefault();
            init => _symptoms = value;
        }

        /// <summary>The runner's profile, or null when none was reported (only possible when <see cref="PainLevel"/> is 0).</summary>
        public RunnerProfile? Runner
        {
            get => _runner;
            init => _runner = value;
        }

        /// <summary>Observed running-form faults.</summary>
        public EnumSet<FormFault> Form
        {
            get => _form;
            init => _form = value;
        }

        /// <summary>The app's id for this request (up to 100 characters), echoed in the result, or null; it plays no part in triage.</summary>
        public string? RequestId
        {
            get => _requestId;
            init => _requestId = Inputs.RequestId.Check(value);
        }

        /// <summary>The language tag for the result's texts, or null for the engine's (<see cref="TriageOptions.Language"/>); it plays no part in triage.</summary>
        public string? Language
        {
            get => _language;
            init => _language = Inputs.Language.Check(value);
        }

        /// <summary>The ISO 3166 country code whose emergency number the result names, or null for the engine's (<see cref="TriageOptions.Region"/>); it plays no part in triage.</summary>
        public string? Region
        {
            get => _region;
            init => _region = Inputs.Region.Check(value);
        }

        /// <summary>
        /// The JSON names of the safety questions this value leaves unanswered (such as <c>onset</c>
        /// or <c>runner.history</c>), in the catalogue's order; empty when it can be assessed.
        /// </summary>
        public ValueList<string> UnansweredSafetyQuestions
        {
            get
            {
                var missing = new List<string>();
                return Unanswered(missing) == 0 ? default : new ValueList<string>(missing.ToArray());
            }
        }

        // The answered lists as given, null when not asked: what the JSON writer writes.
        internal EnumSet<RadiationTarget>? RadiatesToAnswer => _radiatesTo;

        internal EnumSet<Symptom>? SymptomsAnswer => _symptoms;

        /// <summary>True when the pain is in the upper back: neck, shoulders, between the shoulder blades, mid back or ribs.</summary>
        public bool IsUpperBack => Location is { } location && location <= PainLocation.Ribs;

        // True when any answer is "not sure": then the engine tells which findings fired only because of it.
        internal bool HasNotSure =>
            Quality == PainQuality.NotSure || Trend == PainTrend.NotSure || Onset == PainOnset.NotSure || Timing == PainTiming.NotSure
            || PersistsAfterStopping == YesNo.NotSure || AltersRunningForm == YesNo.NotSure || SelfCareTried == YesNo.NotSure
            || RecentTrauma == YesNo.NotSure;

        // The same answers with every "not sure" replaced by the least risky definite answer: a
        // finding that fires on the original but not on this one fired on a not-sure answer.
        internal PainAssessment WithNotSureAsLeastRisky()
        {
            var copy = this with { };
            copy._quality = Quality == PainQuality.NotSure ? PainQuality.DullAche : Quality;
            copy._trend = Trend == PainTrend.NotSure ? PainTrend.Improving : Trend;
            copy._onset = Onset == PainOnset.NotSure ? PainOnset.Gradual : Onset;
            copy._timing = Timing == PainTiming.NotSure ? PainTiming.DuringRun : Timing;
            copy._persistsAfterStopping = PersistsAfterStopping == YesNo.NotSure ? YesNo.No : PersistsAfterStopping;
            copy._altersRunningForm = AltersRunningForm == YesNo.NotSure ? YesNo.No : AltersRunningForm;
            copy._selfCareTried = SelfCareTried == YesNo.NotSure ? YesNo.No : SelfCareTried;
            copy._recentTrauma = RecentTrauma == YesNo.NotSure ? YesNo.No : RecentTrauma;
            return copy;
        }

        // The same answers with the inputs that change over time (TRIAGE.md 8.5) as given; the
        // values are in range, since they come from the answers' own ranges.
        internal PainAssessment WithChangesOverTime(int painLevel, PainTrend? trend, YesNo? persistsAfterStopping, YesNo? altersRunningForm)
        {
            var copy = this with { };
            copy._painLevel = painLevel;
            copy._trend = trend;
            copy._persistsAfterStopping = persistsAfterStopping;
            copy._altersRunningForm = altersRunningForm;
            return copy;
        }

        // TRIAGE.md 8.1: every unanswered safety question is named at once, so an app fixes its
        // questionnaire in one go rather than one field per exception. The whole value is checked,
        // never one setter against another, so a with expression's order does not matter.
        internal void ThrowIfUnanswered()
        {
            if (Unanswered(null) > 0)
            {
                var missing = UnansweredSafetyQuestions;
                throw new ArgumentException(DeveloperMessages.SafetyQuestionsMissing(string.Join(", ", missing)), missing[0].Replace("runner.history", "runner"));
            }
        }

        private static readonly string RunnerHistory = Inputs.Runner.Name + "." + Inputs.History.Name;

        // How many safety questions are unanswered, in the catalogue's order, adding their names to
        // `names` when given; without it nothing is allocated, since Assess checks on every call.
        private int Unanswered(List<string>? names)
        {
            var pain = _painLevel > 0;
            var count = 0;
            Note(pain && _quality is null, Inputs.Quality.Name);
            Note(pain && _location is null, Inputs.Location.Name);
            Note(pain && _radiatesTo is null, Inputs.RadiatesTo.Name);
            Note(pain && _onset is null, Inputs.Onset.Name);
            Note(pain && _trend is null, Inputs.Trend.Name);
            Note(pain && _timing is null, Inputs.Timing.Name);
            Note(pain && _persistsAfterStopping is null, Inputs.PersistsAfterStopping.Name);
            Note(pain && _altersRunningForm is null, Inputs.AltersRunningForm.Name);
            Note(pain && _durationDays is null, Inputs.DurationDays.Name);
            Note(pain && _selfCareTried is null, Inputs.SelfCareTried.Name);
            Note(pain && _recentTrauma is null, Inputs.RecentTrauma.Name);
            Note(_symptoms is null, Inputs.Symptoms.Name);
            Note(pain && _runner?.History is null, RunnerHistory);
            return count;

            void Note(bool unanswered, string name)
            {
                if (unanswered)
                {
                    count++;
                    names?.Add(name);
                }
            }
        }
    }
}
