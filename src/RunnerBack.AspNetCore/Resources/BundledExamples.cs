using System.IO;

namespace RunnerBack.AspNetCore
{
    // What the package embeds: the repository's example requests (samples/assessments) for the
    // health check and the OpenAPI example, the OpenAPI shapes, and the JSON Schemas (docs/schemas).
    internal static class BundledExamples
    {
        public static byte[] Emergency { get; } = Read("emergency.json");

        public static byte[] SeeProfessional { get; } = Read("see-professional.json");

        public static byte[] Read(string name) => Resource("RunnerBack.AspNetCore.Examples." + name);

        public static byte[] Schema(string name) => Resource("RunnerBack.AspNetCore.Schemas." + name);

        private static byte[] Resource(string name)
        {
            using var stream = typeof(BundledExamples).Assembly.GetManifestResourceStream(name)
                ?? throw new FileNotFoundException("RunnerBack.AspNetCore is missing an embedded resource.", name);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
