using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using RunnerBack.AspNetCore;
using RunnerBack.Json;
using RunnerBack.Tests.Cli;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.AspNetCore
{
    // Logs, traces and metrics named RunnerBack, with codes and outcomes and never an answer.
    [Collection(nameof(TelemetryTests))]
    public sealed class TelemetryTests
    {
        [Trait("Hazard", "H04")]
        [Fact]
        public async Task AFaultedRuleIsLoggedAtWarningWithItsIdAndExceptionAndCounted()
        {
            using var metrics = new CapturedMetrics();
            await using var app = await TestApp.StartAsync(configure: b => b.AddRule(new ThrowingRule(RuleKind.Contributor, "test.faulty")));
            using var response = await app.PostAsync("/triage", File.ReadAllText(Path.Combine(CliProcess.Samples, "keep-running.json")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var result = TriageJson.DeserializeResult(await response.Content.ReadAsStringAsync());
            Assert.False(result.IsComplete);

            var warning = Assert.Single(app.Logs.Lines, l => l.EventId.Name == "RuleFaulted");
            Assert.Equal(RunnerBackDiagnostics.LoggerCategory, warning.Category);
            Assert.Equal(LogLevel.Warning, warning.Level);
            Assert.Contains("test.faulty", warning.Message, StringComparison.Ordinal);
            Assert.Equal("boom", Assert.IsType<InvalidOperationException>(warning.Exception).Message);
            Assert.Contains(metrics.Measurements, m => m.Instrument == "runnerback.rule.faults" && m.Tags["runnerback.rule.id"] as string == "test.faulty");
        }

        [Trait("Hazard", "H04")]
        [Fact]
        public async Task AFaultedRuleMakesTheHealthCheckDegraded()
        {
            await using var healthy = await TestApp.StartAsync();
            Assert.Equal("Healthy", await healthy.Client.GetStringAsync("/health"));
            await using var faulty = await TestApp.StartAsync(configure: b => b.AddRule(new ThrowingRule(RuleKind.Contributor)));
            Assert.Equal("Degraded", await faulty.Client.GetStringAsync("/health"));
        }

        [Fact]
        public async Task NoAnswerReachesALogATraceOrAMetric()
        {
            using var metrics = new CapturedMetrics();
            using var activities = new CapturedActivities();
            await using var app = await TestApp.StartAsync();

            // Answers whose values would stand out in any text: a day count, an age and named choices.
            const string request = "{\"requestId\":\"req-4417\",\"painLevel\":6,\"quality\":\"stabbing\",\"location\":\"betweenShoulderBlades\",\"radiatesTo\":[\"jaw\"],"
                + "\"trend\":\"worsening\",\"onset\":\"sudden\",\"timing\":\"atNight\",\"persistsAfterStopping\":true,\"altersRunningForm\":true,\"durationDays\":173,"
                + "\"selfCareTried\":true,\"recentTrauma\":false,\"symptoms\":[\"sweating\"],\"runner\":{\"age\":97,\"history\":[\"osteoporosis\"]}}";
            using var triage = await app.PostAsync("/triage", request);
            Assert.Equal(HttpStatusCode.OK, triage.StatusCode);
            using var interview = await app.PostAsync("/interview", "{\"answers\":{\"painLevel\":6,\"location\":\"betweenShoulderBlades\",\"durationDays\":173}}");
            Assert.Equal(HttpStatusCode.OK, interview.StatusCode);
            using var invalid = await app.PostAsync("/triage", "{\"painLevel\":6,\"quality\":\"stabbingg\",\"durationDays\":173}");
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

            // The telemetry is there: spans, instruments and the refusal's log line.
            Assert.Contains(activities.Stopped, a => a.OperationName == "runnerback.triage");
            Assert.Contains(activities.Stopped, a => a.OperationName == "runnerback.interview" && (string?)a.GetTagItem("runnerback.interview.status") == "question");
            Assert.Contains(metrics.Measurements, m => m.Instrument == "runnerback.assessments" && (string?)m.Tags["runnerback.disposition"] == "emergency");
            Assert.Contains(metrics.Measurements, m => m.Instrument == "runnerback.assessment.duration");
            Assert.Contains(metrics.Measurements, m => m.Instrument == "runnerback.interview.steps");
            Assert.Contains(metrics.Measurements, m => m.Instrument == "runnerback.requests.refused");
            Assert.Contains(app.Logs.Lines, l => l.EventId.Name == "RequestRefused" && l.Message.Contains("unknownValue", StringComparison.Ordinal));

            // And none of it holds an answer.
            // (ASP.NET's own request logs hold no body either, but timings such as 1.2597ms would match "97".)
            var written = app.Logs.Lines.Where(l => l.Category.StartsWith("RunnerBack", StringComparison.Ordinal)).Select(l => l.Message)
                .Concat(activities.Stopped.SelectMany(a => a.TagObjects.Select(t => t.Key + "=" + t.Value)))
                .Concat(activities.Stopped.Select(a => a.DisplayName))
                .Concat(metrics.Measurements.SelectMany(m => m.Tags.Select(t => t.Key + "=" + t.Value)))
                .ToArray();
            Assert.NotEmpty(written);
            foreach (var answer in new[] { "173", "97", "stabbing", "betweenShoulderBlades", "jaw", "atNight", "sweating", "osteoporosis", "req-4417" })
            {
                Assert.DoesNotContain(written, line => line.Contains(answer, StringComparison.Ordinal));
            }
        }

        internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);

        // Every measurement of the RunnerBack meter while it lives.
        internal sealed class CapturedMetrics : IDisposable
        {
            private readonly MeterListener _listener = new MeterListener();
            private readonly ConcurrentQueue<Measurement> _measurements = new ConcurrentQueue<Measurement>();

            public CapturedMetrics()
            {
                _listener.InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == RunnerBackDiagnostics.MeterName)
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                };
                _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
                _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
                _listener.Start();
            }

            public IReadOnlyCollection<Measurement> Measurements => _measurements;

            public void Dispose() => _listener.Dispose();

            private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
                _measurements.Enqueue(new Measurement(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
        }

        // Every activity of the RunnerBack source while it lives.
        internal sealed class CapturedActivities : IDisposable
        {
            private readonly ActivityListener _listener;
            private readonly ConcurrentQueue<Activity> _stopped = new ConcurrentQueue<Activity>();

            public CapturedActivities()
            {
                _listener = new ActivityListener
                {
                    ShouldListenTo = source => source.Name == RunnerBackDiagnostics.ActivitySourceName,
                    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                    ActivityStopped = _stopped.Enqueue,
                };
                ActivitySource.AddActivityListener(_listener);
            }

            public IReadOnlyCollection<Activity> Stopped => _stopped;

            public void Dispose() => _listener.Dispose();
        }
    }
}
