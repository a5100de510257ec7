using System;
using System.Linq;
using System.Text;
using RunnerBack.Json;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // The reader at the edges of what its declarations allow: objects with more than 64 fields and
    // sets of up to 64 members, as the collections allow, read without losing or mixing anything.
    public sealed class ReaderLimitsTests
    {
        // Sixty-four members, the most a set holds, so that a set reaches its top bits.
        public enum Wide
        {
            M0, M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12, M13, M14, M15, M16, M17, M18, M19, M20, M21, M22, M23, M24, M25, M26, M27, M28, M29, M30, M31,
            M32, M33, M34, M35, M36, M37, M38, M39, M40, M41, M42, M43, M44, M45, M46, M47, M48, M49, M50, M51, M52, M53, M54, M55, M56, M57, M58, M59, M60, M61, M62, M63,
        }

        public sealed class Model
        {
        }

        [Fact]
        public void AFieldPastTheSixtyFourthIsNotMistakenForTheFirst()
        {
            var fields = Enumerable.Range(0, 66).Select(i => new TextField<Model>("f" + i, _ => null)).ToArray();
            FieldValues? read = null;
            var shape = new WireObject<Model>(values => { read = values; return new Model(); }, false, fields);

            var errors = WireReader.Read(Encoding.UTF8.GetBytes("{\"f0\":\"a\",\"f64\":\"b\",\"f65\":\"c\",\"f1\":\"d\"}"), shape, 4, out var model);

            Assert.Empty(errors);
            Assert.NotNull(model);
            Assert.Equal(new[] { "a", "d", "b", "c" }, new[] { fields[0], fields[1], fields[64], fields[65] }.Select(f => f.ValueIn(read!)));
            Assert.Null(fields[63].ValueIn(read!));

            var repeated = WireReader.Read(Encoding.UTF8.GetBytes("{\"f65\":\"a\",\"f1\":\"b\",\"f65\":\"c\"}"), shape, 4, out _);
            Assert.Equal(new[] { "$.f65 duplicateProperty" }, repeated.Select(e => e.Path + " " + e.Code));
        }

        [Fact]
        public void ASetKeepsEveryOneOfItsSixtyFourMembers()
        {
            var field = new EnumListField<Model, Wide>(new ChoiceSetInput<Wide>("wide"), _ => null);
            FieldValues? read = null;
            var shape = new WireObject<Model>(values => { read = values; return new Model(); }, false, field);
            var members = new[] { Wide.M0, Wide.M1, Wide.M52, Wide.M53, Wide.M62, Wide.M63 };

            var errors = WireReader.Read(Encoding.UTF8.GetBytes("{\"wide\":[" + string.Join(",", members.Select(m => "\"m" + m.ToString().Substring(1) + "\"")) + "]}"), shape, 4, out _);

            Assert.Empty(errors);
            Assert.Equal(members, field.ValueIn(read!)!.Value.ToArray());

            var every = WireReader.Read(Encoding.UTF8.GetBytes("{\"wide\":[" + string.Join(",", Enumerable.Range(0, 64).Select(i => "\"m" + i + "\"")) + "]}"), shape, 4, out _);
            Assert.Empty(every);
            Assert.Equal(64, field.ValueIn(read!)!.Value.Count);
        }

        // The bytes are UTF-8, so a string that cannot be decoded escapes half a surrogate pair;
        // the message says so rather than blaming the encoding.
        [Fact]
        public void AnUnpairedSurrogateEscapeIsNamedForWhatItIs()
        {
            var json = "{\"painLevel\":0,\"symptoms\":[],\"requestId\":\"a\\ud800\"}";
            var error = Assert.Single(TriageJson.Assess(json).Errors);
            Assert.Equal(("$", ValidationCodes.MalformedJson), (error.Path, error.Code));
            Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
            Assert.Contains($"at byte {json.IndexOf("\"a\\", StringComparison.Ordinal) + 1}", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("UTF-8", error.Message, StringComparison.Ordinal);
        }
    }
}
