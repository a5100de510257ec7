using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace RunnerBack.AspNetCore.Diagnostics
{
    // One place for what the endpoints report: spans, instruments and log events. Tags carry codes
    // and outcomes, never answers (health data).
    internal sealed class RunnerBackTelemetry
    {
        private static readonly ActivitySource Source = new ActivitySource(RunnerBackDiagnostics.ActivitySourceName, typeof(RunnerBackTelemetry).Assembly.GetName().Version?.ToString());

        private static readonly string[] DispositionNames = WireNames<Disposition>();
        private static readonly string[] StatusNames = WireNames<InterviewStatus>();

        private readonly Counter<long> _assessments;
        private readonly Counter<long> _faults;
        private readonly Counter<long> _steps;
        private readonly Counter<long> _refused;
        private readonly Histogram<double> _duration;

        public RunnerBackTelemetry(IMeterFactory meters, ILoggerFactory loggers)
        {
            var meter = meters.Create(RunnerBackDiagnostics.MeterName);
            _assessments = meter.CreateCounter<long>("runnerback.assessments", "{assessment}", "Assessments answered, by disposition.");
            _faults = meter.CreateCounter<long>("runnerback.rule.faults", "{fault}", "Rules that threw and were handled fail-safe, by rule id.");
            _steps = meter.CreateCounter<long>("runnerback.interview.steps", "{step}", "Interview steps answered, by status.");
            _refused = meter.CreateCounter<long>("runnerback.requests.refused", "{request}", "Requests refused before triage, by HTTP status.");
            _duration = meter.CreateHistogram<double>("runnerback.assessment.duration", "s", "Time to triage a valid request (reading excluded).");
            Logger = loggers.CreateLogger(RunnerBackDiagnostics.LoggerCategory);
        }

        public ILogger Logger { get; }

        public static Activity? StartTriage() => Source.StartActivity("runnerback.triage");

        public static Activity? StartInterview() => Source.StartActivity("runnerback.interview");

        public void Assessed(Activity? activity, TriageResult result, long startTimestamp)
        {
            var disposition = DispositionNames[(int)result.Disposition];
            _assessments.Add(1, new KeyValuePair<string, object?>("runnerback.disposition", disposition));
            _duration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, new KeyValuePair<string, object?>("runnerback.disposition", disposition));
            activity?.SetTag("runnerback.rule_set_version", result.RuleSetVersion);
            activity?.SetTag("runnerback.complete", result.IsComplete);
        }

        public void InterviewStep(Activity? activity, InterviewStep step)
        {
            var status = StatusNames[(int)step.Status];
            _steps.Add(1, new KeyValuePair<string, object?>("runnerback.interview.status", status));
            activity?.SetTag("runnerback.interview.status", status);
            activity?.SetTag("runnerback.interview.asked", step.Asked);
        }

        public void RuleFaulted(TriageRuleException fault)
        {
            _faults.Add(1, new KeyValuePair<string, object?>("runnerback.rule.id", fault.RuleId));
            Log.RuleFaulted(Logger, fault.RuleId, fault.InnerException ?? fault);
            Activity.Current?.AddEvent(new ActivityEvent("runnerback.rule.faulted", tags: new ActivityTagsCollection { ["runnerback.rule.id"] = fault.RuleId }));
        }

        public void Refused(int statusCode, IReadOnlyList<Json.ValidationError> errors)
        {
            _refused.Add(1, new KeyValuePair<string, object?>("http.response.status_code", statusCode));
            if (Logger.IsEnabled(LogLevel.Information))
            {
                var codes = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var error in errors)
                {
                    codes.Add(error.Code);
                }

                Log.RequestRefused(Logger, statusCode, errors.Count, string.Join(",", codes));
            }
        }

        // The wire contract's camelCase names, as the JSON writes them; enums are dense from 0.
        private static string[] WireNames<T>()
            where T : struct, Enum
        {
            var values = Enum.GetValues<T>();
            var names = new string[values.Length];
            foreach (var value in values)
            {
                names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
            }

            return names;
        }
    }
}
