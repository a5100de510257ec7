using System;
using System.IO;
using System.Text.Json;

namespace RunnerBack.Json
{
    // The compact JSON of each result entry, rendered once per entry object and kept on it (see
    // EntryJson), so that writing a result copies bytes instead of escaping the same texts again.
    internal static class JsonFragments
    {
        public static byte[] Of(RedFlag flag) => flag.CachedJson.Utf8 ??= Render(flag, ResultJsonWriter.WriteRedFlag);

        public static byte[] Of(Finding finding) => finding.CachedJson.Utf8 ??= Render(finding, ResultJsonWriter.WriteFinding);

        public static byte[] Of(Contributor contributor) => contributor.CachedJson.Utf8 ??= Render(contributor, ResultJsonWriter.WriteContributor);

        public static byte[] Of(Recommendation recommendation) => recommendation.CachedJson.Utf8 ??= Render(recommendation, ResultJsonWriter.WriteRecommendation);

        public static byte[] Of(TraceEntry entry) => entry.CachedJson.Utf8 ??= Render(entry, ResultJsonWriter.WriteTraceEntry);

        private static byte[] Render<T>(T entry, Action<Utf8JsonWriter, T> write)
        {
            var buffer = new MemoryStream(256);
            using (var json = new Utf8JsonWriter(buffer))
            {
                write(json, entry);
            }

            return buffer.ToArray();
        }
    }
}
