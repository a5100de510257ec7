using System;
using System.Collections.Generic;

namespace RunnerBack
{
    // Turns what the rules added into a result with canonical list order, so that neither the
    // order of the input lists nor the order of the rules changes the result: findings and red
    // flags most urgent first, then by code; contributors by code; recommendations by category,
    // then code. The comparers are structs so the sorts are devirtualised and allocate nothing.
    internal static class ResultAssembler
    {
        public static TriageResult Assemble(TriageContext context, Disposition disposition, RuleTrace trace, bool complete, ValueList<DispositionChange> whatWouldChange, string ruleSetVersion, string? requestId)
        {
            // Two rules may report the same code (a custom rule next to a built-in one): by code, the
            // most urgent first, keeps the most urgent; then most urgent first.
            var findings = context.Findings.ToSortedDistinct(default(ByCode));
            ScratchList<Finding>.Sort(findings ?? Array.Empty<Finding>(), findings?.Length ?? 0, default(ByUrgency));

            // Every recommendation was gated at the final disposition: the engine chooses them again
            // when a late fault raises it.
            return new TriageResult(
                disposition,
                ResultLocalizer.Headline(disposition),
                RedFlagsOf(findings),
                ListOf(findings),
                ListOf(context.Contributors.ToSortedDistinct(default(ByCode))),
                ListOf(context.Recommendations.ToSortedDistinct(default(ByCategoryThenCode))),
                trace,
                complete,
                ruleSetVersion,
                whatWouldChange,
                requestId,
                ScopeNoteFor(context.Assessment),
                Languages.English);
        }

        // The rules were written for the upper back; lower-back and pelvic pain is assessed by the same
        // safety rules (so its red flags still count), but the advice may not fit and the result says so.
        private static string? ScopeNoteFor(PainAssessment assessment) =>
            assessment.Location is PainLocation.LowerBack or PainLocation.SacroiliacJoint ? ResultLocalizer.ScopeNote : null;

        private static ValueList<T> ListOf<T>(T[]? items) => items is null ? default : new ValueList<T>(items);

        // Counted first, so that the result holds one array of exactly its red flags.
        private static ValueList<RedFlag> RedFlagsOf(Finding[]? findings)
        {
            var count = 0;
            foreach (var finding in findings ?? Array.Empty<Finding>())
            {
                count += finding.RedFlag is null ? 0 : 1;
            }

            var redFlags = count == 0 ? null : new RedFlag[count];
            count = 0;
            foreach (var finding in redFlags is null ? Array.Empty<Finding>() : findings!)
            {
                if (finding.RedFlag is { } redFlag)
                {
                    redFlags![count++] = redFlag;
                }
            }

            return ListOf(redFlags);
        }

        private readonly struct ByUrgency : IComparer<Finding>
        {
            public int Compare(Finding? a, Finding? b)
            {
                var byUrgency = ((int)b!.MinimumDisposition).CompareTo((int)a!.MinimumDisposition);
                return byUrgency != 0 ? byUrgency : string.CompareOrdinal(a.Code, b.Code);
            }
        }

        private readonly struct ByCode : IComparer<Finding>, IEqualityComparer<Finding>, IComparer<Contributor>, IEqualityComparer<Contributor>
        {
            public int Compare(Finding? a, Finding? b)
            {
                var byCode = string.CompareOrdinal(a!.Code, b!.Code);
                return byCode != 0 ? byCode : ((int)b.MinimumDisposition).CompareTo((int)a.MinimumDisposition);
            }

            public bool Equals(Finding? a, Finding? b) => string.Equals(a!.Code, b!.Code, StringComparison.Ordinal);

            public int GetHashCode(Finding obj) => obj.Code.GetHashCode();

            public int Compare(Contributor? a, Contributor? b) => string.CompareOrdinal(a!.Code, b!.Code);

            public bool Equals(Contributor? a, Contributor? b) => string.Equals(a!.Code, b!.Code, StringComparison.Ordinal);

            public int GetHashCode(Contributor obj) => obj.Code.GetHashCode();
        }

        // Only adjacent repeats are dropped: one code under two categories keeps both.
        private readonly struct ByCategoryThenCode : IComparer<Recommendation>, IEqualityComparer<Recommendation>
        {
            public int Compare(Recommendation? a, Recommendation? b)
            {
                // The order a runner acts on them: care first, then activity with stopping running
                // first of all, then the rest by category; by code within that.
                var byCategory = ((int)a!.Category).CompareTo((int)b!.Category);
                var byStopping = StopsFirst(a).CompareTo(StopsFirst(b));
                return byCategory != 0 ? byCategory : byStopping != 0 ? byStopping : string.CompareOrdinal(a.Code, b.Code);
            }

            public bool Equals(Recommendation? a, Recommendation? b) => string.Equals(a!.Code, b!.Code, StringComparison.Ordinal);

            private static int StopsFirst(Recommendation recommendation) => string.Equals(recommendation.Code, RecommendationCodes.StopRunningNow, StringComparison.Ordinal) ? 0 : 1;

            public int GetHashCode(Recommendation obj) => obj.Code.GetHashCode();
        }
    }
}
