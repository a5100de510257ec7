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
            output.Write($"{Label(result.Disposition)}\n");
            output.Write(result.Headline + "\n");
            if (result.ScopeNote is { } scopeNote)
            {
                output.Write(scopeNote + "\n");
            }

            if (!result.IsComplete)
            {
                output.Write("Incomplete: a rule failed, so the advice was made more cautious.\n");
            }

            // Plain headings and the runner's words, no codes; a heading only when it has lines.
            Section(output, "Warning signs", result.RedFlags.Select(f => "! " + f.Explanation));
            Section(output, "Why to stop running", result.Findings.Where(f => f.Kind == FindingKind.StopSignal).Select(f => "- " + f.Explanation));
            Section(output, "What may be adding to it", result.Contributors.Select(c => "- " + c.Explanation));
            Section(output, "What to do", result.Recommendations.Select(r => $"* {r.Title} ({DoseText(r.Dose)}): {r.Instructions}"));

            Section(output, "What would change the answer", result.WhatWouldChange.Select(c => "> " + c.Text));

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

        public static string DoseText(Dose dose)
        {
            var parts = new List<string>();
            if (dose.HoldSecondsMin is { } hold)
            {
                parts.Add(dose.HoldSecondsMax is { } max && max != hold ? $"hold {hold}-{max} s" : $"hold {hold} s");
            }

            if (dose.Repetitions is { } reps)
            {
                parts.Add(dose.PerSide == true ? $"{reps} repetitions per side" : $"{reps} repetitions");
            }

            if (dose.PauseSecondsMin is { } pause)
            {
                parts.Add($"pause {Range(pause, dose.PauseSecondsMax)} s");
            }

            if (dose.DurationSecondsMin is { } seconds)
            {
                parts.Add(seconds >= 60 && seconds % 60 == 0 ? $"{Range(seconds / 60, dose.DurationSecondsMax / 60)} min" : $"{Range(seconds, dose.DurationSecondsMax)} s");
            }

            if (dose.IntervalMinutesMin is { } interval)
            {
                parts.Add($"every {Range(interval, dose.IntervalMinutesMax)} min");
            }

            if (dose.SessionsPerWeek is { } sessions)
            {
                parts.Add($"{sessions}x a week");
            }

            if (dose.DurationDays is { } days)
            {
                parts.Add(days == 1 ? "1 day" : $"{days} days");
            }

            if (dose.Frequency is { } frequency)
            {
                parts.Add(frequency);
            }

            return string.Join(", ", parts);
        }

        private static string Range(int min, int? max) => max is { } m && m != min ? $"{min}-{m}" : min.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Label(Disposition disposition) => disposition switch
        {
            Disposition.KeepRunning => "KEEP RUNNING",
            Disposition.RunWithModifications => "RUN WITH MODIFICATIONS",
            Disposition.StopAndRest => "STOP AND REST",
            Disposition.SeeProfessional => "SEE A PROFESSIONAL",
            Disposition.UrgentCare => "URGENT CARE TODAY",
            _ => "EMERGENCY",
        };
    }
}
