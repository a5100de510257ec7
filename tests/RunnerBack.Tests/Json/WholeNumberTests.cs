using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // Kotlin, Dart and JavaScript's JSON writers may write a whole number as 3.0: it is still the
    // whole number, in every whole-number field. A fraction stays an error.
    public sealed class WholeNumberTests
    {
        [Theory]
        [InlineData("3.0")]
        [InlineData("3e0")]
        [InlineData("0.3e1")]
        [InlineData("3.000")]
        public void AWholeNumberWrittenAsADecimalIsThatNumber(string three)
        {
            var parsed = TriageJson.ParseAssessment(
                "{\"painLevel\":" + three + ",\"quality\":\"dullAche\",\"location\":\"neck\",\"durationDays\":" + three + "," + Requests.SafetyAnswers("durationDays")
                    + ",\"runner\":{\"age\":40.0,\"restDaysPerWeek\":" + three + ",\"history\":[]}}");
            Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
            Assert.Equal(3, parsed.Assessment!.PainLevel);
            Assert.Equal(3, parsed.Assessment.DurationDays);
            Assert.Equal(40, parsed.Assessment.Runner!.Age);
            Assert.Equal(3, parsed.Assessment.Runner.RestDaysPerWeek);
        }

        [Theory]
        [InlineData("3.5", ValidationCodes.NotAnInteger)]
        [InlineData("3.0000001", ValidationCodes.NotAnInteger)]
        [InlineData("11.0", ValidationCodes.OutOfRange)]
        [InlineData("-0.5", ValidationCodes.NotAnInteger)]
        [InlineData("1e400", ValidationCodes.OutOfRange)]
        public void AFractionOrAWholeNumberOutOfRangeIsStillAnError(string value, string code)
        {
            var parsed = TriageJson.ParseAssessment("{\"painLevel\":" + value + ",\"quality\":\"dullAche\",\"location\":\"neck\",\"symptoms\":[]}");
            var error = Assert.Single(parsed.Errors);
            Assert.Equal(("$.painLevel", code), (error.Path, error.Code));
            Assert.Equal("painLevel must be a whole number from 0 to 10.", error.Message);
        }
    }
}
