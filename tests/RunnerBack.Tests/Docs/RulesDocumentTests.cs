using System;
using System.IO;
using RunnerBack.Tests.Cli;
using Xunit;

namespace RunnerBack.Tests.Docs
{
    public sealed class RulesDocumentTests
    {
        // docs/rules.md is generated from the rules' metadata; regenerate it when this fails:
        // dotnet run --project samples/RunnerBack.Cli -- explain --format markdown > docs/rules.md
        [Fact]
        public void RulesMarkdownIsUpToDate()
        {
            var (exit, generated, _) = CliProcess.Run("explain --format markdown");
            Assert.Equal(0, exit);
            var committed = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "docs", "rules.md"));
            Assert.True(
                string.Equals(generated, committed, StringComparison.Ordinal),
                "docs/rules.md is out of date: regenerate it with `dotnet run --project samples/RunnerBack.Cli -- explain --format markdown > docs/rules.md`.");
            Assert.Contains("`redFlag.chestPain`", committed, StringComparison.Ordinal);
        }
    }
}
