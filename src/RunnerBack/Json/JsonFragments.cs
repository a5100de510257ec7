using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace RunnerBack.Json
{
    // The compact JSON of each result entry (finding, red flag, contributor, recommendation, trace
    // entry), rendered once per object and reused: rules hand out the same immutable objects on
    // every call, so escaping and transcoding their texts each time would be wasted work. A weak
    // table keys the cache by object identity, so entries made on the fly (a custom rule's, a
    // fault's) are collected with their objects and nothing leaks.
    internal static class JsonFragments
    {
        private static readonly ConditionalWeakTable<object, byte[]> Cache = new ConditionalWeakTable<object, byte[]>();
        private static readonly ConditionalWeakTable<object, byte[]>.CreateValueCallback RenderCallback = Render;

        public static byte[] Of(object entry) => Cache.GetValue(entry, RenderCallback);

        public static byte[] Render(object entry)
        {
            var buffer = new MemoryStream(256);
            using (var json = new Utf8JsonWriter(buffer))
            {
                switch (entry)
                {
                    case Finding finding:
                        ResultJsonWriter.WriteFinding(json, finding);
                        break;
                    case RedFlag flag:
                        ResultJsonWriter.WriteRedFlag(json, flag);
                        break;
                    case Contributor contributor:
                        ResultJsonWriter.WriteContributor(json, contributor);
                        break;
                    case Recommendation recommendation:
                        ResultJsonWriter.WriteRecommendation(json, recommendation);
                        break;
                    case TraceEntry trace:
                        ResultJsonWriter.WriteTraceEntry(json, trace);
                        break;
                    default:
                        throw new ArgumentException("Not a result entry: " + entry.GetType().Name, nameof(entry));
                }
            }

            return buffer.ToArray();
        }
    }
}
