namespace RunnerBack
{
    /// <summary>
    /// The engine's answer: what to do now, why (red flags, findings and the trace), what probably
    /// contributes, and dosed recommendations.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe, with value equality: two equal assessments assessed by equal
    /// engines give equal results. Lists come in a canonical order: findings and red flags most
    /// urgent first, then by code; contributors by code; recommendations by category, then code;
    /// the trace in pipeline order.
    /// </remarks>
    public sealed record TriageResult
    {
        internal TriageResult(
            Disposition disposition,
            string headline,
            ValueList<RedFlag> redFlags,
            ValueList<Finding> findings,
            ValueList<Contributor> contributors,
            ValueList<Recommendation> recommendations,
            RuleTrace trace,
            bool isComplete,
            string ruleSetVersion,
            ValueList<DispositionChange> whatWouldChange)
        {
            WhatWouldChange = whatWouldChange;
            Disposition = disposition;
            Headline = headline;
            RedFlags = redFlags;
            Findings = findings;
            Contributors = contributors;
            Recommendations = recommendations;
            Trace = trace;
            IsComplete = isComplete;
            RuleSetVersion = ruleSetVersion;
        }

        /// <summary>The text every result carries: RunnerBack supports a decision; it does not diagnose.</summary>
        public static string DecisionSupportNotice => TextCatalogue.English["result.disclaimer"];

        /// <summary>What the runner should do now.</summary>
        public Disposition Disposition { get; }

        /// <summary>One sentence of at most 140 characters telling the runner what to do now.</summary>
        public string Headline { get; }

        /// <summary>Every red flag that fired.</summary>
        public ValueList<RedFlag> RedFlags { get; }

        /// <summary>Every finding that fired, red flags included; together they explain the disposition.</summary>
        public ValueList<Finding> Findings { get; }

        /// <summary>Likely contributors to work on.</summary>
        public ValueList<Contributor> Contributors { get; }

        /// <summary>Dosed recommendations allowed at this disposition.</summary>
        public ValueList<Recommendation> Recommendations { get; }

        /// <summary>One entry per rule evaluated, in pipeline order.</summary>
        public RuleTrace Trace { get; }

        /// <summary>False when a rule faulted; the disposition was then raised to at least <see cref="Disposition.SeeProfessional"/>.</summary>
        public bool IsComplete { get; }

        /// <summary>The version of the clinical rule set that produced this result.</summary>
        public string RuleSetVersion { get; }

        /// <summary>
        /// The smallest sets of changes over time (pain level, trend, pain after stopping, altered
        /// form) that would lower the disposition, each with the disposition it would give. Empty when
        /// no such change lowers it: a red flag holds the disposition, and so does a rule that faulted.
        /// </summary>
        public ValueList<DispositionChange> WhatWouldChange { get; }

        /// <summary>Always <see cref="DecisionSupportNotice"/>: every result says it is not a diagnosis.</summary>
        public string Disclaimer => DecisionSupportNotice;
    }
}
