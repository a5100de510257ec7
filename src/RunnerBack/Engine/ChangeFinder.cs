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

        // This thread's probe, taken while in use so that a rule that calls Assess gets its own.
        [System.ThreadStatic]
        private static Probe? t_probe;

        public static ValueList<DispositionChange> Find(TriageEngine engine, PainAssessment assessment, Disposition current)
        {
            var probe = t_probe is { } spare && spare.Engine == engine ? spare : new Probe(engine);
            t_probe = null;
            try
            {
                probe.Begin();
                return Find(probe, assessment, current);
            }
            finally
            {
                t_probe = probe;
            }
        }

        private static ValueList<DispositionChange> Find(Probe probe, PainAssessment assessment, Disposition current)
        {
            var changeable = 0;
            changeable |= assessment.PainLevel > 0 ? 1 << PainLevel : 0;
            changeable |= assessment.Trend is PainTrend.Worsening or PainTrend.NotSure or PainTrend.Stable ? 1 << Trend : 0;
            changeable |= assessment.PersistsAfterStopping.CountsAsYes() ? 1 << Persists : 0;
            changeable |= assessment.AltersRunningForm.CountsAsYes() ? 1 << Alters : 0;

            // One bit per set of inputs found to lower the disposition: a larger set that holds one
            // is not minimal.
            var found = 0;
            List<DispositionChange>? entries = null;
            for (var size = 1; size <= InputCount; size++)
            {
                for (var set = 1; set < 1 << InputCount; set++)
                {
                    if (PopCount(set) != size || (set & ~changeable) != 0 || HoldsAFoundSet(found, set))
                    {
                        continue;
                    }

                    if (Smallest(probe, assessment, current, set) is { } entry)
                    {
                        found |= 1 << set;
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
            var lowered = probe.Of(assessment, pain, trend, persists, alters);
            if (lowered >= current)
            {
                return null;
            }

            if (Has(set, Trend) && assessment.Trend != PainTrend.Stable)
            {
                var stable = probe.Of(assessment, pain, PainTrend.Stable, persists, alters);
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
                    var disposition = probe.Of(assessment, level, trend, persists, alters);
                    if (disposition < current)
                    {
                        pain = level;
                        lowered = disposition;
                        break;
                    }
                }

                if (pain == 0)
                {
                    lowered = probe.Of(assessment, 0, trend, persists, alters);
                }
            }

            var changes = new AnswerChange[PopCount(set)];
            var count = 0;
            if (Has(set, PainLevel))
            {
                changes[count++] = new AnswerChange(Paths[PainLevel], Answer.Of(pain));
            }

            if (Has(set, Trend))
            {
                changes[count++] = new AnswerChange(Paths[Trend], Answer.Choice(ChoiceNames<PainTrend>.Of(trend!.Value)));
            }

            if (Has(set, Persists))
            {
                changes[count++] = new AnswerChange(Paths[Persists], Answer.Of(false));
            }

            if (Has(set, Alters))
            {
                changes[count] = new AnswerChange(Paths[Alters], Answer.Of(false));
            }

            return new DispositionChange(new ValueList<AnswerChange>(changes), lowered);
        }

        private static bool HoldsAFoundSet(int found, int set)
        {
            for (var smaller = 1; smaller < set; smaller++)
            {
                if ((found & (1 << smaller)) != 0 && (smaller & set) == smaller)
                {
                    return true;
                }
            }

            return false;
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

        // One context and one outcome buffer for every candidate, reused by the thread's calls, and
        // the disposition of each candidate already asked in this call: the sets of inputs share
        // candidates (every set with painLevel tries no pain), and each is asked of the rules once.
        private sealed class Probe(TriageEngine engine)
        {
            // painLevel 0 to 10, trend (4 values and none), persistsAfterStopping and altersRunningForm (3 and none).
            private const int Keys = 11 * 5 * 4 * 4;

            private readonly TriageContext _context = new TriageContext();
            private readonly byte[] _outcomes = new byte[engine.PipelineLength];

            // 0 for a candidate not asked yet; its disposition + 1 otherwise.
            private readonly byte[] _known = new byte[Keys];

            public TriageEngine Engine => engine;

            public void Begin() => System.Array.Clear(_known, 0, _known.Length);

            public Disposition Of(PainAssessment assessment, int painLevel, PainTrend? trend, YesNo? persists, YesNo? alters)
            {
                var key = ((((painLevel * 5) + Code(trend)) * 4) + Code(persists)) * 4 + Code(alters);
                if (_known[key] == 0)
                {
                    var disposition = engine.FindingDisposition(assessment.WithChangesOverTime(painLevel, trend, persists, alters), _context, _outcomes);
                    _known[key] = (byte)((int)disposition + 1);
                }

                return (Disposition)(_known[key] - 1);
            }

            private static int Code(PainTrend? value) => value is { } v ? (int)v + 1 : 0;

            private static int Code(YesNo? value) => value is { } v ? (int)v + 1 : 0;
        }
    }
}
