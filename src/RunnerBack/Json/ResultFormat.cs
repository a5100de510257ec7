using System;

namespace RunnerBack.Json
{
    // The result format, declared once, as RequestFormat declares the request: every field of a
    // result and its entries, in the contract's order. These declarations drive the one writer
    // (compact or indented, any trace detail) and reading a stored result back, which skips the
    // fields of later versions. On reading every field is required but the dose's, which are there
    // only where they apply, and the disclaimer, which is always this version's.
    internal static class ResultFormat
    {
        // A result nests to its recommendations' doses (depth 3); a later version's may nest deeper in
        // fields this one skips, up to the reader's own limit.
        public const int MaxContainerDepth = 63;

        private static readonly EnumField<TriageResult, Disposition> DispositionField = new EnumField<TriageResult, Disposition>("disposition", r => r.Disposition, Needed("disposition"));
        private static readonly TextField<TriageResult> Headline = new TextField<TriageResult>("headline", r => r.Headline, Needed("headline"));
        private static readonly ObjectListField<TriageResult, RedFlag> RedFlags = new ObjectListField<TriageResult, RedFlag>("redFlags", () => RedFlagObject!, r => r.RedFlags, Needed("redFlags"), compact: f => f.CompactJson ??= Compact(RedFlagObject!, f));
        private static readonly ObjectListField<TriageResult, Finding> Findings = new ObjectListField<TriageResult, Finding>("findings", () => FindingObject!, r => r.Findings, Needed("findings"), compact: f => f.CompactJson ??= Compact(FindingObject!, f));
        private static readonly ObjectListField<TriageResult, Contributor> Contributors = new ObjectListField<TriageResult, Contributor>("contributors", () => ContributorObject!, r => r.Contributors, Needed("contributors"), compact: c => c.CompactJson ??= Compact(ContributorObject!, c));
        private static readonly ObjectListField<TriageResult, Recommendation> Recommendations = new ObjectListField<TriageResult, Recommendation>("recommendations", () => RecommendationObject!, r => r.Recommendations, Needed("recommendations"), compact: r => r.CompactJson ??= Compact(RecommendationObject!, r));
        private static readonly ObjectListField<TriageResult, TraceEntry> Trace = new ObjectListField<TriageResult, TraceEntry>("trace", () => TraceObject!, r => r.Trace, Needed("trace"), Traced, t => t.CompactJson ??= Compact(TraceObject!, t));
        private static readonly BooleanField<TriageResult> Complete = new BooleanField<TriageResult>("complete", r => r.IsComplete, Needed("complete"));
        private static readonly TextField<TriageResult> RuleSetVersion = new TextField<TriageResult>("ruleSetVersion", r => r.RuleSetVersion, Needed("ruleSetVersion"));
        private static readonly ObjectListField<TriageResult, DispositionChange> WhatWouldChange =
            new ObjectListField<TriageResult, DispositionChange>("whatWouldChange", () => ChangeObject!, r => r.WhatWouldChange, required: null);
        private static readonly TextField<TriageResult> Disclaimer = new TextField<TriageResult>("disclaimer", r => r.Disclaimer);

        private static readonly TextField<RedFlag> RedFlagCode = new TextField<RedFlag>("code", f => f.Code, Needed("code"));
        private static readonly EnumField<RedFlag, Disposition> RedFlagMinimum = new EnumField<RedFlag, Disposition>("minimumDisposition", f => f.MinimumDisposition, Needed("minimumDisposition"));
        private static readonly TextField<RedFlag> RedFlagExplanation = new TextField<RedFlag>("explanation", f => f.Explanation, Needed("explanation"));

        private static readonly TextField<Finding> FindingCode = new TextField<Finding>("code", f => f.Code, Needed("code"));
        private static readonly EnumField<Finding, FindingKind> Kind = new EnumField<Finding, FindingKind>("kind", f => f.Kind, Needed("kind"));
        private static readonly EnumField<Finding, Disposition> FindingMinimum = new EnumField<Finding, Disposition>("minimumDisposition", f => f.MinimumDisposition, Needed("minimumDisposition"));
        private static readonly TextField<Finding> FindingExplanation = new TextField<Finding>("explanation", f => f.Explanation, Needed("explanation"));

        private static readonly TextField<Contributor> ContributorCode = new TextField<Contributor>("code", c => c.Code, Needed("code"));
        private static readonly TextField<Contributor> ContributorExplanation = new TextField<Contributor>("explanation", c => c.Explanation, Needed("explanation"));

        private static readonly TextField<Recommendation> RecommendationCode = new TextField<Recommendation>("code", r => r.Code, Needed("code"));
        private static readonly EnumField<Recommendation, RecommendationCategory> Category = new EnumField<Recommendation, RecommendationCategory>("category", r => r.Category, Needed("category"));
        private static readonly TextField<Recommendation> Title = new TextField<Recommendation>("title", r => r.Title, Needed("title"));
        private static readonly TextField<Recommendation> Instructions = new TextField<Recommendation>("instructions", r => r.Instructions, Needed("instructions"));
        private static readonly ObjectField<Recommendation, Dose> DoseField = new ObjectField<Recommendation, Dose>("dose", () => DoseObject!, r => r.Dose, Needed("dose"));

        private static readonly IntegerField<Dose> HoldSecondsMin = Amount("holdSecondsMin", d => d.HoldSecondsMin);
        private static readonly IntegerField<Dose> HoldSecondsMax = Amount("holdSecondsMax", d => d.HoldSecondsMax);
        private static readonly IntegerField<Dose> Repetitions = Amount("repetitions", d => d.Repetitions);
        private static readonly BooleanField<Dose> PerSide = new BooleanField<Dose>("perSide", d => d.PerSide);
        private static readonly IntegerField<Dose> PauseSecondsMin = Amount("pauseSecondsMin", d => d.PauseSecondsMin);
        private static readonly IntegerField<Dose> PauseSecondsMax = Amount("pauseSecondsMax", d => d.PauseSecondsMax);
        private static readonly IntegerField<Dose> DurationSecondsMin = Amount("durationSecondsMin", d => d.DurationSecondsMin);
        private static readonly IntegerField<Dose> DurationSecondsMax = Amount("durationSecondsMax", d => d.DurationSecondsMax);
        private static readonly IntegerField<Dose> IntervalMinutesMin = Amount("intervalMinutesMin", d => d.IntervalMinutesMin);
        private static readonly IntegerField<Dose> IntervalMinutesMax = Amount("intervalMinutesMax", d => d.IntervalMinutesMax);
        private static readonly IntegerField<Dose> SessionsPerWeek = Amount("sessionsPerWeek", d => d.SessionsPerWeek);
        private static readonly IntegerField<Dose> DurationDays = Amount("durationDays", d => d.DurationDays);
        private static readonly TextField<Dose> Frequency = new TextField<Dose>("frequency", d => d.Frequency);

        private static readonly ObjectListField<DispositionChange, AnswerChange> Changes =
            new ObjectListField<DispositionChange, AnswerChange>("changes", () => AnswerChangeObject!, c => c.Changes, Needed("changes"));
        private static readonly EnumField<DispositionChange, Disposition> ChangedDisposition = new EnumField<DispositionChange, Disposition>("disposition", c => c.Disposition, Needed("disposition"));

        // Written for apps that show it as it is; a stored result's text is not read back, since the
        // change says it again in the result's language.
        private static readonly TextField<DispositionChange> ChangeSentence = new TextField<DispositionChange>("text", c => c.Text);

        private static readonly TextField<AnswerChange> ChangePath = new TextField<AnswerChange>("path", c => c.Path, Needed("path"));
        private static readonly AnswerField<AnswerChange> ChangeAnswer = new AnswerField<AnswerChange>("answer", c => c.Answer, Needed("answer"));

        private static readonly TextField<TriageResult> RequestId = new TextField<TriageResult>(RequestFormat.RequestId.Name, r => r.RequestId, maxLength: 100);
        private static readonly TextField<TriageResult> ScopeNote = new TextField<TriageResult>("scopeNote", r => r.ScopeNote);

        // Absent from results of versions before languages: those are English.
        private static readonly TextField<TriageResult> LanguageField = new TextField<TriageResult>(
            RequestFormat.Language.Name, r => r.Language, accepts: Languages.IsWellFormed, refusal: value => DeveloperMessages.BadLanguageTag("language", value));

        private static readonly TextField<TraceEntry> RuleId = new TextField<TraceEntry>("ruleId", t => t.RuleId, Needed("ruleId"));
        private static readonly EnumField<TraceEntry, RuleOutcome> Outcome = new EnumField<TraceEntry, RuleOutcome>("outcome", t => t.Outcome, Needed("outcome"));
        private static readonly TextField<TraceEntry> Detail = new TextField<TraceEntry>("detail", t => t.Detail, Needed("detail"));

        public static readonly WireObject<TriageResult> Result = new WireObject<TriageResult>(
            BuildResult, ignoreUnknown: true, DispositionField, Headline, RedFlags, Findings, Contributors, Recommendations, Trace, Complete, RuleSetVersion, WhatWouldChange, RequestId, ScopeNote, LanguageField, Disclaimer);

        private static readonly WireObject<RedFlag> RedFlagObject = new WireObject<RedFlag>(
            v => new RedFlag(RedFlagCode.ValueIn(v)!, RedFlagMinimum.ValueIn(v)!.Value, RedFlagExplanation.ValueIn(v)!),
            ignoreUnknown: true, RedFlagCode, RedFlagMinimum, RedFlagExplanation);

        private static readonly WireObject<Finding> FindingObject = new WireObject<Finding>(
            v => new Finding(FindingCode.ValueIn(v)!, Kind.ValueIn(v)!.Value, FindingMinimum.ValueIn(v)!.Value, FindingExplanation.ValueIn(v)!),
            ignoreUnknown: true, FindingCode, Kind, FindingMinimum, FindingExplanation);

        private static readonly WireObject<Contributor> ContributorObject = new WireObject<Contributor>(
            v => new Contributor(ContributorCode.ValueIn(v)!, ContributorExplanation.ValueIn(v)!), ignoreUnknown: true, ContributorCode, ContributorExplanation);

        private static readonly WireObject<Recommendation> RecommendationObject = new WireObject<Recommendation>(
            v => new Recommendation(RecommendationCode.ValueIn(v)!, Category.ValueIn(v)!.Value, Title.ValueIn(v)!, Instructions.ValueIn(v)!, DoseField.ValueIn(v)!),
            ignoreUnknown: true, RecommendationCode, Category, Title, Instructions, DoseField);

        private static readonly WireObject<Dose> DoseObject = new WireObject<Dose>(
            v => new Dose(
                Frequency.ValueIn(v), HoldSecondsMin.ValueIn(v), HoldSecondsMax.ValueIn(v), Repetitions.ValueIn(v), PerSide.ValueIn(v), PauseSecondsMin.ValueIn(v),
                PauseSecondsMax.ValueIn(v), DurationSecondsMin.ValueIn(v), DurationSecondsMax.ValueIn(v), IntervalMinutesMin.ValueIn(v), IntervalMinutesMax.ValueIn(v),
                SessionsPerWeek.ValueIn(v), DurationDays.ValueIn(v)),
            ignoreUnknown: true,
            HoldSecondsMin, HoldSecondsMax, Repetitions, PerSide, PauseSecondsMin, PauseSecondsMax, DurationSecondsMin, DurationSecondsMax, IntervalMinutesMin,
            IntervalMinutesMax, SessionsPerWeek, DurationDays, Frequency);

        private static readonly WireObject<DispositionChange> ChangeObject = new WireObject<DispositionChange>(
            v => new DispositionChange(new ValueList<AnswerChange>(Changes.ValueIn(v)), ChangedDisposition.ValueIn(v)!.Value), ignoreUnknown: true, Changes, ChangedDisposition, ChangeSentence);

        private static readonly WireObject<AnswerChange> AnswerChangeObject = new WireObject<AnswerChange>(
            v => new AnswerChange(ChangePath.ValueIn(v)!, ChangeAnswer.ValueIn(v)!.Value), ignoreUnknown: true, ChangePath, ChangeAnswer);

        private static readonly WireObject<TraceEntry> TraceObject = new WireObject<TraceEntry>(
            v => new TraceEntry(RuleId.ValueIn(v)!, Outcome.ValueIn(v)!.Value, Detail.ValueIn(v)!), ignoreUnknown: true, RuleId, Outcome, Detail);

        // A result's entries are mostly its rules' own, shared by every result they are in: each is
        // rendered once, in compact form, and copied from then on.
        private static byte[] Compact<T>(WireObject<T> shape, T item)
            where T : class => TriageJson.RenderUtf8(json => shape.Write(json, item, TraceDetail.All));

        private static Required Needed(string name) => new Required(name + " is required.");

        // The Dose constructor checks the amounts' ranges.
        private static IntegerField<Dose> Amount(string name, Func<Dose, int?> get) => new IntegerField<Dose>(name, 0, int.MaxValue, get);

        private static bool Traced(TraceEntry entry, TraceDetail detail) =>
            detail == TraceDetail.All || (detail == TraceDetail.FiredOnly && entry.Outcome != RuleOutcome.NotApplicable);

        // The red flags are the findings of kind redFlag, in the same order: a stored result that
        // shows fewer or other red flags than it found is not read back.
        private static TriageResult BuildResult(FieldValues values)
        {
            var findings = Findings.ValueIn(values);
            var redFlags = Array.ConvertAll(Array.FindAll(findings, f => f.RedFlag is not null), f => f.RedFlag!);
            if (!new ValueList<RedFlag>(redFlags).Equals(new ValueList<RedFlag>(RedFlags.ValueIn(values))))
            {
                throw new FormatException("$.redFlags: it must list exactly the findings of kind redFlag, in the same order.");
            }

            var language = LanguageField.ValueIn(values) ?? Languages.English;
            return new TriageResult(
                DispositionField.ValueIn(values)!.Value,
                Headline.ValueIn(values)!,
                new ValueList<RedFlag>(redFlags),
                new ValueList<Finding>(findings),
                new ValueList<Contributor>(Contributors.ValueIn(values)),
                new ValueList<Recommendation>(Recommendations.ValueIn(values)),
                new RuleTrace(Trace.ValueIn(values)),
                Complete.ValueIn(values)!.Value,
                RuleSetVersion.ValueIn(values)!,
                new ValueList<DispositionChange>(Array.ConvertAll(WhatWouldChange.ValueIn(values) ?? Array.Empty<DispositionChange>(), c => c.InLanguage(language))),
                RequestId.ValueIn(values),
                ScopeNote.ValueIn(values),
                language);
        }
    }
}
