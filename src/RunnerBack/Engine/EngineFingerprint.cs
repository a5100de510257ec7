using System.Text;

namespace RunnerBack
{
    // The version an engine writes into its results: the default rule-set version, plus a stable
    // fingerprint of the pipeline and the options when either differs from the default (SemVer
    // build metadata, "1.0.0+custom.3f2a..."), so a stored result can be traced to the engine that
    // made it. The fingerprint is FNV-1a over the rules' ids, kinds and types in pipeline order and
    // every triage option's value: the same engine gives the same text in every process and version.
    // Language and region are left out: they change the words of a result, not its triage.
    internal static class EngineFingerprint
    {
        public static string VersionOf(TriageRule[] pipeline, TriageOptions options)
        {
            var canonical = Canonical(pipeline, options);
            return canonical == DefaultCanonical.Value ? Triage.RuleSetVersion : Triage.RuleSetVersion + "+custom." + Fnv1a(canonical).ToString("x16");
        }

        private static readonly System.Lazy<string> DefaultCanonical = new System.Lazy<string>(
            () => Canonical(new TriageEngineBuilder().AddDefaultRules().StageOrdered(), TriageOptions.Default));

        private static string Canonical(TriageRule[] pipeline, TriageOptions options)
        {
            var text = new StringBuilder();
            foreach (var rule in pipeline)
            {
                text.Append(rule.Id).Append('|').Append((int)rule.Kind).Append('|').Append(rule.GetType().FullName).Append(';');
            }

            var first = true;
            foreach (var option in OptionTable.All)
            {
                if (option.InFingerprint)
                {
                    text.Append(first ? string.Empty : ";").Append(option.Canonical(options));
                    first = false;
                }
            }

            return text.ToString();
        }

        private static ulong Fnv1a(string text)
        {
            var hash = 14695981039346656037UL;
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                hash = (hash ^ b) * 1099511628211UL;
            }

            return hash;
        }
    }
}
