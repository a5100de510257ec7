using System.Text.Json;

namespace RunnerBack.Json
{
    // The rule catalogue as JSON: { ruleSetVersion, rules: [ { id, kind, minimumDisposition?, description, source } ] }.
    internal static class RuleCatalogueWriter
    {
        public static void Write(Utf8JsonWriter json, ITriageEngine engine)
        {
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

                json.WriteString("description", rule.Description);
                json.WriteString("source", rule.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }
}
