using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RunnerBack.Tests.Cli;
using Xunit;
using static RunnerBack.Tests.Interview.InterviewSupport;

namespace RunnerBack.Tests.Interview
{
    // What the catalogue publishes about each question (range, unit, when it applies, its labels in
    // every language) is what the contract says and what the interview does.
    public sealed class QuestionCatalogueTests
    {
        // docs/json.md's field tables: "| `age` | integer | 5 to 120 |".
        private static readonly Regex NumberRow = new Regex(@"^\| `(?<id>\w+)` \| (?<type>integer|number) \| (?:[a-z ,0-9]+ \| )?(?<min>[\d,]+) to (?<max>[\d,]+)", RegexOptions.Multiline);

        [Fact]
        public void EveryNumberQuestionHasTheContractsRangeAndKind()
        {
            var rows = NumberRow.Matches(File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "docs", "json.md"))).Cast<Match>().ToDictionary(m => m.Groups["id"].Value);
            var numbers = Questions.Where(q => q.Kind is QuestionKind.Number or QuestionKind.Scale).ToArray();
            Assert.Equal(numbers.Select(q => q.Id).OrderBy(id => id, StringComparer.Ordinal), rows.Keys.Where(id => numbers.Any(q => q.Id == id)).OrderBy(id => id, StringComparer.Ordinal));
            Assert.Equal(8, numbers.Length);
            foreach (var question in numbers)
            {
                var row = rows[question.Id];
                var min = double.Parse(row.Groups["min"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                var max = double.Parse(row.Groups["max"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                Assert.Equal((question.Id, min, max), (question.Id, question.Min!.Value, question.Max!.Value));
                Assert.NotNull(question.SlotOf(Answer.Of(min)));
                Assert.NotNull(question.SlotOf(Answer.Of(max)));
                Assert.Null(question.SlotOf(Answer.Of(min - 0.5)));
                Assert.Null(question.SlotOf(Answer.Of(max + 0.5)));
                Assert.Null(question.SlotOf(Answer.Choice("many")));
                Assert.Null(question.SlotOf(Answer.Of(true)));
                var fraction = question.SlotOf(Answer.Of(min + 0.5));
                Assert.True(row.Groups["type"].Value == "integer" ? fraction is null : fraction == min + 0.5, $"{question.Id} is {row.Groups["type"].Value} but read {min + 0.5} as {fraction}");
            }
        }

        [Theory]
        [InlineData("painLevel", null)]
        [InlineData("age", "years")]
        [InlineData("durationDays", "days")]
        [InlineData("sittingHoursPerDay", "hours")]
        [InlineData("restDaysPerWeek", "days")]
        [InlineData("shoeDistanceKm", "km")]
        [InlineData("shoeDistanceMiles", "miles")]
        [InlineData("strengthTrainingPerWeek", "sessions")]
        public void ANumberNamesWhatItCounts(string id, string? unit) => Assert.Equal(unit, QuestionCatalogue.Get(id).Unit);

        // The published condition, read by the test's own small parser, holds exactly when the
        // interview considers the question, over every combination of the answers it names.
        [Fact]
        public void AppliesWhenSaysExactlyWhenTheQuestionApplies()
        {
            var conditional = Questions.Where(q => q.AppliesWhen is not null).ToArray();
            Assert.Equal(new[] { "painLevel >= 1", "recentTrauma is true or notSure", "carriedLoad is waistBelt, hydrationVest or backpack", "shoeDistanceMiles is not answered", "shoeDistanceKm is not answered" }, conditional.Select(q => q.AppliesWhen).Distinct());
            foreach (var question in conditional)
            {
                var (subject, test) = Parse(question.AppliesWhen!);
                var asked = QuestionCatalogue.Get(subject);
                var answers = new List<Answer?> { null };
                answers.AddRange(asked.Kind is QuestionKind.Scale or QuestionKind.Number ? new Answer?[] { Answer.Of(0), Answer.Of(1), Answer.Of(10) } : asked.Options.Select(o => (Answer?)o.Value));
                foreach (var answer in answers)
                {
                    var given = answer is { } a ? InterviewAnswers.Empty.With(subject, a) : InterviewAnswers.Empty;
                    Assert.True(test(answer) == question.Applies(given), $"{question.Id} ({question.AppliesWhen}) with {subject} = {answer?.ToString() ?? "unanswered"}");
                }

                Assert.Contains(answers, a => test(a));
                Assert.Contains(answers, a => !test(a));
            }

            Assert.All(Questions.Where(q => q.AppliesWhen is null), q => Assert.True(q.Applies(InterviewAnswers.Empty), q.Id));
        }

        private static (string Subject, Func<Answer?, bool> Test) Parse(string condition)
        {
            var parts = condition.Split(' ', 2);
            var rest = parts[1];
            if (rest.StartsWith(">= ", StringComparison.Ordinal))
            {
                var bound = double.Parse(rest.Substring(3), CultureInfo.InvariantCulture);
                return (parts[0], a => a is { Kind: AnswerKind.Number } n && n.Number >= bound);
            }

            if (rest == "is not answered")
            {
                return (parts[0], a => a is null);
            }

            var values = rest.Substring("is ".Length).Replace(" or ", ", ", StringComparison.Ordinal).Split(", ");
            return (parts[0], a => a is { } given && values.Contains(given.Kind == AnswerKind.YesNo ? (given.IsYes ? "true" : "false") : given.ChoiceValue));
        }

        // TRIAGE.md 8.4: a completion puts an open safety question at its least risky answer (the
        // first option, none, the lowest number) or its riskiest ("not sure" where offered, every
        // item, the highest number); location has no order of risk, so both try every option.
        [Fact]
        public void SafetyQuestionsDeclareTheSpecificationsOrderOfRisk()
        {
            foreach (var question in SafetyQuestions)
            {
                var options = question.Options.Select(o => o.Value).ToArray();
                var (least, riskiest) = question.Kind switch
                {
                    QuestionKind.MultipleChoice => (new[] { Answer.Choices() }, new[] { Answer.Choices(options.Select(o => o.ChoiceValue!).ToArray()) }),
                    QuestionKind.Number => (new[] { Answer.Of(question.Min!.Value) }, new[] { Answer.Of(question.Max!.Value) }),
                    QuestionKind.YesNo => (new[] { Answer.Of(false) }, new[] { Answer.NotSure }),
                    _ when options[^1].ChoiceValue == "notSure" => (new[] { options[0] }, new[] { options[^1] }),
                    _ => (options, options),
                };
                Assert.True(least.SequenceEqual(question.LeastRisky), question.Id);
                Assert.True(riskiest.SequenceEqual(question.Riskiest), question.Id);
            }

            Assert.Equal(7, QuestionCatalogue.Get("location").LeastRisky.Length);
            Assert.Equal(new[] { Answer.Of(false) }, QuestionCatalogue.Get("warmsUp").LeastRisky);
            Assert.Equal(new[] { Answer.Of(true) }, QuestionCatalogue.Get("warmsUp").Riskiest);
        }

        // A finished interview fills its open safety questions in, except age: unknown age already
        // counts as the riskier answer (TRIAGE.md 8.4).
        [Fact]
        public void EverySafetyQuestionButAgeIsFilledInWhenLeftOpen()
        {
            Assert.All(SafetyQuestions, q => Assert.Equal(q.Id != "age", q.RequiredByAssessment));
            Assert.True(QuestionCatalogue.Get("painLevel").IsSafety);

            // After a fall with a fever, urgent care whatever the age: age is left open, and the
            // trauma flag reads it as unknown (urgent), not as the youngest age (see a professional).
            var afterFall = InterviewAnswers.From(Support.AssessmentSpec.MildAche.Build()).With("recentTrauma", Answer.Of(true)).With("symptoms", Answer.Choices("fever"));
            var step = TriageInterview.Default.Next(afterFall);
            Assert.Equal(Disposition.UrgentCare, step.Result!.Disposition);
            Assert.Equal(new[] { "age" }, step.Unanswered);
            Assert.Equal(Disposition.UrgentCare, Assert.Single(step.Result.RedFlags, f => f.Code == "traumaticOnset").MinimumDisposition);
        }

        [Fact]
        public void EveryLanguageGetsTheSameQuestionsWithItsOwnTexts()
        {
            var helpTranslated = 0;
            foreach (var language in Languages.All)
            {
                var texts = TextCatalogue.For(language);
                var translated = QuestionCatalogue.In(language);
                Assert.Equal(Questions.Length, translated.Count);
                for (var i = 0; i < Questions.Length; i++)
                {
                    var english = Questions[i];
                    var question = translated[i];
                    Assert.Equal(language, question.Language);
                    Assert.Equal((english.Id, english.Kind, english.Path, english.IsSafety, english.AppliesWhen, english.Min, english.Max, english.Unit), (question.Id, question.Kind, question.Path, question.IsSafety, question.AppliesWhen, question.Min, question.Max, question.Unit));
                    Assert.Equal(texts[QuestionKeys.Text(question.Id)], question.Text);
                    Assert.Equal(texts.Contains(QuestionKeys.Help(question.Id)) ? texts[QuestionKeys.Help(question.Id)] : null, question.Help);
                    helpTranslated += question.Help is not null && language != Languages.English && question.Help != english.Help ? 1 : 0;
                    Assert.Equal(question.Kind == QuestionKind.MultipleChoice ? texts["answer.none"] : null, question.NoneLabel);
                    Assert.Equal(english.Options.Select(o => o.Value), question.Options.Select(o => o.Value));
                    foreach (var option in question.Options)
                    {
                        var key = option.Value == Answer.NotSure || option.Value.ChoiceValue == "notSure" ? "answer.notSure"
                            : option.Value.Kind == AnswerKind.YesNo ? (option.Value.IsYes ? "answer.yes" : "answer.no")
                            : QuestionKeys.Option(question.Id, option.Value.ChoiceValue!);
                        Assert.Equal(texts[key], option.Label);
                    }
                }
            }

            Assert.True(helpTranslated > 10, $"only {helpTranslated} help texts differ from English");
            Assert.NotEqual(TextCatalogue.For("fr")["answer.none"], TextCatalogue.English["answer.none"]);
        }

        // English is the catalogue itself, so a question found by id is the same object in both.
        [Fact]
        public void EnglishIsTheCataloguesOwnQuestions()
        {
            Assert.All(QuestionCatalogue.In(null), q => Assert.Same(QuestionCatalogue.Get(q.Id), q));
            Assert.All(QuestionCatalogue.In("fr"), q => Assert.NotSame(QuestionCatalogue.Get(q.Id), q));
            Assert.Same(QuestionCatalogue.In("fr")[3], QuestionCatalogue.In("FR")[3]);
        }

        [Fact]
        public void QuestionsAndOptionsReadWell()
        {
            var onset = QuestionCatalogue.Get("onset");
            Assert.Equal("onset: " + onset.Text, onset.ToString());
            Assert.Equal("\"sudden\": " + onset.Options[1].Label, onset.Options[1].ToString());
        }

        [Fact]
        public void AnswersThatDoNotFitTheirKindAreRefused()
        {
            // "Not sure" is offered only where it counts as the riskier answer: the safety questions.
            foreach (var id in new[] { "warmsUp", "loadFitsWell", "shoesFitWell" })
            {
                Assert.Equal(new[] { Answer.Of(true), Answer.Of(false) }, QuestionCatalogue.Get(id).Options.Select(o => o.Value));
                Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With(id, Answer.NotSure));
            }

            Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("warmsUp", Answer.Choice("yes")));
            Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("recentTrauma", Answer.Choice("yes")));
            Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("recentTrauma", Answer.Of(1)));
            Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("symptoms", Answer.Of(1)));
            Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("symptoms", Answer.Choice("chestPain")));
            Assert.Throws<ArgumentException>(() => InterviewAnswers.Empty.With("onset", Answer.Choices("sudden")));
            Assert.Equal(Answer.NotSure, InterviewAnswers.Empty.With("recentTrauma", Answer.NotSure).Find("recentTrauma"));
        }
    }
}
