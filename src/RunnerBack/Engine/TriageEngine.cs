using System;

namespace RunnerBack
{
    /// <summary>
    /// An immutable pipeline of triage rules with validated options. Build one with
    /// <see cref="TriageEngineBuilder"/> or use <see cref="Triage.Default"/>.
    /// </summary>
    /// <remarks>
    /// Thread-safe: one engine can serve every thread of an app. Rules run in stages (red flags and
    /// stop signals, then contributors, then recommendations), keeping the builder's order within a
    /// stage; the trace lists them in that order. All other result lists are in canonical order, so
    /// the order of rules within a stage never changes a result's disposition, findings,
    /// contributors or recommendations.
    /// </remarks>
    public sealed class TriageEngine : ITriageEngine
    {
        [ThreadStatic]
        private static TriageContext? t_context;

        private readonly TriageRule[] _pipeline;
        private readonly int _contributorStart;
        private readonly int _recommendationStart;

        private readonly Action<TriageRuleException>[] _faultObservers;

        internal TriageEngine(TriageRule[] pipelineInStageOrder, TriageOptions options, Action<TriageRuleException>[]? faultObservers = null)
        {
            _pipeline = pipelineInStageOrder;
            Options = options;
            _faultObservers = faultObservers ?? Array.Empty<Action<TriageRuleException>>();
            _contributorStart = FirstIndexOfStage(RuleKind.Contributor);
            _recommendationStart = FirstIndexOfStage(RuleKind.Recommendation);
            Rules = new ValueList<TriageRule>((TriageRule[])pipelineInStageOrder.Clone());
            RuleSetVersion = EngineFingerprint.VersionOf(pipelineInStageOrder, options);
        }

        /// <summary>
        /// The version this engine writes into its results: <see cref="Triage.RuleSetVersion"/> for
        /// the default rules and options, and that version with a stable fingerprint of the pipeline
        /// and options otherwise (<c>1.0.0+custom.</c> and 16 hex digits), so a stored result can be
        /// traced to the engine that made it.
        /// </summary>
        public string RuleSetVersion { get; }

        /// <inheritdoc />
        public ValueList<TriageRule> Rules { get; }

        /// <inheritdoc />
        public TriageOptions Options { get; }

        /// <inheritdoc />
        public TriageResult Assess(PainAssessment assessment)
        {
            // A with expression may have left a safety question unanswered: refused, never defaulted.
            Guard.NotNull(assessment, nameof(assessment)).ThrowIfUnanswered();

            // Reuse this thread's context; a rule that calls Assess re-entrantly gets a fresh one.
            var context = t_context ?? new TriageContext();
            t_context = null;
            try
            {
                // Assembled in English, then put in the asked-for language with the region's
                // emergency number; the default (English, no region) is returned as it is.
                var result = Evaluate(assessment, context);
                return ResultLocalizer.Localize(result, Languages.Resolve(assessment.Language ?? Options.Language), assessment.Region ?? Options.Region);
            }
            finally
            {
                context.End();
                t_context = context;
            }
        }

        private TriageResult Evaluate(PainAssessment assessment, TriageContext context)
        {
            context.Begin(assessment, Options);
            var outcomes = new byte[_pipeline.Length];
            TraceEntry[]? faults = null;

            context.Stage = RuleKind.RedFlag;
            RunStage(context, 0, _contributorStart, outcomes, ref faults);
            var disposition = FindingsDisposition(assessment, context);

            if (assessment.HasNotSure)
            {
                MarkFindingsOnNotSure(assessment, outcomes);
            }

            context.Stage = RuleKind.Contributor;
            RunStage(context, _contributorStart, _recommendationStart, outcomes, ref faults);

            // A fault before the recommendations are chosen raises the floor first, so that the
            // recommendations (care advice included) match the raised disposition.
            disposition = faults is not null ? Max(disposition, Disposition.SeeProfessional) : disposition;
            context.SetDisposition(disposition);
            context.Stage = RuleKind.Recommendation;
            RunStage(context, _recommendationStart, _pipeline.Length, outcomes, ref faults);
            if (faults is not null && disposition < Disposition.SeeProfessional)
            {
                // A recommendation rule faulted, so the disposition rises only now, after the advice
                // was chosen for the lower one: choose it again, so that the raised disposition's care
                // advice is given and advice its gate forbids is not. Faults are rare; this is not the hot path.
                disposition = Disposition.SeeProfessional;
                context.Recommendations.Clear();
                context.SetDisposition(disposition);
                RunStage(context, _recommendationStart, _pipeline.Length, outcomes, ref faults);
            }

            var changes = faults is null && disposition > Disposition.KeepRunning && !HasRedFlag(context)
                ? ChangeFinder.Find(this, assessment, disposition)
                : ValueList<DispositionChange>.Empty;
            return ResultAssembler.Assemble(context, disposition, new RuleTrace(_pipeline, outcomes, faults), faults is null, changes, RuleSetVersion, assessment.RequestId);
        }

        // The disposition the red flags and stop signals alone give `assessment`, for the interview
        // and for what would change the answer, which ask it of many candidate answers: the later
        // stages only add advice, so it is the disposition Assess gives unless one of their rules
        // faults. A fault here raises it as Assess would, under either fault policy.
        internal Disposition FindingDisposition(PainAssessment assessment, TriageContext context, byte[] outcomes)
        {
            context.Begin(assessment, Options);
            try
            {
                TraceEntry[]? faults = null;
                context.Stage = RuleKind.RedFlag;
                RunStage(context, 0, _contributorStart, outcomes, ref faults);
                var disposition = FindingsDisposition(assessment, context);
                return faults is null ? disposition : Max(disposition, Disposition.SeeProfessional);
            }
            catch (TriageRuleException)
            {
                return Disposition.SeeProfessional;
            }
            finally
            {
                context.End();
            }
        }

        internal int PipelineLength => _pipeline.Length;

        private static Disposition FindingsDisposition(PainAssessment assessment, TriageContext context)
        {
            var disposition = assessment.PainLevel > 0 ? Disposition.RunWithModifications : Disposition.KeepRunning;
            for (var i = 0; i < context.Findings.Count; i++)
            {
                disposition = Max(disposition, context.Findings[i].MinimumDisposition);
            }

            return disposition;
        }

        private static bool HasRedFlag(TriageContext context)
        {
            for (var i = 0; i < context.Findings.Count; i++)
            {
                if (context.Findings[i].Kind == FindingKind.RedFlag)
                {
                    return true;
                }
            }

            return false;
        }

        // The try block wraps the whole loop rather than each rule: entering it costs nothing, and
        // after a fault the loop resumes with the next rule.
        private void RunStage(TriageContext context, int start, int end, byte[] outcomes, ref TraceEntry[]? faults)
        {
            var findingStage = start < _contributorStart;
            var i = start;
            while (i < end)
            {
                var emitted = 0;
                try
                {
                    for (; i < end; i++)
                    {
                        var rule = _pipeline[i];
                        if (findingStage)
                        {
                            // Red flags and stop signals share one stage; the context checks each rule's kind.
                            context.Stage = rule.Kind;
                        }

                        emitted = context.Emitted;
                        context.BeginRule();
                        rule.Evaluate(context);
                        outcomes[i] = context.Emitted != emitted ? RuleTrace.Fired : context.Withheld ? RuleTrace.Withheld : RuleTrace.NotApplicable;
                    }
                }
                catch (Exception exception)
                {
                    var rule = _pipeline[i];
                    if (Options.FaultPolicy == FaultPolicy.Throw)
                    {
                        throw new TriageRuleException(rule.Id, exception);
                    }

                    // Fail safe: nothing a faulted rule added is kept, and the caller raises the disposition.
                    context.Discard(emitted);
                    faults ??= new TraceEntry[_pipeline.Length];
                    var detail = TextCatalogue.English.Format("trace.faulted", "exception", exception.GetType().Name, "message", exception.Message);
                    faults[i] = new TraceEntry(rule.Id, RuleOutcome.Faulted, detail);
                    outcomes[i] = RuleTrace.Faulted;
                    Report(new TriageRuleException(rule.Id, exception));
                    i++;
                }
            }
        }

        // A fault is logged by whoever observes it (RunnerBack.AspNetCore logs it at warning); an
        // observer that throws must not turn a fail-safe answer into no answer.
        private void Report(TriageRuleException fault)
        {
            foreach (var observer in _faultObservers)
            {
                try
                {
                    observer(fault);
                }
                catch (Exception)
                {
                    // Ignored on purpose: the runner's answer matters more than the log line.
                }
            }
        }

        // TRIAGE.md 8.2: the trace says when a finding fired from a not-sure answer, that is, when
        // the rule would not fire with the least risky definite answer in its place. Re-running the
        // rules that fired tells that for custom rules too; only assessments with a not-sure answer
        // pay for it, in a context of their own.
        private void MarkFindingsOnNotSure(PainAssessment assessment, byte[] outcomes)
        {
            var context = new TriageContext();
            context.Begin(assessment.WithNotSureAsLeastRisky(), Options);
            for (var i = 0; i < _contributorStart; i++)
            {
                if (outcomes[i] != RuleTrace.Fired)
                {
                    continue;
                }

                var rule = _pipeline[i];
                context.Stage = rule.Kind;
                var emitted = context.Emitted;
                try
                {
                    rule.Evaluate(context);
                }
                catch (Exception)
                {
                    // It fired on the real answers; a fault here says nothing about why.
                    continue;
                }

                if (context.Emitted == emitted)
                {
                    outcomes[i] = RuleTrace.FiredOnNotSure;
                }
            }
        }

        private int FirstIndexOfStage(RuleKind stage)
        {
            var index = Array.FindIndex(_pipeline, rule => RuleStages.StageOf(rule.Kind) >= RuleStages.StageOf(stage));
            return index < 0 ? _pipeline.Length : index;
        }

        private static Disposition Max(Disposition a, Disposition b) => a >= b ? a : b;
    }
}
