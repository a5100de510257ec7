using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RunnerBack.Tests.AspNetCore
{
    // An app as a developer would write it with RunnerBack.AspNetCore, on ASP.NET's in-memory test
    // server, with every log line it writes captured.
    internal sealed class TestApp : IAsyncDisposable
    {
        private TestApp(WebApplication app, CapturedLogs logs)
        {
            App = app;
            Logs = logs;
            Client = app.GetTestClient();
        }

        public WebApplication App { get; }

        public HttpClient Client { get; }

        public CapturedLogs Logs { get; }

        public static async Task<TestApp> StartAsync(
            IDictionary<string, string?>? settings = null,
            Action<TriageEngineBuilder>? configure = null,
            Action<WebApplicationBuilder>? services = null,
            Action<RouteGroupBuilder>? group = null,
            string prefix = "")
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
            var logs = new CapturedLogs();
            builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
            builder.Services.AddRunnerBackTriage(builder.Configuration.GetSection("RunnerBack"), configure);
            services?.Invoke(builder);
            var app = builder.Build();
            var endpoints = app.MapRunnerBack(prefix);
            group?.Invoke(endpoints);
            await app.StartAsync();
            return new TestApp(app, logs);
        }

        public Task<HttpResponseMessage> PostAsync(string path, string json, string contentType = "application/json") =>
            Client.PostAsync(path, new StringContent(json, Encoding.UTF8, contentType));

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    internal sealed record LogLine(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);

    internal sealed class CapturedLogs : ILoggerProvider
    {
        private readonly ConcurrentQueue<LogLine> _lines = new ConcurrentQueue<LogLine>();

        public IReadOnlyCollection<LogLine> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger : ILogger
        {
            private readonly string _category;
            private readonly ConcurrentQueue<LogLine> _lines;

            public Logger(string category, ConcurrentQueue<LogLine> lines)
            {
                _category = category;
                _lines = lines;
            }

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                _lines.Enqueue(new LogLine(_category, logLevel, eventId, formatter(state, exception), exception));
        }
    }
}
