using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using RunnerBack.Tests.Cli;

namespace RunnerBack.Tests.WebApi
{
    // Starts the real web sample (its built dll under `dotnet`) on a free loopback port for the
    // tests of one class, and stops it afterwards.
    public sealed class WebApiServer : IDisposable
    {
        private readonly Process _process;

        public WebApiServer()
        {
            var port = FreePort();
            BaseAddress = new Uri($"http://127.0.0.1:{port}");
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var dll = Path.Combine(CliProcess.RepositoryRoot, "samples", "RunnerBack.WebApi", "bin", configuration, "net10.0", "RunnerBack.WebApi.dll");
            var start = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls {BaseAddress}")
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(dll)!,
            };
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            _process = Process.Start(start)!;
            _process.OutputDataReceived += (_, _) => { };
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            WaitUntilHealthy();
        }

        public Uri BaseAddress { get; }

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }

            _process.Dispose();
        }

        private void WaitUntilHealthy()
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The web sample exited with code {_process.ExitCode}.");
                }

                try
                {
                    if (Client.GetAsync("/health").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                Thread.Sleep(100);
            }

            throw new TimeoutException("The web sample did not become healthy within 60 s.");
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
