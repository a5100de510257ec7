using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using RunnerBack.Benchmarks;
using RunnerBack.Json;
using Xunit;
using Xunit.Abstractions;

namespace RunnerBack.Tests.Json
{
    /// <summary>
    /// The wire output does not depend on the server's culture: a German, Turkish or Arabic host
    /// sends the same bytes as an invariant one, for results, validation errors and the rule
    /// catalogue. The library is loaded afresh for each culture, so that names and tables built once
    /// per process (the contract's camelCase names among them) are built under that culture too; an
    /// in-process check would only see the ones the first test happened to build.
    /// </summary>
    public sealed class CultureIndependenceTests
    {
        private readonly ITestOutputHelper _output;

        public CultureIndependenceTests(ITestOutputHelper output) => _output = output;

        // Turkish lower-cases 'I' to a dotless 'ı' (MedicalHistory.Immunosuppression,
        // IntravenousDrugUse); German writes decimals with a comma and groups thousands with a dot;
        // Arabic (Saudi Arabia) is written right to left, with its own number symbols. Each costs a
        // fresh load of the library (about 0.7 s here, most of it compiling the code again), so three
        // cultures that differ in different ways, plus the hand-made one below.
        private static readonly string[] CultureNames = { "tr-TR", "de-DE", "ar-SA" };

        [Fact]
        [Trait("Hazard", "H13")]
        public void TheWireOutputIsTheSameBytesInEveryCulture()
        {
            var requests = Requests();
            var expected = WireOutput(CultureInfo.InvariantCulture, requests);
            var cultures = new List<(string Label, CultureInfo Culture)> { ("a hand-made culture (comma decimals, U+2212 minus)", UnusualNumbers()) };
            foreach (var name in CultureNames)
            {
                if (TryGetCulture(name) is { } culture)
                {
                    cultures.Add((culture.Name, culture));
                }
            }

            // A named culture can be missing: in globalization invariant mode (no ICU) none exists
            // and every culture's text rules are the invariant ones, and a slim ICU data set (some
            // container images carry English only) lacks the others. The hand-made culture needs no
            // ICU, so the check never runs empty. The test's output names the cultures it used.
            _output.WriteLine("Cultures checked: " + string.Join("; ", cultures.Select(c => c.Label)));

            foreach (var (label, culture) in cultures)
            {
                var actual = WireOutput(culture, requests);
                Assert.Equal(expected.Count, actual.Count);
                for (var i = 0; i < expected.Count; i++)
                {
                    Assert.True(expected[i] == actual[i], $"Output {i} differs under {label}.\ninvariant: {expected[i]}\n{label}: {actual[i]}");
                }
            }
        }

        [Fact]
        [Trait("Hazard", "H13")]
        public void TheRequestsCoverResultsErrorsAndEveryNumberKind()
        {
            var requests = Requests();
            var responses = requests.Select(r => TriageJson.Assess(r)).ToList();
            Assert.True(responses.Count(r => r.IsValid) >= 100);
            var codes = responses.SelectMany(r => r.Errors).Select(e => e.Code).ToHashSet();
            Assert.Superset(
                new HashSet<string> { ValidationCodes.OutOfRange, ValidationCodes.NotAnInteger, ValidationCodes.UnknownValue, ValidationCodes.MalformedJson, ValidationCodes.TooLarge },
                codes);

            // The fractions and the history names with a capital I in C# are read, not refused: a name
            // lower-cased the Turkish way would turn this result into an unknownValue error.
            var result = TriageJson.Assess(requests[0]).Result;
            Assert.NotNull(result);
            Assert.Contains(result.RedFlags, f => f.Code == "infectionRisk");
            Assert.Contains(result.Contributors, c => c.Code == "footwear");
            Assert.Contains(result.Contributors, c => c.Code == "prolongedSitting");
            Assert.DoesNotContain(TriageJson.Assess(requests[1]).Result!.Contributors, c => c.Code == "prolongedSitting");
        }

        private static List<string> Requests()
        {
            var requests = new List<string>
            {
                // Fractions in both number fields, and history names with a capital I in C#.
                "{\"painLevel\":3,\"quality\":\"dullAche\",\"location\":\"neck\"," + Support.Requests.SafetyAnswers() + ",\"runner\":{\"sittingHoursPerDay\":7.5,\"shoeDistanceKm\":812.25,\"history\":[\"immunosuppression\",\"intravenousDrugUse\"]}}",
                "{\"painLevel\":2,\"quality\":\"tightness\",\"location\":\"midBack\"," + Support.Requests.SafetyAnswers() + ",\"runner\":{\"sittingHoursPerDay\":0.5,\"shoeDistanceKm\":1e2,\"history\":[]}}",
                "{\"painLevel\":3,\"quality\":\"dullAche\",\"location\":\"neck\",\"runner\":{\"sittingHoursPerDay\":24.5}}",
                "{\"painLevel\":3,\"quality\":\"dullAche\",\"location\":\"neck\",\"runner\":{\"shoeDistanceKm\":-0.1}}",
                "{\"painLevel\":2.5,\"quality\":\"dullAche\",\"location\":\"neck\"}",
                "{\"painLevel\":-1,\"durationDays\":1e9}",
                "{\"painLevel\":3,\"quality\":\"Dull\",\"location\":\"NECK\",\"runner\":{\"history\":[\"IMMUNOSUPPRESSION\"]}}",
                "{\"painLevel\":3,",
                "{\"painLevel\":3,\"notes\":\"" + new string('x', TriageJson.MaxInputBytes) + "\"}",
            };
            requests.AddRange(Workloads.Requests(Workloads.Generate(100, seed: 11)).Select(r => Encoding.UTF8.GetString(r)));

            // The same in every language, with a region's emergency number in some.
            var generated = Workloads.Requests(Workloads.Generate(30, seed: 12)).Select(r => Encoding.UTF8.GetString(r)).ToList();
            foreach (var language in Languages.All)
            {
                requests.AddRange(generated.Select((r, i) => "{\"language\":\"" + language + "\"," + (i % 2 == 0 ? "\"region\":\"GB\"," : string.Empty) + r.Substring(1)));
            }

            return requests;
        }

        // Every output the wire contract has, from a copy of the library loaded under the culture.
        private static List<string> WireOutput(CultureInfo culture, List<string> requests)
        {
            var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            var context = new AssemblyLoadContext("culture " + culture.Name, isCollectible: true);
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                var library = context.LoadFromAssemblyPath(typeof(Triage).Assembly.Location);
                Assert.NotSame(typeof(Triage).Assembly, library);
                var json = library.GetType("RunnerBack.Json.TriageJson", throwOnError: true)!;
                var engineType = library.GetType("RunnerBack.ITriageEngine", throwOnError: true)!;
                var responseType = library.GetType("RunnerBack.Json.TriageResponse", throwOnError: true)!;
                var assess = json.GetMethod("Assess", new[] { typeof(string), engineType })!;
                var traceType = library.GetType("RunnerBack.Json.TraceDetail", throwOnError: true)!;
                var serialize = json.GetMethod("Serialize", new[] { responseType, typeof(bool), traceType })!;
                var allTrace = System.Enum.ToObject(traceType, 0);
                var catalogue = json.GetMethod("SerializeRuleCatalogue", new[] { engineType, typeof(bool), typeof(string) })!;
                var questions = library.GetType("RunnerBack.Json.InterviewJson", throwOnError: true)!.GetMethod("SerializeQuestions", new[] { typeof(bool), typeof(string) })!;
                var engine = library.GetType("RunnerBack.Triage", throwOnError: true)!.GetProperty("Default")!.GetValue(null);

                var output = new List<string>();
                foreach (var request in requests)
                {
                    var response = assess.Invoke(null, new object?[] { request, null });
                    output.Add((string)serialize.Invoke(null, new[] { response, false, allTrace })!);
                    output.Add((string)serialize.Invoke(null, new[] { response, true, allTrace })!);
                }

                foreach (var language in Languages.All)
                {
                    output.Add((string)catalogue.Invoke(null, new[] { engine, false, language })!);
                    output.Add((string)questions.Invoke(null, new object[] { false, language })!);
                }

                Assert.Equal(culture.Name, CultureInfo.CurrentCulture.Name);
                return output;
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
                context.Unload();
            }
        }

        // A culture no country uses, so that it exists without ICU: every number symbol differs from
        // the invariant one's.
        private static CultureInfo UnusualNumbers()
        {
            var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            var numbers = culture.NumberFormat;
            numbers.NumberDecimalSeparator = ",";
            numbers.NumberGroupSeparator = ".";
            numbers.NegativeSign = "\u2212";
            numbers.PositiveSign = "\u002B\u200E";
            numbers.NaNSymbol = "keine Zahl";
            numbers.PositiveInfinitySymbol = "unendlich";
            numbers.NegativeInfinitySymbol = "\u2212unendlich";
            numbers.PercentSymbol = "\u066A";
            return culture;
        }

        private static CultureInfo? TryGetCulture(string name)
        {
            try
            {
                return CultureInfo.GetCultureInfo(name);
            }
            catch (CultureNotFoundException)
            {
                return null;
            }
        }
    }
}
