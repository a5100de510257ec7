using System;
using System.Runtime.CompilerServices;

namespace RunnerBack
{
    /// <summary>
    /// One evaluation in progress, as a rule sees it: the assessment, the options, what earlier
    /// stages found, and the methods that add a rule's output.
    /// </summary>
    /// <remarks>
    /// The engine reuses contexts across evaluations on the same thread: a rule must not keep a
    /// reference to one after <see cref="TriageRule.Evaluate"/> returns. Reading what the current
    /// stage has not finished (for example <see cref="Disposition"/> from a red-flag rule) throws an
    /// <see cref="InvalidOperationException"/>, because it would make the result depend on rule order;
    /// the engine treats that like any other fault.
    /// </remarks>
    public sealed class TriageContext
    {
        private PainAssessment? _assessment;
        private TriageOptions _options = TriageOptions.Default;
        private Disposition _disposition;

        internal TriageContext()
        {
        }

        // Every rule reads these, so they must inline into every rule. Where a throw sat in the
        // member itself, the JIT inlined it only with a dynamic PGO profile, which NativeAOT and
        // .NET Framework hosts never have: there the same Assess took 1.6 to 2.2 times as long. The
        // throws live in helpers that are never inlined.

        /// <summary>The assessment being triaged.</summary>
        public PainAssessment Assessment
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _assessment ?? NoAssessment();
        }

        /// <summary>The engine's validated options (thresholds and fault policy).</summary>
        public TriageOptions Options => _options;

        /// <summary>The runner's profile, or <see cref="RunnerProfile.Unknown"/> when none was reported.</summary>
        public RunnerProfile Runner
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => Assessment.Runner ?? RunnerProfile.Unknown;
        }

        /// <summary>
        /// The disposition from all findings (and faults) so far. Available to recommendation rules only.
        /// </summary>
        /// <exception cref="InvalidOperationException">Read before the recommendation stage.</exception>
        public Disposition Disposition
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                RequireStage(RuleKind.Recommendation, nameof(Disposition));
                return _disposition;
            }
        }

        internal RuleKind Stage { get; set; }

        internal bool Withheld { get; private set; }

        // Counts what rules add, so the engine can tell whether a rule fired with one comparison,
        // and how much to drop when one faults.
        internal int Emitted { get; private set; }

        internal ScratchList<Finding> Findings { get; } = new ScratchList<Finding>();

        internal ScratchList<Contributor> Contributors { get; } = new ScratchList<Contributor>();

        internal ScratchList<Recommendation> Recommendations { get; } = new ScratchList<Recommendation>();

        /// <summary>True when a finding with this code fired. Available from the contributor stage on.</summary>
        /// <exception cref="InvalidOperationException">Asked during the finding stage.</exception>
        public bool HasFinding(string code)
        {
            RequireStage(RuleKind.Contributor, nameof(HasFinding));
            for (var i = 0; i < Findings.Count; i++)
            {
                if (string.Equals(Findings[i].Code, code, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when a contributor with this code fired. Available to recommendation rules only.</summary>
        /// <exception cref="InvalidOperationException">Asked before the recommendation stage.</exception>
        public bool HasContributor(string code)
        {
            RequireStage(RuleKind.Recommendation, nameof(HasContributor));
            for (var i = 0; i < Contributors.Count; i++)
            {
                if (string.Equals(Contributors[i].Code, code, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Adds a finding. Only red-flag and stop-signal rules may, each of its own kind.</summary>
        /// <returns>True: a finding is always added (every Add says whether it added, as the recommendations' may not).</returns>
        /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
        /// <exception cref="InvalidOperationException">The current rule's kind does not match.</exception>
        public bool Add(Finding finding)
        {
            Guard.NotNull(finding, nameof(finding));
            var expected = finding.Kind == FindingKind.RedFlag ? RuleKind.RedFlag : RuleKind.StopSignal;
            if (Stage != expected)
            {
                throw new InvalidOperationException(DeveloperMessages.WrongFindingKind(Stage, finding.Kind, finding.Code));
            }

            Findings.Add(finding);
            Emitted++;
            return true;
        }

        /// <summary>Adds a contributor. Only contributor rules may.</summary>
        /// <returns>True: a contributor is always added.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="contributor"/> is null.</exception>
        /// <exception cref="InvalidOperationException">The current rule is not a contributor rule.</exception>
        public bool Add(Contributor contributor)
        {
            Guard.NotNull(contributor, nameof(contributor));
            RequireExactStage(RuleKind.Contributor);
            Contributors.Add(contributor);
            Emitted++;
            return true;
        }

        /// <summary>
        /// Adds a recommendation if the safety gate allows its category at the current disposition.
        /// Only recommendation rules may.
        /// </summary>
        /// <returns>True when added; false when the gate withheld it.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="recommendation"/> is null.</exception>
        /// <exception cref="InvalidOperationException">The current rule is not a recommendation rule.</exception>
        public bool Add(Recommendation recommendation)
        {
            Guard.NotNull(recommendation, nameof(recommendation));
            RequireExactStage(RuleKind.Recommendation);
            if (!RecommendationGate.Allows(_disposition, recommendation))
            {
                Withheld = true;
                return false;
            }

            Recommendations.Add(recommendation);
            Emitted++;
            return true;
        }

        internal void Begin(PainAssessment assessment, TriageOptions options)
        {
            _assessment = assessment;
            _options = options;
            _disposition = Disposition.KeepRunning;
            Emitted = 0;
            Findings.Clear();
            Contributors.Clear();
            Recommendations.Clear();
        }

        internal void End() => _assessment = null;

        internal void BeginRule() => Withheld = false;

        // Drops what the current rule added since the emission count was `emitted`: a rule adds
        // only to its own stage's list, so the newest entries of that list are its own.
        internal void Discard(int emitted)
        {
            var extra = Emitted - emitted;
            switch (Stage)
            {
                case RuleKind.Contributor:
                    Contributors.Truncate(Contributors.Count - extra);
                    break;
                case RuleKind.Recommendation:
                    Recommendations.Truncate(Recommendations.Count - extra);
                    break;
                default:
                    Findings.Truncate(Findings.Count - extra);
                    break;
            }

            Emitted = emitted;
        }

        internal void SetDisposition(Disposition disposition) => _disposition = disposition;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void RequireStage(RuleKind earliest, string member)
        {
            if (RuleStages.StageOf(Stage) < RuleStages.StageOf(earliest))
            {
                ThrowNotSettled(earliest, member);
            }
        }

        private void RequireExactStage(RuleKind stage)
        {
            if (Stage != stage)
            {
                ThrowWrongStage(stage);
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static PainAssessment NoAssessment() => throw new InvalidOperationException(DeveloperMessages.NoAssessment);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void ThrowNotSettled(RuleKind earliest, string member) =>
            throw new InvalidOperationException(DeveloperMessages.NotSettled(member, Stage, earliest));

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void ThrowWrongStage(RuleKind output) => throw new InvalidOperationException(DeveloperMessages.WrongStage(Stage, output));
    }
}
