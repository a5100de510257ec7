using System.Collections.Generic;

namespace RunnerBack
{
    // Turns what the rules added into a result with canonical list order, so that neither the
    // order of the input lists nor the order of the rules changes the result. The comparers are
    // structs so the sorts are devirtualised and allocate nothing.
    internal static class ResultAssembler
    {
        public static TriageResult Assemble(TriageContext context, Disposition disposition, RuleTrace trace, bool complete)
        {
            var findings = context.Findings;

            // Two rules may report the same code (a custom rule next to a built-in one): keep the
            // most urgent, then order most urgent first.
            findings.Sort(default(FindingByCodeThenUrgency));
            findings.DropAdjacentDuplicates(default(SameFindingCode));
            findings.Sort(default(FindingByUrgencyThenCode));

            var contributors = context.Contributors;
            contributors.Sort(default(ContributorByCode));
            contributors.DropAdjacentDuplicates(default(SameContributorCode));

            // Every recommendation was gated at the final disposition: the engine chooses them again
            // when a late fault raises it.
            var recommendations = context.Recommendations;
            recommendations.Sort(default(RecommendationByCategoryThenCode));
            recommendations.DropAdjacentDuplicates(default(SameRecommendationCode));

            return new TriageResult(
                disposition,
                Headlines.For(disposition),
                RedFlagsOf(findings),
                findings.ToValueList(),
                contributors.ToValueList(),
                recommendations.ToValueList(),
                trace,
                complete,
                Triage.RuleSetVersion);
        }

        private static ValueList<RedFlag> RedFlagsOf(ScratchList<Finding> findings)
        {
            var count = 0;
            for (var i = 0; i < findings.Count; i++)
            {
                count += findings[i].RedFlag is null ? 0 : 1;
            }

            if (count == 0)
            {
                return default;
            }

            var redFlags = new RedFlag[count];
            var next = 0;
            for (var i = 0; i < findings.Count; i++)
            {
                if (findings[i].RedFlag is { } redFlag)
                {
                    redFlags[next++] = redFlag;
                }
            }

            return new ValueList<RedFlag>(redFlags);
        }

        private readonly struct FindingByUrgencyThenCode : IComparer<Finding>
        {
            public int Compare(Finding? a, Finding? b)
            {
                var byUrgency = ((int)b!.MinimumDisposition).CompareTo((int)a!.MinimumDisposition);
                return byUrgency != 0 ? byUrgency : string.CompareOrdinal(a.Code, b.Code);
            }
        }

        private readonly struct FindingByCodeThenUrgency : IComparer<Finding>
        {
            public int Compare(Finding? a, Finding? b)
            {
                var byCode = string.CompareOrdinal(a!.Code, b!.Code);
                return byCode != 0 ? byCode : ((int)b.MinimumDisposition).CompareTo((int)a.MinimumDisposition);
            }
        }

        private readonly struct ContributorByCode : IComparer<Contributor>
        {
            public int Compare(Contributor? a, Contributor? b) => string.CompareOrdinal(a!.Code, b!.Code);
        }

        private readonly struct RecommendationByCategoryThenCode : IComparer<Recommendation>
        {
            public int Compare(Recommendation? a, Recommendation? b)
            {
                var byCategory = ((int)a!.Category).CompareTo((int)b!.Category);
                return byCategory != 0 ? byCategory : string.CompareOrdinal(a.Code, b.Code);
            }
        }

        private readonly struct SameFindingCode : IEqualityComparer<Finding>
        {
            public bool Equals(Finding? a, Finding? b) => string.Equals(a!.Code, b!.Code, System.StringComparison.Ordinal);

            public int GetHashCode(Finding obj) => obj.Code.GetHashCode();
        }

        private readonly struct SameContributorCode : IEqualityComparer<Contributor>
        {
            public bool Equals(Contributor? a, Contributor? b) => string.Equals(a!.Code, b!.Code, System.StringComparison.Ordinal);

            public int GetHashCode(Contributor obj) => obj.Code.GetHashCode();
        }

        private readonly struct SameRecommendationCode : IEqualityComparer<Recommendation>
        {
            public bool Equals(Recommendation? a, Recommendation? b) => string.Equals(a!.Code, b!.Code, System.StringComparison.Ordinal);

            public int GetHashCode(Recommendation obj) => obj.Code.GetHashCode();
        }
    }
}
