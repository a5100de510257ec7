using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using RunnerBack.Json;

namespace RunnerBack
{
    /// <summary>
    /// The engine's answer: what to do now, why (red flags, findings and the trace), what probably
    /// contributes, and dosed recommendations.
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe, with value equality: two equal assessments assessed by equal
    /// engines give equal results. Lists come in a canonical order: findings and red flags most
    /// urgent first, then by code; contributors by code; recommendations in the order to act on them (care, then activity with stopRunningNow first, then the other categories in their order), then by code;
    /// the trace in pipeline order. System.Text.Json writes and reads it as the wire contract's
    /// result JSON (<see cref="TriageResultJsonConverter"/>).
    /// </remarks>
    [JsonConverter(typeof(TriageResultJsonConverter))]
    public sealed record TriageResult
    {
        /// <summary>
        /// Creates a result, for an app's own tests (a fake <see cref="ITriageEngine"/>, say) or a
        /// result of its own making. The red flags are the findings of kind red flag.
        /// </summary>
        /// <param name="disposition">What the runner should do now.</param>
        /// <param name="headline">One sentence of at most 140 characters.</param>
        /// <param name="findings">The findings that fired; none by default.</param>
        /// <param name="contributors">Likely contributors; none by default.</param>
        /// <param name="recommendations">Recommendations; none by default.</param>
        /// <param name="trace">The trace entries; none by default.</param>
        /// <param name="isComplete">False when a rule faulted.</param>
        /// <param name="ruleSetVersion">The rule-set version; <see cref="Triage.RuleSetVersion"/> by default.</param>
        /// <param name="whatWouldChange">What would lower the disposition; none by default.</param>
        /// <param name="requestId">The request's id (up to 100 characters), or null.</param>
        /// <param name="scopeNote">The note for pain outside the upper back (<see cref="ScopeNote"/>), or null.</param>
        /// <param name="language">The language the texts are in, resolved to a supported one (<see cref="Languages.Resolve"/>); English by default.</param>
        /// <exception cref="System.ArgumentException">
        /// A value is missing or undefined, the headline is longer than 140 characters, or the
        /// disposition is below a finding's minimum (a result is never less cautious than its findings).
        /// </exception>
        public TriageResult(
            Disposition disposition,
            string headline,
            IEnumerable<Finding>? findings = null,
            IEnumerable<Contributor>? contributors = null,
            IEnumerable<Recommendation>? recommendations = null,
            IEnumerable<TraceEntry>? trace = null,
            bool isComplete = true,
            string? ruleSetVersion = null,
            IEnumerable<DispositionChange>? whatWouldChange = null,
            string? requestId = null,
            string? scopeNote = null,
            string? language = null)
        {
            Disposition = Guard.Defined(disposition, nameof(disposition));
            Headline = Guard.NotBlank(headline, nameof(headline)).Length <= 140 ? headline : throw new System.ArgumentException(DeveloperMessages.HeadlineTooLong, nameof(headline));
            Findings = ValueList<Finding>.CopyOf(findings ?? System.Array.Empty<Finding>());
            foreach (var finding in Findings)
            {
                if (Guard.NotNull(finding, nameof(findings)).MinimumDisposition > disposition)
                {
                    throw new System.ArgumentException(DeveloperMessages.BelowFinding(disposition, finding.Code), nameof(disposition));
                }
            }

            RedFlags = ValueList<RedFlag>.CopyOf(Findings.Where(f => f.RedFlag is not null).Select(f => f.RedFlag!));
            Contributors = ValueList<Contributor>.CopyOf(contributors ?? System.Array.Empty<Contributor>());
            Recommendations = ValueList<Recommendation>.CopyOf(recommendations ?? System.Array.Empty<Recommendation>());
            Trace = new RuleTrace(new List<TraceEntry>(trace ?? System.Array.Empty<TraceEntry>()).ToArray());
            IsComplete = isComplete;
            RuleSetVersion = ruleSetVersion is null ? Triage.RuleSetVersion : Guard.NotBlank(ruleSetVersion, nameof(ruleSetVersion));
            WhatWouldChange = ValueList<DispositionChange>.CopyOf(whatWouldChange ?? System.Array.Empty<DispositionChange>());
            RequestId = Inputs.RequestId.Check(requestId);
            ScopeNote = scopeNote is null ? null : Guard.NotBlank(scopeNote, nameof(scopeNote));
            Language = Languages.Resolve(language);
            WhatWouldChange = new ValueList<DispositionChange>(WhatWouldChange.Select(c => c.InLanguage(Language)).ToArray());
        }

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
            ValueList<DispositionChange> whatWouldChange,
            string? requestId,
            string? scopeNote,
            string language)
        {
            Language = language;
            WhatWouldChange = whatWouldChange;
            RequestId = requestId;
            ScopeNote = scopeNote;
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

        /// <summary>The text every result carries, in English: RunnerBack supports a decision; it does not diagnose.</summary>
        public static string DecisionSupportNotice => TextCatalogue.English["result.disclaimer"];

        /// <summary>
        /// The language the result's texts are in (en, es, fr, de, pt or pt-BR), after fallback from
        /// the language asked for. The trace's details are in English whatever the language: they are
        /// for the app's developers and clinicians.
        /// </summary>
        public string Language { get; }

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

        /// <summary>The id the request gave (<see cref="PainAssessment.RequestId"/>), or null: for matching results to requests in a batch.</summary>
        public string? RequestId { get; }

        /// <summary>
        /// For pain outside the upper back (lowerBack, sacroiliacJoint), one sentence saying that
        /// RunnerBack is made for the upper back and this advice may not fit; null otherwise. An app
        /// shows it with the headline.
        /// </summary>
        public string? ScopeNote { get; }

        /// <summary>
        /// The smallest sets of changes over time (pain level, trend, pain after stopping, altered
        /// form) that would lower the disposition, each with the disposition it would give. Empty when
        /// no such change lowers it: a red flag holds the disposition, and so does a rule that faulted.
        /// </summary>
        public ValueList<DispositionChange> WhatWouldChange { get; }

        /// <summary>That RunnerBack supports a decision and does not diagnose, in the result's language: every result says it.</summary>
        public string Disclaimer => TextCatalogue.For(Language)["result.disclaimer"];
    }
}
