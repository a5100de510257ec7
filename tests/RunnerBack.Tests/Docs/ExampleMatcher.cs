using System;
using System.Collections.Generic;
using System.Linq;

namespace RunnerBack.Tests.Docs
{
    // Finds the C# examples of a Markdown document and tells whether each stands, paragraph by
    // paragraph and in order, in a source file: the check behind DocumentationExampleTests.
    internal static class ExampleMatcher
    {
        /// <summary>Each ```csharp block of a Markdown text, with the 1-based line its code starts on.</summary>
        public static IEnumerable<(int Line, string Code)> CSharpBlocks(string markdown)
        {
            var lines = markdown.Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```csharp")
                {
                    continue;
                }

                var end = i + 1;
                while (end < lines.Length && lines[end].Trim() != "```")
                {
                    end++;
                }

                yield return (i + 2, string.Join("\n", lines, i + 1, end - i - 1));
                i = end;
            }
        }

        /// <summary>
        /// The first line of <paramref name="example"/> not found in <paramref name="source"/>, or null.
        /// Each paragraph of the example (lines between blank lines) must appear as consecutive lines,
        /// the paragraphs in the example's order; using directives may stand anywhere.
        /// </summary>
        public static string? FirstLineNotFound(string example, string[] source)
        {
            var trimmed = source.Select(l => l.Trim()).ToArray();
            var from = 0;
            foreach (var paragraph in Paragraphs(example))
            {
                if (paragraph.All(l => l.StartsWith("using ", StringComparison.Ordinal)))
                {
                    var strayUsing = paragraph.FirstOrDefault(u => !trimmed.Contains(u));
                    if (strayUsing is not null)
                    {
                        return strayUsing;
                    }

                    continue;
                }

                var at = IndexOfRun(trimmed, paragraph, from);
                if (at < 0)
                {
                    return FirstMissing(trimmed, paragraph, from);
                }

                from = at + paragraph.Count;
            }

            return null;
        }

        private static List<List<string>> Paragraphs(string example)
        {
            var paragraphs = new List<List<string>> { new List<string>() };
            foreach (var raw in example.Replace("\r\n", "\n").Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0)
                {
                    paragraphs.Add(new List<string>());
                }
                else
                {
                    paragraphs[paragraphs.Count - 1].Add(line);
                }
            }

            return paragraphs.Where(p => p.Count > 0).ToList();
        }

        private static int IndexOfRun(string[] source, List<string> run, int from)
        {
            for (var i = from; i + run.Count <= source.Length; i++)
            {
                var j = 0;
                while (j < run.Count && source[i + j] == run[j])
                {
                    j++;
                }

                if (j == run.Count)
                {
                    return i;
                }
            }

            return -1;
        }

        // Names the line that breaks the run: the first one whose prefix of the paragraph is found nowhere after `from`.
        private static string FirstMissing(string[] source, List<string> paragraph, int from)
        {
            for (var n = 1; n <= paragraph.Count; n++)
            {
                if (IndexOfRun(source, paragraph.GetRange(0, n), from) < 0)
                {
                    return paragraph[n - 1];
                }
            }

            return paragraph[0];
        }
    }
}
