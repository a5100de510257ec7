using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Model
{
    public sealed class ValueTypesTests
    {
        [Property(MaxTest = 1000)]
        public Property EnumSetBehavesLikeASetOfItsValues()
        {
            var gen = Gen.SubListOf(Enum.GetValues<Symptom>()).Select(l => l.ToArray());
            return Prop.ForAll(gen.ToArbitrary(), gen.ToArbitrary(), (a, b) =>
            {
                var set = EnumSet<Symptom>.From(a, "a");
                var other = EnumSet<Symptom>.From(b, "b");
                Assert.Equal(a.Length, set.Count);
                Assert.Equal(a.OrderBy(s => s), set.ToArray());
                Assert.All(Enum.GetValues<Symptom>(), s => Assert.Equal(a.Contains(s), set.Contains(s)));
                Assert.Equal(a.Intersect(b).Any(), set.Overlaps(other));
                var same = a.OrderBy(s => s).SequenceEqual(b.OrderBy(s => s));
                Assert.Equal(same, set == other);
                Assert.Equal(!same, set != other);
                Assert.Equal(set, EnumSet<Symptom>.From(a.Reverse(), "a"));
            });
        }

        [Fact]
        public void EnumSetAddRemoveAndToString()
        {
            var set = EnumSet<FormFault>.Empty.With(FormFault.ShallowBreathing).With(FormFault.Slouching);
            Assert.Equal("[Slouching, ShallowBreathing]", set.ToString());
            Assert.Equal(EnumSet<FormFault>.Of(FormFault.Slouching), set.Without(FormFault.ShallowBreathing));
            Assert.Equal(default, EnumSet<FormFault>.Empty);
            Assert.Throws<ArgumentException>(() => set.With((FormFault)40));
        }

        [Fact]
        public void EnumSetRefusesAndIgnoresValuesOutsideItsSixtyFourBits()
        {
            // A shift wraps round (1UL << 64 is 1UL << 0, 1UL << -1 is 1UL << 63), so a value outside
            // 0 to 63 must be refused or ignored, never shifted onto a member's bit.
            var all = EnumSet<Symptom>.From(Enum.GetValues<Symptom>(), "all");
            Assert.True(all.Contains((Symptom)0));
            Assert.True(all.Contains((Symptom)1));
            foreach (var outside in new[] { 64, 65, 127, -1, -64, int.MaxValue, int.MinValue })
            {
                Assert.False(all.Contains((Symptom)outside));
                Assert.Equal(all, all.Without((Symptom)outside));
                var add = Assert.Throws<ArgumentException>(() => all.With((Symptom)outside));
                Assert.Equal($"value holds {outside}, which is not a defined Symptom. (Parameter 'value')", add.Message);
                var quality = Assert.Throws<ArgumentOutOfRangeException>(() => new PainAssessment(3, (PainQuality)outside, PainLocation.Neck));
                Assert.Equal("quality", quality.ParamName);
                Assert.StartsWith("quality is not a defined PainQuality.", quality.Message, StringComparison.Ordinal);
            }

            var twice = Assert.Throws<ArgumentException>(() => EnumSet<Symptom>.From(new[] { Symptom.Tingling, Symptom.Fever, Symptom.Tingling }, "symptoms"));
            Assert.Equal("symptoms lists Tingling more than once. (Parameter 'symptoms')", twice.Message);
        }

        [Fact]
        public void EnumSetTakesIntEnumsWhoseMembersAreZeroToSixtyThree()
        {
            // Two names for one value are one member, not a member that cancels itself out.
            var aliased = EnumSet<Aliased>.Of(Aliased.Second, Aliased.Third);
            Assert.True(aliased.Contains(Aliased.AlsoSecond));
            Assert.Equal(2, aliased.Count);
            Assert.Equal(new[] { Aliased.Second, Aliased.Third }, aliased.ToArray());
            Assert.Equal(aliased, EnumSet<Aliased>.Of(Aliased.Third, Aliased.AlsoSecond));

            // Any other enum fails on first use with a clear ArgumentException naming the parameter,
            // the same way every time (not a TypeInitializationException that poisons the type).
            for (var attempt = 0; attempt < 2; attempt++)
            {
                NotSupported(() => EnumSet<ByteBased>.Of(ByteBased.A), "values", "EnumSet needs an int-based enum; ByteBased is not.");
                NotSupported(() => EnumSet<LongBased>.Empty.With(LongBased.A), "value", "EnumSet needs an int-based enum; LongBased is not.");
                NotSupported(() => EnumSet<SixtyFour>.Of(SixtyFour.Zero), "values", "EnumSet holds values 0 to 63; SixtyFour.SixtyFour is 64.");
                NotSupported(() => EnumSet<Negative>.From(new[] { Negative.Zero }), "values", "EnumSet holds values 0 to 63; Negative.MinusOne is -1.");
            }

            static void NotSupported(Action use, string parameter, string reason)
            {
                var error = Assert.Throws<ArgumentException>(use);
                Assert.Equal(parameter, error.ParamName);
                Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void ValueListComparesItemByItem()
        {
            var a = ValueList<string>.CopyOf(new[] { "x", "y" });
            Assert.Equal(a, ValueList<string>.CopyOf(new[] { "x", "y" }));
            Assert.NotEqual(a, ValueList<string>.CopyOf(new[] { "y", "x" }));
            Assert.Equal(a.GetHashCode(), ValueList<string>.CopyOf(new[] { "x", "y" }).GetHashCode());
            Assert.Equal(ValueList<string>.Empty, ValueList<string>.CopyOf(Array.Empty<string>()));
            Assert.Equal("[x, y]", a.ToString());
            Assert.Throws<IndexOutOfRangeException>(() => ValueList<string>.Empty[0]);
        }

        // Short lists of small numbers. Half the pairs are a list and its copy (two independent lists
        // are rarely equal); the rest are independent, so unequal pairs differ in length as well as in items.
        private static readonly Gen<(int[], int[])> ListPairs = MakeListPairs();

        private static Gen<(int[], int[])> MakeListPairs()
        {
            var list = Gen.Choose(0, 2).ArrayOf().Select(items => items.Take(4).ToArray());
            return Gen.OneOf(list.Select(items => (items, items.ToArray())), Gen.Two(list));
        }

        [Property(MaxTest = 1000)]
        public Property ValueListsAreEqualExactlyWhenTheirItemsAre()
        {
            return Prop.ForAll(ListPairs.ToArbitrary(), pair =>
            {
                var (a, b) = (ValueList<int>.CopyOf(pair.Item1), ValueList<int>.CopyOf(pair.Item2));
                var same = pair.Item1.SequenceEqual(pair.Item2);
                Assert.Equal(same, a.Equals(b));
                Assert.Equal(same, b.Equals(a));
                Assert.Equal(same, a == b);
                Assert.Equal(!same, a != b);
                Assert.Equal(same, a.Equals((object)b));
                if (same)
                {
                    Assert.Equal(a.GetHashCode(), b.GetHashCode());
                }
            });
        }

        [Fact]
        public void ValueListHashAndNullChecks()
        {
            // Both sides of the equality property come up often enough to mean something.
            var equalPairs = Coverage.Count(ListPairs, 1000, pair => pair.Item1.SequenceEqual(pair.Item2));
            Assert.True(equalPairs >= 50 && 1000 - equalPairs >= 50, $"{equalPairs} equal pairs of 1000");

            // The hash depends on the items, not only on the count.
            Assert.True(Enumerable.Range(0, 100).Select(i => ValueList<int>.CopyOf(new[] { i }).GetHashCode()).Distinct().Count() > 1);
            Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => ValueList<int>.CopyOf(null!)).ParamName);
        }

        [Fact]
        public void DoseValidatesItsNumbers()
        {
            var reversed = Assert.Throws<ArgumentException>(() => new Dose(holdSecondsMin: 30, holdSecondsMax: 15));
            Assert.Equal("holdSecondsMin", reversed.ParamName);
            Assert.StartsWith("holdSecondsMin (30) must not exceed holdSecondsMax (15).", reversed.Message, StringComparison.Ordinal);
            var maxOnly = Assert.Throws<ArgumentException>(() => new Dose(pauseSecondsMax: 15));
            Assert.Equal("pauseSecondsMin", maxOnly.ParamName);
            Assert.StartsWith("pauseSecondsMax needs pauseSecondsMin.", maxOnly.Message, StringComparison.Ordinal);
            Assert.Equal("repetitions", Assert.Throws<ArgumentOutOfRangeException>(() => new Dose(repetitions: 0)).ParamName);
            var empty = Assert.Throws<ArgumentException>(() => new Dose(perSide: true, pauseSecondsMin: 5));
            Assert.Equal("frequency", empty.ParamName);
            Assert.StartsWith("A dose needs at least a frequency, a hold, repetitions, a duration, an interval or sessions a week.", empty.Message, StringComparison.Ordinal);
            Assert.Equal(5, new Dose(holdSecondsMin: 5).HoldSecondsMax);
            Assert.Equal(20, new Dose(holdSecondsMin: 20, holdSecondsMax: 20).HoldSecondsMin);
            Assert.Equal("holdSecondsMin", Assert.Throws<ArgumentOutOfRangeException>(() => new Dose(holdSecondsMin: 0, holdSecondsMax: 10)).ParamName);
            Assert.Equal("holdSecondsMax", Assert.Throws<ArgumentOutOfRangeException>(() => new Dose(holdSecondsMin: 10, holdSecondsMax: 86401)).ParamName);
            Assert.Equal(86400, new Dose(durationSecondsMin: 1, durationSecondsMax: 86400).DurationSecondsMax);
        }

        [Fact]
        [Trait("Hazard", "H05")]
        public void FindingsCannotWeakenTheLadder()
        {
            var redFlag = Assert.Throws<ArgumentException>(() => new Finding("x", FindingKind.RedFlag, Disposition.StopAndRest, "too low"));
            Assert.Equal("minimumDisposition", redFlag.ParamName);
            Assert.StartsWith("A RedFlag finding must ask for at least SeeProfessional; x asked for StopAndRest.", redFlag.Message, StringComparison.Ordinal);
            var stop = Assert.Throws<ArgumentException>(() => new Finding("y", FindingKind.StopSignal, Disposition.RunWithModifications, "too low"));
            Assert.Equal("minimumDisposition", stop.ParamName);
            Assert.StartsWith("A StopSignal finding must ask for at least StopAndRest; y asked for RunWithModifications.", stop.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => new Finding(" ", FindingKind.StopSignal, Disposition.StopAndRest, "blank code"));
            Assert.Equal(Disposition.StopAndRest, new Finding("x", FindingKind.StopSignal, Disposition.StopAndRest, "ok").MinimumDisposition);
        }

        [Fact]
        public void RuleMetadataIsValidated()
        {
            Assert.Throws<ArgumentException>(() => new ThrowingRule(RuleKind.Contributor, " "));
            Assert.Throws<ArgumentException>(() => new MisdeclaredRule());
        }

        [Fact]
        public void EveryHeadlineIsOneShortSentence()
        {
            foreach (var disposition in Enum.GetValues<Disposition>())
            {
                var spec = disposition switch
                {
                    Disposition.KeepRunning => AssessmentSpec.NoPain,
                    Disposition.RunWithModifications => AssessmentSpec.MildAche,
                    Disposition.StopAndRest => AssessmentSpec.MildAche with { PainLevel = 5 },
                    Disposition.SeeProfessional => AssessmentSpec.MildAche.WithSymptoms(Symptom.Tingling),
                    Disposition.UrgentCare => AssessmentSpec.MildAche.WithSymptoms(Symptom.Fever),
                    _ => AssessmentSpec.MildAche.WithSymptoms(Symptom.ChestPain),
                };
                var result = spec.Assess();
                Assert.Equal(disposition, result.Disposition);
                Assert.InRange(result.Headline.Length, 20, 140);
                Assert.EndsWith(".", result.Headline, StringComparison.Ordinal);
                Assert.Contains("not a diagnosis", result.Disclaimer, StringComparison.Ordinal);
            }

            Assert.Equal(6, Enum.GetValues<Disposition>().Select(d => d).Distinct().Count());
        }

        private sealed class MisdeclaredRule : TriageRule
        {
            // A contributor must not claim a minimum disposition.
            public MisdeclaredRule()
                : base("test.misdeclared", RuleKind.Contributor, "Wrong metadata.", "test", Disposition.StopAndRest)
            {
            }

            public override void Evaluate(TriageContext context)
            {
            }
        }

        private enum Aliased
        {
            First = 0,
            Second = 1,
            AlsoSecond = 1,
            Third = 2,
        }

        private enum ByteBased : byte
        {
            A,
        }

        private enum LongBased : long
        {
            A,
        }

        private enum SixtyFour
        {
            Zero = 0,
            SixtyFour = 64,
        }

        private enum Negative
        {
            MinusOne = -1,
            Zero = 0,
        }
    }
}
