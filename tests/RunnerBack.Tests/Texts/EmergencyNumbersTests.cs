using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RunnerBack.Tests.Cli;
using Xunit;

namespace RunnerBack.Tests.Texts
{
    // The number a runner is told to call is safety text: every entry of the table is checked
    // against docs/languages.md, which names each one's public source, and the EU list against the
    // European Commission's list of member states, written out here by hand.
    public sealed class EmergencyNumbersTests
    {
        private static readonly string[] EuMemberStates =
        {
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        };

        [Fact]
        [Trait("Hazard", "H06")]
        public void EveryMemberStateOfTheEuropeanUnionCalls112AndFranceCalls15First()
        {
            Assert.Equal(27, EuMemberStates.Length);
            foreach (var state in EuMemberStates)
            {
                Assert.Equal(state == "FR" ? new[] { "15", "112" } : new[] { "112" }, EmergencyNumbers.For(state).ToArray());
                Assert.Equal(EmergencyNumbers.For(state), EmergencyNumbers.For(state.ToLowerInvariant()));
            }
        }

        // Each row of the documented table, "| GB (and UK) | 999 or 112 | source |", is what the code gives.
        [Fact]
        public void TheDocumentedTableIsWhatTheCodeGives()
        {
            var doc = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "docs", "languages.md"));
            var rows = Regex.Matches(doc, @"^\| (?<regions>[A-Z]{2}(?: \(and [A-Z]{2}\))?) \| (?<numbers>[0-9]+(?: or [0-9]+)?) \|", RegexOptions.Multiline);
            Assert.True(rows.Count >= 12, $"{rows.Count} rows found");
            foreach (Match row in rows)
            {
                var numbers = row.Groups["numbers"].Value.Split(" or ");
                foreach (Match region in Regex.Matches(row.Groups["regions"].Value, "[A-Z]{2}"))
                {
                    Assert.Equal(numbers, EmergencyNumbers.For(region.Value).ToArray());
                }
            }
        }

        [Fact]
        public void AnUnlistedOrMalformedRegionHasNoNumber()
        {
            Assert.Empty(EmergencyNumbers.For("ZZ"));
            Assert.Empty(EmergencyNumbers.For(null));
            foreach (var malformed in new[] { "", "G", "GBR", "1A", "G1", "ÄB", " GB" })
            {
                Assert.False(EmergencyNumbers.IsRegionCode(malformed), malformed);
                Assert.Throws<ArgumentException>(() => EmergencyNumbers.For(malformed));
            }

            Assert.True(EmergencyNumbers.IsRegionCode("gb"));
            Assert.False(EmergencyNumbers.IsRegionCode(null));

            // The list handed out is a copy: the table itself cannot be changed through it.
            Assert.Equal(["999", "112"], EmergencyNumbers.For("GB"));
        }
    }
}
