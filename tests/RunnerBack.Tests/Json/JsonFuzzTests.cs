using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // Whatever bytes arrive, the library answers with a result or a validation failure, never an
    // exception; and a failure always names at least one problem.
    public sealed class JsonFuzzTests
    {
        private static readonly string[] Hostile =
        {
            "1e400", "-1e400", "99999999999999999999999", "-0", "0.0000001", "\"\\ud800\"", "true", "null", "[]", "{}", "\"\"",
            new string('[', 200), new string('{', 50), "\"" + new string('x', 5000) + "\"", "NaN", "Infinity", "\u0000",
        };

        [Property(MaxTest = 3000)]
        [Trait("Hazard", "H14")]
        public Property MutatedValidRequestsNeverThrow()
        {
            var gen =
                from spec in Generators.Assessment
                from mutation in Gen.Choose(0, 6)
                from position in Gen.Choose(0, 10000)
                from b in Gen.Choose(0, 255)
                from hostile in Gen.Elements(Hostile)
                select Mutate(Encoding.UTF8.GetBytes(TriageJson.Serialize(spec.Build())), mutation, position, (byte)b, hostile);

            return Prop.ForAll(gen.ToArbitrary(), AnswersWithoutThrowing);
        }

        [Property(MaxTest = 2000)]
        [Trait("Hazard", "H14")]
        public Property RandomBytesNeverThrow()
        {
            var gen = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));
            return Prop.ForAll(gen.ToArbitrary(), AnswersWithoutThrowing);
        }

        [Fact]
        [Trait("Hazard", "H14")]
        public void DeepNestingNeverThrows()
        {
            foreach (var depth in new[] { 3, 4, 63, 64, 65, 1000, 30000 })
            {
                AnswersWithoutThrowing(Encoding.UTF8.GetBytes("{\"painLevel\":0,\"symptoms\":[],\"x\":" + new string('[', depth) + new string(']', depth) + "}"));
                AnswersWithoutThrowing(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)));
            }
        }

        private static void AnswersWithoutThrowing(byte[] bytes)
        {
            var response = TriageJson.Assess(bytes);
            Assert.True(response.IsValid ^ (response.Errors.Count > 0));
            var viaString = TriageJson.Assess(Encoding.UTF8.GetString(bytes));
            Assert.True(viaString.IsValid ^ (viaString.Errors.Count > 0));
            if (response.IsValid)
            {
                Assert.Equal(response.Result, Triage.Assess(TriageJson.ParseAssessment(bytes).Assessment!));
            }
        }

        private static byte[] Mutate(byte[] json, int mutation, int position, byte value, string hostile)
        {
            var at = position % (json.Length + 1);
            return mutation switch
            {
                0 => json.Take(at).ToArray(),
                1 => json.Select((b, i) => i == at ? value : b).ToArray(),
                2 => json.Take(at).Append(value).Concat(json.Skip(at)).ToArray(),
                3 => json.Where((b, i) => i != at).ToArray(),
                4 => ReplaceValue(json, at, hostile),
                5 => json.Take(at).Concat(Encoding.UTF8.GetBytes(hostile)).Concat(json.Skip(at)).ToArray(),
                _ => json.Concat(json).ToArray(),
            };
        }

        // Replaces the JSON value after the colon nearest to `at` with a hostile one (wrong types, huge numbers, deep nesting).
        private static byte[] ReplaceValue(byte[] json, int at, string hostile)
        {
            var text = Encoding.UTF8.GetString(json);
            var colon = text.IndexOf(':', Math.Min(at, text.Length - 1));
            if (colon < 0)
            {
                return json;
            }

            var end = text.IndexOfAny(new[] { ',', '}' }, colon);
            return Encoding.UTF8.GetBytes(text.Substring(0, colon + 1) + hostile + (end < 0 ? string.Empty : text.Substring(end)));
        }
    }
}
