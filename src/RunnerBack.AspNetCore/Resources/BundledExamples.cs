using System.IO;

namespace RunnerBack.AspNetCore
{
    // The repository's own example requests (samples/assessments), embedded once: the health
    // check's emergency and the OpenAPI document's request example.
    internal static class BundledExamples
    {
        public static byte[] Emergency { get; } = Read("emergency.json");

        public static byte[] SeeProfessional { get; } = Read("see-professional.json");

        internal static byte[] Read(string name)
        {
            using var stream = typeof(BundledExamples).Assembly.GetManifestResourceStream("RunnerBack.AspNetCore.Examples." + name)
                ?? throw new FileNotFoundException("RunnerBack.AspNetCore is missing its embedded example.", name);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        internal static byte[] Schema(string name)
        {
            using var stream = typeof(BundledExamples).Assembly.GetManifestResourceStream("RunnerBack.AspNetCore.Schemas." + name)
                ?? throw new FileNotFoundException("RunnerBack.AspNetCore is missing its embedded schema.", name);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
