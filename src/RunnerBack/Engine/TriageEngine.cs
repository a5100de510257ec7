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
        private readonly PipelineStep[] _steps;
        private readonly OutputRanking _ranking;
        private readonly int _contributorStart;
        private readonly int _recommendationStart;

        internal TriageEngine(TriageRule[] pipelineInStageOrder, TriageOptions options)
        {
            _pipeline = pipelineInStageOrder;
            _ranking = ResultAssembler.RanksOf(pipelineInStageOrder);
            _steps = new PipelineStep[pipelineInStageOrder.Length];
            for (var i = 0; i < _steps.Length; i++)
            {
                _steps[i] = new PipelineStep(pipelineInStageOrder[i], _ranking.StepRanks[i]);
            }

            Options = options;
            _contributorStart = FirstIndexOfStage(RuleKind.Contributor);
            _recommendationStart = FirstIndexOfStage(RuleKind.Recommendation);
            Rules = new ValueList<TriageRule>((TriageRule[])pipelineInStageOrder.Clone());
        }

        /// <inheritdoc />
        public ValueList<TriageRule> Rules { get; }

        /// <inheritdoc />
        public TriageOptions Options { get; }

        /// <inheritdoc />
        public TriageResult Assess(PainAssessment assessment)
        {
            Guard.NotNull(assessment, nameof(assessment));

            // Reuse this thread's context; a rule that calls Assess re-entrantly gets a fresh one.
            var context = t_context ?? new TriageContext();
            t_context = null;
            try
            {
                return Evaluate(assessment, context);
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
            var disposition = assessment.PainLevel > 0 ? Disposition.RunWithModifications : Disposition.KeepRunning;
            for (var i = 0; i < context.Findings.Count; i++)
            {
                disposition = Max(disposition, context.Findings[i].MinimumDisposition);
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

            return ResultAssembler.Assemble(context, _ranking, disposition, new RuleTrace(_pipeline, outcomes, faults), faults is null);
        }

        // The try block wraps the whole loop rather than each rule: entering it costs nothing, and
        // after a fault the loop resumes with the next rule.
        private void RunStage(TriageContext context, int start, int end, byte[] outcomes, ref TraceEntry[]? faults)
        {
            var findingStage = start < _contributorStart;
            var steps = _steps;
            var i = start;
            while (i < end)
            {
                var emitted = 0;
                try
                {
                    for (; i < end; i++)
                    {
                        ref readonly var step = ref steps[i];
                        if (findingStage)
                        {
                            // Red flags and stop signals share one stage; the context checks each rule's kind.
                            context.Stage = step.Rule.Kind;
                        }

                        emitted = context.Emitted;
                        byte outcome;
                        if (step.FindingRule is { } findingRule)
                        {
                            outcome = findingRule.Run(context, step);
                        }
                        else if (step.ContributorRule is { } contributorRule)
                        {
                            outcome = contributorRule.Run(context, step);
                        }
                        else if (step.RecommendationRule is { } recommendationRule)
                        {
                            outcome = recommendationRule.Run(context, step);
                        }
                        else
                        {
                            context.BeginRule();
                            step.Rule.Evaluate(context);
                            outcome = context.Emitted != emitted ? RuleTrace.Fired : context.Withheld ? RuleTrace.Withheld : RuleTrace.NotApplicable;
                        }

                        outcomes[i] = outcome;
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
                    faults[i] = new TraceEntry(rule.Id, RuleOutcome.Faulted, $"Faulted ({exception.GetType().Name}: {exception.Message}); its output was discarded and the result is incomplete.");
                    outcomes[i] = RuleTrace.Faulted;
                    i++;
                }
            }
        }

        private int FirstIndexOfStage(RuleKind stage)
        {
            var index = 0;
            while (index < _pipeline.Length && StageOrder.Of(_pipeline[index].Kind) < StageOrder.Of(stage))
            {
                index++;
            }

            return index;
        }

        private static Disposition Max(Disposition a, Disposition b) => a >= b ? a : b;
    }
}
