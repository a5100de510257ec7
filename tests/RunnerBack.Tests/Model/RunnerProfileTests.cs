using System;
using Xunit;

namespace RunnerBack.Tests.Model
{
    public sealed class RunnerProfileTests
    {
        [Theory]
        [InlineData("age")]
        [InlineData("sittingHoursPerDay")]
        [InlineData("restDaysPerWeek")]
        [InlineData("shoeDistanceKm")]
        [InlineData("strengthTrainingPerWeek")]
        public void EachNumberIsCheckedAtBothEnds(string field)
        {
            foreach (var (low, high) in new[] { Limits(field) })
            {
                var below = Assert.Throws<ArgumentOutOfRangeException>(() => Make(field, low - 1));
                var above = Assert.Throws<ArgumentOutOfRangeException>(() => Make(field, high + 1));
                Assert.Equal(field, below.ParamName);
                Assert.Equal(field, above.ParamName);
                Assert.StartsWith($"{field} must be between {low} and {high}.", below.Message, StringComparison.Ordinal);
                Assert.StartsWith($"{field} must be between {low} and {high}.", above.Message, StringComparison.Ordinal);
                Assert.Equal(1, Occurrences(above.Message, (high + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                Make(field, low);
                Make(field, high);
            }
        }

        [Fact]
        public void NaNIsRejected() =>
            Assert.Equal("sittingHoursPerDay", Assert.Throws<ArgumentOutOfRangeException>(() => new RunnerProfile(sittingHoursPerDay: double.NaN)).ParamName);

        [Fact]
        public void HistoryIsASetWithoutDuplicates()
        {
            Assert.Equal("history", Assert.Throws<ArgumentException>(() => new RunnerProfile(history: new[] { MedicalHistory.Cancer, MedicalHistory.Cancer })).ParamName);
            Assert.Equal(
                new RunnerProfile(history: new[] { MedicalHistory.Cancer, MedicalHistory.Osteoporosis }),
                new RunnerProfile(history: new[] { MedicalHistory.Osteoporosis, MedicalHistory.Cancer }));
        }

        [Fact]
        public void UnknownHasNothingReported()
        {
            var unknown = RunnerProfile.Unknown;
            Assert.Null(unknown.Age);
            Assert.Null(unknown.WarmsUp);
            Assert.Null(unknown.History);
        }

        private static (double Low, double High) Limits(string field) => field switch
        {
            "age" => (5, 120),
            "sittingHoursPerDay" => (0, 24),
            "restDaysPerWeek" => (0, 7),
            "shoeDistanceKm" => (0, 10000),
            _ => (0, 14),
        };

        private static RunnerProfile Make(string field, double value) => field switch
        {
            "age" => new RunnerProfile(age: (int)value),
            "sittingHoursPerDay" => new RunnerProfile(sittingHoursPerDay: value),
            "restDaysPerWeek" => new RunnerProfile(restDaysPerWeek: (int)value),
            "shoeDistanceKm" => new RunnerProfile(shoeDistanceKm: value),
            _ => new RunnerProfile(strengthTrainingPerWeek: (int)value),
        };

        private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
    }
}
