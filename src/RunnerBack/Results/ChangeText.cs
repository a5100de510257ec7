using System.Collections.Generic;

namespace RunnerBack
{
    // What would change the answer, said in the catalogue's words: one condition per changed
    // answer, joined, inside the sentence for the disposition they would give.
    internal static class ChangeText
    {
        public static string Of(DispositionChange change, TextCatalogue texts)
        {
            var conditions = new List<string>();
            foreach (var item in change.Changes)
            {
                conditions.Add(item.Path switch
                {
                    "$.painLevel" when item.Answer.Number == 0 => texts["change.painLevel.none"],
                    "$.painLevel" => texts.Format("change.painLevel", "level", item.Answer.ToString()),
                    "$.trend" => texts["change.trend." + item.Answer.ChoiceValue],
                    "$.persistsAfterStopping" => texts["change.persistsAfterStopping"],
                    "$.altersRunningForm" => texts["change.altersRunningForm"],

                    // A later version's input, read back from a stored result: said as it is written.
                    _ => item.ToString(),
                });
            }

            var joined = conditions.Count == 1
                ? conditions[0]
                : string.Join(", ", conditions.GetRange(0, conditions.Count - 1)) + " " + texts["change.and"] + " " + conditions[conditions.Count - 1];
            var key = change.Disposition switch
            {
                Disposition.KeepRunning => "change.to.keepRunning",
                Disposition.RunWithModifications => "change.to.runWithModifications",
                _ => "change.to.stopAndRest",
            };
            return texts.Format(key, "conditions", joined);
        }
    }
}
