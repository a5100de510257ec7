using System.Collections.Generic;

namespace RunnerBack
{
    // TRIAGE.md 8.5, what would change the answer: the smallest sets of changes to the answers that
    // change over time (painLevel, trend, persistsAfterStopping, altersRunningForm) that lower the
    // disposition, each input at the least change that works. Called only for a complete result
    // without a red flag: a red flag holds the disposition, whatever the pain does later.
    internal static class ChangeFinder
    {
        private const int PainLevel = 0;
        private const int Trend = 1;
        private const int Persists = 2;
        private const int Alters = 3;
        private const int InputCount = 4;

        private static readonly string[] Paths =
        {
            Inputs.PainLevel.PathIn(runner: false),
            Inputs.Trend.PathIn(runner: false),
            Inputs.PersistsAfterStopping.PathIn(runner: false),
            Inputs.AltersRunningForm.PathIn(runner: false),
        };

        public static ValueList<DispositionChange> Find(TriageEngine engine, PainAssessment assessment, Disposition current)
        {
            var probe = new Probe(engine);
            var changeable = 0;
            changeable |= assessment.PainLevel > 0 ? 1 << PainLevel : 0;
            changeable |= assessment.Trend is PainTrend.Worsening or PainTrend.NotSure or PainTrend.Stable ? 1 << Trend : 0;
            changeable |= assessment.PersistsAfterStopping.CountsAsYes() ? 1 << Persists : 0;
            changeable |= assessment.AltersRunningForm.CountsAsYes() ? 1 << Alters : 0;

            var found = new List<int>();
            List<DispositionChange>? entries = null;
            for (var size = 1; size <= InputCount; size++)
            {
                for (var set = 1; set < 1 << InputCount; set++)
                {
                    if (PopCount(set) != size || (set & ~changeable) != 0 || found.Exists(smaller => (smaller & set) == smaller))
                    {
                        continue;
                    }

                    if (Smallest(probe, assessment, current, set) is { } entry)
                    {
                        found.Add(set);
                        (entries ??= new List<DispositionChange>()).Add(entry);
                    }
                }
            }

            return entries is null ? default : new ValueList<DispositionChange>(entries.ToArray());
        }

        // The changes of `set` at their least: first every input of the set at its furthest change;
        // if that lowers the disposition, trend relaxes to stable where stable is enough, then the
        // pain level rises to the highest level that still lowers it.
        private static DispositionChange? Smallest(Probe probe, PainAssessment assessment, Disposition current, int set)
        {
            var pain = Has(set, PainLevel) ? 0 : assessment.PainLevel;
            var trend = Has(set, Trend) ? PainTrend.Improving : assessment.Trend;
            var persists = Has(set, Persists) ? YesNo.No : assessment.PersistsAfterStopping;
            var alters = Has(set, Alters) ? YesNo.No : assessment.AltersRunningForm;
            var lowered = probe.Of(assessment.WithChangesOverTime(pain, trend, persists, alters));
            if (lowered >= current)
            {
                return null;
            }

            if (Has(set, Trend) && assessment.Trend != PainTrend.Stable)
            {
                var stable = probe.Of(assessment.WithChangesOverTime(pain, PainTrend.Stable, persists, alters));
                if (stable < current)
                {
                    trend = PainTrend.Stable;
                    lowered = stable;
                }
            }

            if (Has(set, PainLevel))
            {
                // Linear from the top: the first level that works is the highest, and levels are few.
                for (var level = assessment.PainLevel - 1; level > 0; level--)
                {
                    var disposition = probe.Of(assessment.WithChangesOverTime(level, trend, persists, alters));
                    if (disposition < current)
                    {
                        pain = level;
                        lowered = disposition;
                        break;
                    }
                }

                if (pain == 0)
                {
                    lowered = probe.Of(assessment.WithChangesOverTime(0, trend, persists, alters));
                }
            }

            var changes = new List<AnswerChange>(InputCount);
            if (Has(set, PainLevel))
            {
                changes.Add(new AnswerChange(Paths[PainLevel], Answer.Of(pain)));
            }

            if (Has(set, Trend))
            {
                changes.Add(new AnswerChange(Paths[Trend], Answer.Choice(ChoiceNames<PainTrend>.Of(trend!.Value))));
            }

            if (Has(set, Persists))
            {
                changes.Add(new AnswerChange(Paths[Persists], Answer.Of(false)));
            }

            if (Has(set, Alters))
            {
                changes.Add(new AnswerChange(Paths[Alters], Answer.Of(false)));
            }

            return new DispositionChange(new ValueList<AnswerChange>(changes.ToArray()), lowered);
        }

        private static bool Has(int set, int input) => (set & (1 << input)) != 0;

        private static int PopCount(int set)
        {
            var count = 0;
            for (; set != 0; set &= set - 1)
            {
                count++;
            }

            return count;
        }

        // One context and one outcome buffer for every candidate of one call.
        private sealed class Probe(TriageEngine engine)
        {
            private readonly TriageContext _context = new TriageContext();
            private readonly byte[] _outcomes = new byte[engine.PipelineLength];

            public Disposition Of(PainAssessment candidate) => engine.FindingDisposition(candidate, _context, _outcomes);
        }
    }
}
