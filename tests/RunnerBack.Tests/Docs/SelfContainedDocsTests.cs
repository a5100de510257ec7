using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RunnerBack.Tests.Cli;
using Xunit;

namespace RunnerBack.Tests.Docs
{
    // The docs stand on their own: a package user never sees the team's specification files, and
    // the README packed into the .nupkg is shown on a package page, where relative links break.
    public sealed class SelfContainedDocsTests
    {
        private static readonly Regex OutsideFile = new Regex(@"\b(TRIAGE|CONTRACT)\.md\b");

        [Fact]
        public void NoDocumentOrXmlDocPointsAtAFileOutsideTheRepository()
        {
            var root = CliProcess.RepositoryRoot;
            var documents = Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Append(Path.Combine(root, "README.md")).Append(Path.Combine(root, "CHANGELOG.md"));
            var offending = documents
                .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, line, i)))
                .Concat(Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
                    .Where(file => !file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, line, i)))
                    .Where(l => l.line.TrimStart().StartsWith("///", StringComparison.Ordinal)))
                .Where(l => OutsideFile.IsMatch(l.line))
                .Select(l => $"{Path.GetRelativePath(root, l.file)}:{l.i + 1}")
                .ToList();
            Assert.True(offending.Count == 0, "cites a file outside the repository: " + string.Join(", ", offending));
        }

        [Fact]
        public void TheReadmeLinksWorkOnAPackagePage()
        {
            var readme = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "README.md"));
            var relative = Regex.Matches(readme, @"\]\(([^)]+)\)").Select(m => m.Groups[1].Value).Where(link => !link.StartsWith("https://", StringComparison.Ordinal)).ToList();
            Assert.True(relative.Count == 0, "relative links: " + string.Join(", ", relative));
            Assert.Contains("](https://github.com/runnerback/runnerback/blob/main/docs/json.md)", readme, StringComparison.Ordinal);
        }
    }
}
