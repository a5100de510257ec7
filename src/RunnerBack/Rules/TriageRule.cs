using System;

namespace RunnerBack
{
    /// <summary>
    /// One triage rule: an id, a one-line description, its source and an evaluation that looks at
    /// the assessment and adds findings, contributors or recommendations to the
    /// <see cref="TriageContext"/>. Derive from it to add a custom rule.
    /// </summary>
    /// <remarks>
    /// Rules must be pure, stateless and thread-safe: one engine evaluates them from many threads at
    /// once, and one <c>Assess</c> may evaluate a rule several times, on the assessment and on variants
    /// of it (what would change the answer, and which findings fired only on a "not sure" answer).
    /// The engine runs rules in stages by <see cref="Kind"/> (red flags and stop signals, then
    /// contributors, then recommendations), so a rule can rely on everything of the earlier stages
    /// and on nothing of its own stage: that is what makes the rule order irrelevant to the result.
    /// A rule that throws is handled by the engine's <see cref="FaultPolicy"/>. A rule may itself
    /// call <c>Assess</c>, on its own engine or another: that call gets its own scratch state and
    /// leaves the call it was made from unchanged.
    /// </remarks>
    public abstract class TriageRule
    {
        /// <summary>Creates a rule.</summary>
        /// <param name="id">A stable id, unique in a pipeline, such as <c>redFlag.chestPain</c>.</param>
        /// <param name="kind">Which stage the rule runs in and what it may add.</param>
        /// <param name="description">One line that says when the rule fires.</param>
        /// <param name="source">Where the rule comes from, named so a reviewer can look it up: an article by its headline, a guideline by its publisher and title.</param>
        /// <param name="minimumDisposition">For red-flag and stop-signal rules, the lowest disposition the rule can ask for; null for other kinds.</param>
        /// <exception cref="ArgumentException">A value is missing, or the minimum disposition does not fit the kind.</exception>
        protected TriageRule(string id, RuleKind kind, string description, string source, Disposition? minimumDisposition = null)
        {
            Id = Guard.NotBlank(id, nameof(id));
            Kind = Guard.Defined(kind, nameof(kind));
            Description = Guard.NotBlank(description, nameof(description));
            Source = Guard.NotBlank(source, nameof(source));
            MinimumDisposition = Guard.Defined(minimumDisposition, nameof(minimumDisposition));
            var raisesFindings = kind == RuleKind.RedFlag || kind == RuleKind.StopSignal;
            if (raisesFindings != minimumDisposition.HasValue)
            {
                throw new ArgumentException(DeveloperMessages.MinimumDispositionMismatch(id), nameof(minimumDisposition));
            }

            // The trace entries a rule can produce are built once, so evaluation allocates nothing.
            var texts = TextCatalogue.English;
            FiredTrace = new TraceEntry(id, RuleOutcome.Fired, texts.Format("trace.fired", "description", description));
            NotApplicableTrace = new TraceEntry(id, RuleOutcome.NotApplicable, texts.Format("trace.notApplicable", "description", description));
            WithheldTrace = new TraceEntry(id, RuleOutcome.NotApplicable, texts.Format("trace.withheld", "description", description));
            FiredOnNotSureTrace = new TraceEntry(id, RuleOutcome.Fired, texts.Format("trace.firedOnNotSure", "description", description));
        }

        // A built-in rule: its id is its kind and code ("redFlag.chestPain"), and its description
        // comes from the text catalogue under that id.
        private protected TriageRule(RuleKind kind, string code, string source, Disposition? minimumDisposition = null)
            : this(IdOf(kind, code), kind, TextCatalogue.English[IdOf(kind, code) + ".description"], source, minimumDisposition)
        {
        }

        /// <summary>The stable id, unique in a pipeline.</summary>
        public string Id { get; }

        /// <summary>Which stage the rule runs in and what it may add.</summary>
        public RuleKind Kind { get; }

        /// <summary>One line that says when the rule fires.</summary>
        public string Description { get; }

        /// <summary>Where the rule comes from.</summary>
        public string Source { get; }

        /// <summary>For red-flag and stop-signal rules, the lowest disposition the rule can ask for; otherwise null.</summary>
        public Disposition? MinimumDisposition { get; }

        internal TraceEntry FiredTrace { get; }

        internal TraceEntry NotApplicableTrace { get; }

        internal TraceEntry WithheldTrace { get; }

        internal TraceEntry FiredOnNotSureTrace { get; }

        /// <summary>Looks at <see cref="TriageContext.Assessment"/> and adds what the rule finds.</summary>
        /// <param name="context">The evaluation in progress; valid only during this call.</param>
        public abstract void Evaluate(TriageContext context);

        // The catalogue key of one of a built-in rule's texts, such as "redFlag.chestPain.explanation".
        private protected string TextKey(string field) => Id + "." + field;

        private static string IdOf(RuleKind kind, string code) => kind switch
        {
            RuleKind.RedFlag => "redFlag.",
            RuleKind.StopSignal => "stopSignal.",
            RuleKind.Contributor => "contributor.",
            _ => "recommendation.",
        } + code;

        /// <summary>The id, kind and description.</summary>
        public override string ToString() => $"{Id} ({Kind}): {Description}";
    }
}
