using System;
using System.Collections.Generic;

namespace RunnerBack
{
    // Turns what the rules added into a result with canonical list order, so that neither the
    // order of the input lists nor the order of the rules changes the result. The comparers are
    // structs so the sorts are devirtualised and allocate nothing.
    internal static class ResultAssembler
    {
        // Beyond this many items of one kind the positions go in an array instead of on the stack.
        private const int StackPositions = 64;

        public static TriageResult Assemble(TriageContext context, OutputRanking ranking, Disposition disposition, RuleTrace trace, bool complete)
        {
            var findings = context.Findings;
            var contributors = context.Contributors;
            var recommendations = context.Recommendations;
            var most = Math.Max(findings.Count, Math.Max(contributors.Count, recommendations.Count));
            var positions = most <= StackPositions ? stackalloc int[StackPositions] : new int[most];

            // Two rules may report the same code (a custom rule next to a built-in one): keep the
            // most urgent, then order most urgent first.
            var kept = findings.SortDistinct(positions, default(FindingByCodeThenUrgency), ranking.FindingGroups);
            var findingOrder = positions.Slice(0, kept);
            findings.SortPositions(findingOrder, default(FindingByUrgencyThenCode));
            var redFlags = RedFlagsOf(findings, findingOrder);
            var findingList = findings.ToValueList(findingOrder);

            kept = contributors.SortDistinct(positions, default(ContributorByCode), ranking.ContributorGroups);
            var contributorList = contributors.ToValueList(positions.Slice(0, kept));

            // Every recommendation was gated at the final disposition: the engine chooses them again
            // when a late fault raises it.
            kept = recommendations.SortDistinct(positions, default(RecommendationByCategoryThenCode), ranking.RecommendationGroups);
            var recommendationList = recommendations.ToValueList(positions.Slice(0, kept));

            return new TriageResult(
                disposition,
                Headlines.For(disposition),
                redFlags,
                findingList,
                contributorList,
                recommendationList,
                trace,
                complete,
                Triage.RuleSetVersion);
        }

        // For each rule with a fixed output (see PipelineStep), that output's place in the order
        // the result lists it in, among all the pipeline's fixed outputs of its kind; Unranked for
        // other rules. Ties keep pipeline order, which is the order the rules add their outputs in,
        // so sorting by rank gives what the stable sort by comparison would. With the ranks, each
        // kind's groups of repeats (see OutputRanking).
        public static OutputRanking RanksOf(TriageRule[] pipeline)
        {
            var ranks = new int[pipeline.Length];
            for (var i = 0; i < ranks.Length; i++)
            {
                ranks[i] = ScratchList<Finding>.Unranked;
            }

            return new OutputRanking(
                ranks,
                Rank(pipeline, ranks, rule => (rule as FindingRule)?.Output, default(FindingByCodeThenUrgency)),
                Rank(pipeline, ranks, rule => (rule as ContributorRule)?.Output, default(ContributorByCode)),
                Rank(pipeline, ranks, rule => (rule as RecommendationRule)?.Output, default(RecommendationByCategoryThenCode)));
        }

        // Fills in the ranks of one kind's outputs and returns their groups.
        private static int[] Rank<T, TOrder>(TriageRule[] pipeline, int[] ranks, Func<TriageRule, T?> outputOf, TOrder order)
            where T : class
            where TOrder : struct, IComparer<T>, IEqualityComparer<T>
        {
            // Counted first so the arrays hold only this kind's outputs, not one slot per rule.
            var count = 0;
            foreach (var rule in pipeline)
            {
                count += outputOf(rule) is null ? 0 : 1;
            }

            var outputs = new Ranked<T>[count];
            var next = 0;
            for (var i = 0; i < pipeline.Length; i++)
            {
                if (outputOf(pipeline[i]) is { } output)
                {
                    outputs[next++] = new Ranked<T>(output, i);
                }
            }

            // Array.Sort is not stable; breaking ties by pipeline index makes it so.
            Array.Sort(outputs, new ByOutputThenIndex<T>(order));
            var groups = new int[count];
            var firstRankOf = new Dictionary<T, int>(count, order);
            for (var rank = 0; rank < count; rank++)
            {
                ranks[outputs[rank].Index] = rank;
                if (!firstRankOf.TryGetValue(outputs[rank].Output, out groups[rank]))
                {
                    firstRankOf.Add(outputs[rank].Output, rank);
                    groups[rank] = rank;
                }
            }

            return groups;
        }

        private readonly struct Ranked<T>
        {
            public readonly T Output;
            public readonly int Index;

            public Ranked(T output, int index)
            {
                Output = output;
                Index = index;
            }
        }

        private sealed class ByOutputThenIndex<T> : IComparer<Ranked<T>>
        {
            private readonly IComparer<T> _order;

            public ByOutputThenIndex(IComparer<T> order) => _order = order;

            public int Compare(Ranked<T> x, Ranked<T> y)
            {
                var byOutput = _order.Compare(x.Output, y.Output);
                return byOutput != 0 ? byOutput : x.Index.CompareTo(y.Index);
            }
        }

        private static ValueList<RedFlag> RedFlagsOf(ScratchList<Finding> findings, ReadOnlySpan<int> order)
        {
            var count = 0;
            foreach (var position in order)
            {
                count += findings[position].RedFlag is null ? 0 : 1;
            }

            if (count == 0)
            {
                return default;
            }

            var redFlags = new RedFlag[count];
            var next = 0;
            foreach (var position in order)
            {
                if (findings[position].RedFlag is { } redFlag)
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

        private readonly struct FindingByCodeThenUrgency : IComparer<Finding>, IEqualityComparer<Finding>
        {
            public bool Equals(Finding? a, Finding? b) => string.Equals(a!.Code, b!.Code, StringComparison.Ordinal);

            public int GetHashCode(Finding obj) => obj.Code.GetHashCode();

            public int Compare(Finding? a, Finding? b)
            {
                var byCode = string.CompareOrdinal(a!.Code, b!.Code);
                return byCode != 0 ? byCode : ((int)b.MinimumDisposition).CompareTo((int)a.MinimumDisposition);
            }
        }

        private readonly struct ContributorByCode : IComparer<Contributor>, IEqualityComparer<Contributor>
        {
            public int Compare(Contributor? a, Contributor? b) => string.CompareOrdinal(a!.Code, b!.Code);

            public bool Equals(Contributor? a, Contributor? b) => string.Equals(a!.Code, b!.Code, StringComparison.Ordinal);

            public int GetHashCode(Contributor obj) => obj.Code.GetHashCode();
        }

        // Only adjacent repeats are dropped: one code under two categories keeps both.
        private readonly struct RecommendationByCategoryThenCode : IComparer<Recommendation>, IEqualityComparer<Recommendation>
        {
            public bool Equals(Recommendation? a, Recommendation? b) => string.Equals(a!.Code, b!.Code, StringComparison.Ordinal);

            public int GetHashCode(Recommendation obj) => obj.Code.GetHashCode();

            public int Compare(Recommendation? a, Recommendation? b)
            {
                var byCategory = ((int)a!.Category).CompareTo((int)b!.Category);
                return byCategory != 0 ? byCategory : string.CompareOrdinal(a.Code, b.Code);
            }
        }
    }
}
