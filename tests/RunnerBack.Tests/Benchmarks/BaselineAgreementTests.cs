using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Benchmarks;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Benchmarks
{
    // The benchmarks compare the engine with a hand-written function; that comparison is honest
    // only if both compute the same disposition and red flags.
    public sealed class BaselineAgreementTests
    {
        [Property(MaxTest = 5000)]
        public Property TheHandWrittenBaselineAgreesWithTheEngine()
        {
            var gen = from spec in Generators.Assessment from options in Generators.Options select (spec, options);
            return Prop.ForAll(gen.ToArbitrary(), t =>
            {
                var assessment = t.spec.Build();
                var engine = Engines.With(t.options).Assess(assessment);
                var (disposition, flags) = HandWrittenTriage.Assess(assessment, t.options);
                Assert.Equal(engine.Disposition, disposition);
                var codes = Enumerable.Range(0, HandWrittenTriage.RedFlagCodes.Length)
                    .Where(bit => (flags & (1u << bit)) != 0)
                    .Select(bit => HandWrittenTriage.RedFlagCodes[bit])
                    .OrderBy(c => c, System.StringComparer.Ordinal);
                Assert.Equal(codes, engine.RedFlags.Select(r => r.Code).OrderBy(c => c, System.StringComparer.Ordinal));
            });
        }
    }
}
