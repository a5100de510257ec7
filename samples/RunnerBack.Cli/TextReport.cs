using System.Collections.Generic;
using System.IO;
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
            if (!result.IsComplete)
            {
                output.Write("Incomplete: a rule failed, so the advice was made more cautious.\n");
            }

            output.Write(result.RedFlags.Count == 0 ? "Red flags: none\n" : "Red flags:\n");
            foreach (var flag in result.RedFlags)
            {
                output.Write($"  ! {flag.Code}: {flag.Explanation}\n");
            }

            foreach (var finding in result.Findings)
            {
                if (finding.Kind == FindingKind.StopSignal)
                {
                    output.Write($"  stop: {finding.Code}: {finding.Explanation}\n");
                }
            }

            if (result.Contributors.Count > 0)
            {
                output.Write("Likely contributors:\n");
                foreach (var contributor in result.Contributors)
                {
                    output.Write($"  - {contributor.Code}: {contributor.Explanation}\n");
                }
            }

            output.Write("What to do:\n");
            foreach (var recommendation in result.Recommendations)
            {
                output.Write($"  * {recommendation.Title} ({DoseText(recommendation.Dose)}): {recommendation.Instructions}\n");
            }

            if (result.WhatWouldChange.Count > 0)
            {
                output.Write("What would change the answer:\n");
                foreach (var change in result.WhatWouldChange)
                {
                    output.Write($"  > {change.Text}\n");
                }
            }

            output.Write(result.Disclaimer + "\n\n");
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
