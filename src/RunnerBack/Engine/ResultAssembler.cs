using System;

namespace RunnerBack
{
    // Turns what the rules added into a result with canonical list order, so that neither the
    // order of the input lists nor the order of the rules changes the result.
    internal static class ResultAssembler
    {
        private static readonly Func<Finding, Finding, int> ByUrgencyThenCode = static (a, b) =>
        {
            var byUrgency = b.MinimumDisposition.CompareTo(a.MinimumDisposition);
            return byUrgency != 0 ? byUrgency : string.CompareOrdinal(a.Code, b.Code);
        };

        private static readonly Func<Contributor, Contributor, int> ByContributorCode = static (a, b) => string.CompareOrdinal(a.Code, b.Code);

        private static readonly Func<Recommendation, Recommendation, int> ByCategoryThenCode = static (a, b) =>
        {
            var byCategory = a.Category.CompareTo(b.Category);
            return byCategory != 0 ? byCategory : string.CompareOrdinal(a.Code, b.Code);
        };

        private static readonly Func<Finding, Finding, int> ByCodeThenUrgency = static (a, b) =>
        {
            var byCode = string.CompareOrdinal(a.Code, b.Code);
            return byCode != 0 ? byCode : b.MinimumDisposition.CompareTo(a.MinimumDisposition);
        };

        public static TriageResult Assemble(TriageContext context, Disposition disposition, RuleTrace trace, bool complete)
        {
            var findings = context.Findings;

            // Two rules may report the same code (a custom rule next to a built-in one): keep the
            // most urgent, then order most urgent first.
            findings.Sort(ByCodeThenUrgency);
            findings.DropAdjacentDuplicates(static f => f.Code);
            findings.Sort(ByUrgencyThenCode);

            var contributors = context.Contributors;
            contributors.Sort(ByContributorCode);
            contributors.DropAdjacentDuplicates(static c => c.Code);

            // A late fault may have raised the disposition after some recommendations were added:
            // gate them again at the final disposition.
            var recommendations = context.Recommendations;
            if (!complete)
            {
                recommendations.RemoveWhere(r => !RecommendationGate.Allows(disposition, r));
            }

            recommendations.Sort(ByCategoryThenCode);
            recommendations.DropAdjacentDuplicates(static r => r.Code);

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
    }
}
