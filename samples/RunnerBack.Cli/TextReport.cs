using System.Collections.Generic;
using System.IO;
using System.Linq;
using RunnerBack.Json;

namespace RunnerBack.Cli
{
    // A readable summary for a person: disposition, headline, red flags, recommendations with doses.
    internal static class TextReport
    {
        public static void Write(TriageResponse response, int? line, TextWriter output)
        {
            var prefix = line is { } n ? $"Line {n}: " : string.Empty;
            if (response.Result is not { } result)
            {
                output.Write($"{prefix}invalid input\n");
                foreach (var error in response.Errors)
                {
                    output.Write($"  {error.Path}  {error.Code}  {error.Message}\n");
                }

                output.Write('\n');
                return;
            }

            output.Write(prefix);
            Write(result, output);
        }

        public static void Write(TriageResult result, TextWriter output)
        {
            // Every word a runner reads comes from the library's texts, in the result's language.
            var language = result.Language;
            string Text(string key) => TriageTexts.Get(key, language);
            output.Write(Text("report.disposition." + ContractName(result.Disposition)) + "\n");
            output.Write(result.Headline + "\n");
            if (result.ScopeNote is { } scopeNote)
            {
                output.Write(scopeNote + "\n");
            }

            if (!result.IsComplete)
            {
                output.Write(Text("report.incomplete") + "\n");
            }

            // Plain headings and the runner's words, no codes; a heading only when it has lines.
            Section(output, Text("report.redFlags"), result.RedFlags.Select(f => "! " + f.Explanation));
            Section(output, Text("report.stopSignals"), result.Findings.Where(f => f.Kind == FindingKind.StopSignal).Select(f => "- " + f.Explanation));
            Section(output, Text("report.contributors"), result.Contributors.Select(c => "- " + c.Explanation));
            Section(output, Text("report.recommendations"), result.Recommendations.Select(r => $"* {r.Title} ({DoseText(r.Dose, language)}): {r.Instructions}"));

            Section(output, Text("report.whatWouldChange"), result.WhatWouldChange.Select(c => "> " + c.Text));

            output.Write(result.Disclaimer + "\n\n");
        }

        private static void Section(TextWriter output, string heading, IEnumerable<string> lines)
        {
            var items = lines.ToList();
            if (items.Count == 0)
            {
                return;
            }

            output.Write(heading + ":\n");
            foreach (var item in items)
            {
                output.Write("  " + item + "\n");
            }
        }

        public static string DoseText(Dose dose, string language = "en")
        {
            string Text(string key, string name, string value) => TriageTexts.Get(key, language).Replace("{" + name + "}", value);
            var parts = new List<string>();
            if (dose.HoldSecondsMin is { } hold)
            {
                parts.Add(Text("dose.hold", "seconds", Range(hold, dose.HoldSecondsMax)));
            }

            if (dose.Repetitions is { } reps)
            {
                parts.Add(Text(dose.PerSide == true ? "dose.repetitionsPerSide" : "dose.repetitions", "count", Number(reps)));
            }

            if (dose.PauseSecondsMin is { } pause)
            {
                parts.Add(Text("dose.pause", "seconds", Range(pause, dose.PauseSecondsMax)));
            }

            if (dose.DurationSecondsMin is { } seconds)
            {
                parts.Add(seconds >= 60 && seconds % 60 == 0
                    ? Text("dose.minutes", "minutes", Range(seconds / 60, dose.DurationSecondsMax / 60))
                    : Text("dose.seconds", "seconds", Range(seconds, dose.DurationSecondsMax)));
            }

            if (dose.IntervalMinutesMin is { } interval)
            {
                parts.Add(Text("dose.interval", "minutes", Range(interval, dose.IntervalMinutesMax)));
            }

            if (dose.SessionsPerWeek is { } sessions)
            {
                parts.Add(Text("dose.sessionsPerWeek", "count", Number(sessions)));
            }

            if (dose.DurationDays is { } days)
            {
                parts.Add(days == 1 ? TriageTexts.Get("dose.oneDay", language) : Text("dose.days", "count", Number(days)));
            }

            if (dose.Frequency is { } frequency)
            {
                parts.Add(frequency);
            }

            return string.Join(", ", parts);
        }

        private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Range(int min, int? max) => max is { } m && m != min ? $"{Number(min)}-{Number(m)}" : Number(min);

        private static string ContractName(Disposition disposition)
        {
            var name = disposition.ToString();
            return char.ToLowerInvariant(name[0]) + name.Substring(1);
        }
    }
}
