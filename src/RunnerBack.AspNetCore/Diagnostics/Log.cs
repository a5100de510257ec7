using System;
using Microsoft.Extensions.Logging;

namespace RunnerBack.AspNetCore.Diagnostics
{
    // The log events (docs/aspnetcore.md, Observability). Each names codes, ids and counts only:
    // never an answer, a path's value or a request body.
    internal static partial class Log
    {
        [LoggerMessage(EventId = 1, EventName = "RuleFaulted", Level = LogLevel.Warning,
            Message = "Triage rule {RuleId} threw; its output was discarded and the answer was made more cautious (fail-safe).")]
        public static partial void RuleFaulted(ILogger logger, string ruleId, Exception exception);

        [LoggerMessage(EventId = 2, EventName = "RequestRefused", Level = LogLevel.Information,
            Message = "Refused a RunnerBack request with {StatusCode}: {ErrorCount} problem(s), codes {Codes}.")]
        public static partial void RequestRefused(ILogger logger, int statusCode, int errorCount, string codes);

        [LoggerMessage(EventId = 3, EventName = "RequestAborted", Level = LogLevel.Debug,
            Message = "A RunnerBack request was aborted by the client before its body was read.")]
        public static partial void RequestAborted(ILogger logger);
    }
}
