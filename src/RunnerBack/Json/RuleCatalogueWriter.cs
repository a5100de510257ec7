using System.Text.Json;

namespace RunnerBack.Json
{
    // The rule catalogue as JSON: { ruleSetVersion, rules: [ { id, kind, minimumDisposition?, description, source } ] }.
    internal static class RuleCatalogueWriter
    {
        public static void Write(Utf8JsonWriter json, ITriageEngine engine, string? language = null)
        {
            var texts = TextCatalogue.For(language);
            json.WriteStartObject();
            json.WriteString("ruleSetVersion", engine is TriageEngine built ? built.RuleSetVersion : Triage.RuleSetVersion);
            json.WriteStartArray("rules");
            foreach (var rule in engine.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("kind", ContractNames<RuleKind>.Of(rule.Kind));
                if (rule.MinimumDisposition is { } minimum)
                {
                    json.WriteString("minimumDisposition", ContractNames<Disposition>.Of(minimum));
                }

                json.WriteString("description", DescriptionOf(rule, texts));
                json.WriteString("source", rule.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // A built-in rule's description in the catalogue's language; a custom rule's as it gave it.
        public static string DescriptionOf(TriageRule rule, TextCatalogue texts)
        {
            var key = rule.Id + ".description";
            return TextCatalogue.English.Contains(key) && TextCatalogue.English[key] == rule.Description ? texts[key] : rule.Description;
        }
    }
}
