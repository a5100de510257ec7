using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace RunnerBack.Tests.Texts
{
    // The texts' own small parsers and checks at their boundaries: a language tag's shape, a broken
    // catalogue (refused with where it broke, never with another exception), which keys are result
    // texts, and the messages that name a rule's stage.
    public sealed class TextEdgeTests
    {
        [Theory]
        [InlineData("en", true)]
        [InlineData("eng", true)]
        [InlineData("e", false)]
        [InlineData("engl", false)]
        [InlineData("az", true)]
        [InlineData("AZ", true)]
        [InlineData("`a", false)]
        [InlineData("{a", false)]
        [InlineData("@A", false)]
        [InlineData("[A", false)]
        [InlineData("e1", false)]
        [InlineData("en-BR", true)]
        [InlineData("en-B", false)]
        [InlineData("en-abcdefgh", true)]
        [InlineData("en-abcdefghi", false)]
        [InlineData("en-419", true)]
        [InlineData("en-09", true)]
        [InlineData("en-az", true)]
        [InlineData("en-AZ", true)]
        [InlineData("en-/0", false)]
        [InlineData("en-:9", false)]
        [InlineData("en-`a", false)]
        [InlineData("en-{z", false)]
        [InlineData("en-@A", false)]
        [InlineData("en-[Z", false)]
        [InlineData("en-", false)]
        [InlineData("en--BR", false)]
        [InlineData("", false)]
        [InlineData(null, false)]
        public void ALanguageTagHasItsShape(string? tag, bool wellFormed) => Assert.Equal(wellFormed, Languages.IsWellFormed(tag));

        [Fact]
        public void ALanguageTagIsAtMost35Characters()
        {
            var longest = "abc" + string.Concat(Enumerable.Repeat("-abcdefgh", 3)) + "-abcd";
            Assert.Equal(35, longest.Length);
            Assert.True(Languages.IsWellFormed(longest));
            Assert.False(Languages.IsWellFormed(longest + "e"));
        }

        // Each input breaks at a different point of the reader; each must be refused as a broken
        // catalogue, never with an index or format exception.
        [Theory]
        [InlineData("{")]
        [InlineData("{\"a\"")]
        [InlineData("{\"a\":")]
        [InlineData("{\"a\":\"x\"")]
        [InlineData("{\"a\":\"x\",")]
        [InlineData("{\"a\":\"x\\")]
        [InlineData("{\"a\":\"\\u00e")]
        [InlineData("{\"a\":\"\\u00")]
        [InlineData("{\"a\":\"x\"}}")]
        [InlineData("{\"a\":\" \"}")]
        [InlineData("{\"a\":\"x\"\n")]
        [InlineData("{a:\"x\"}")]
        [InlineData("{1:\"x\",\"b\":\"y\"}")]
        public void ACatalogueBrokenAnywhereIsRefusedAsBroken(string json)
        {
            var error = Assert.Throws<InvalidDataException>(() => TextCatalogue.Parse(Encoding.UTF8.GetBytes(json), "test"));
            Assert.Contains("it is not a flat JSON object of texts (at character ", error.Message, StringComparison.Ordinal);
        }

        // Where it broke is where the reader stopped: the first thing that is not what belongs there.
        [Theory]
        [InlineData("{a:\"x\"}", 2)]
        [InlineData("{\"a\";\"x\"}", 5)]
        [InlineData("{\"a\";,\"b\":\"c\"}", 5)]
        [InlineData("{\"a\":\"\",\"b\":\"c\"}", 7)]
        [InlineData("{\"a\":\"x", 8)]
        public void ABrokenCatalogueSaysWhereItBroke(string json, int at)
        {
            var error = Assert.Throws<InvalidDataException>(() => TextCatalogue.Parse(Encoding.UTF8.GetBytes(json), "test"));
            Assert.Equal($"The 'test' text catalogue is broken: it is not a flat JSON object of texts (at character {at}).", error.Message);
        }

        [Fact]
        public void EveryEscapeOfJsonReads()
        {
            var texts = TextCatalogue.Parse(Encoding.UTF8.GetBytes("{\"a\":\"1\\b2\\f3\\r4\\u0041\"}"), "test");
            Assert.Equal("1\b2\f3\r4A", texts["a"]);
        }

        [Theory]
        [InlineData("headline.emergency", true)]
        [InlineData("result.scopeNote", true)]
        [InlineData("result.disclaimer", true)]
        [InlineData("redFlag.chestPain.explanation", true)]
        [InlineData("recommendation.gentleMobility.instructions", true)]
        [InlineData("result.other", false)]
        [InlineData("question.onset.text", false)]
        [InlineData("redFlag.chestPain.description", false)]
        [InlineData("answer.yes", false)]
        public void OnlyWhatAResultCarriesIsAResultText(string key, bool resultText) => Assert.Equal(resultText, ResultLocalizer.IsResultText(key));

        [Fact]
        public void AWrongStageSaysWhatCannotBeAdded()
        {
            Assert.Equal("A RedFlag rule cannot add a contributor.", DeveloperMessages.WrongStage(RuleKind.RedFlag, RuleKind.Contributor));
            Assert.Equal("A RedFlag rule cannot add a recommendation.", DeveloperMessages.WrongStage(RuleKind.RedFlag, RuleKind.Recommendation));
        }
    }
}
