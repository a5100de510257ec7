using System.Linq;

namespace RunnerBack.Tests.Support
{
    // JSON requests for tests: with pain, every safety question must be answered (TRIAGE.md 8.1).
    internal static class Requests
    {
        private static readonly (string Name, string Value)[] CalmAnswers =
        {
            ("radiatesTo", "[]"), ("trend", "\"stable\""), ("onset", "\"gradual\""), ("timing", "\"duringRun\""), ("persistsAfterStopping", "false"),
            ("altersRunningForm", "false"), ("durationDays", "0"), ("selfCareTried", "false"), ("recentTrauma", "false"), ("symptoms", "[]"),
        };

        // The calm answer to every safety question but quality, location and the runner's history,
        // as JSON members to splice into an object, leaving out the ones the test gives itself.
        public static string SafetyAnswers(params string[] except) =>
            string.Join(",", CalmAnswers.Where(a => !except.Contains(a.Name)).Select(a => "\"" + a.Name + "\":" + a.Value));

        // A complete request: pain with every safety question answered calmly, and no history.
        public static string Calm(int painLevel, string quality = "dullAche", string location = "neck") =>
            "{\"painLevel\":" + painLevel + ",\"quality\":\"" + quality + "\",\"location\":\"" + location + "\"," + SafetyAnswers() + ",\"runner\":{\"history\":[]}}";
    }
}
