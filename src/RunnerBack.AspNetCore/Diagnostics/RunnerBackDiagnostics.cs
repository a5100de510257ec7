namespace RunnerBack.AspNetCore
{
    /// <summary>
    /// The names RunnerBack's telemetry uses, for an app's OpenTelemetry set-up:
    /// <c>.WithTracing(t =&gt; t.AddSource(RunnerBackDiagnostics.ActivitySourceName))</c> and
    /// <c>.WithMetrics(m =&gt; m.AddMeter(RunnerBackDiagnostics.MeterName))</c>.
    /// </summary>
    /// <remarks>
    /// Nothing a runner answered is ever written to a log, a trace or a metric: health data stays in
    /// the request. docs/aspnetcore.md lists every instrument, tag and log event.
    /// </remarks>
    public static class RunnerBackDiagnostics
    {
        /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> of the triage and interview spans: <c>RunnerBack</c>.</summary>
        public const string ActivitySourceName = "RunnerBack";

        /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> of the assessment, fault, interview and duration instruments: <c>RunnerBack</c>.</summary>
        public const string MeterName = "RunnerBack";

        /// <summary>The logger category of RunnerBack's log events: <c>RunnerBack</c>.</summary>
        public const string LoggerCategory = "RunnerBack";
    }
}
