using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;

namespace RunnerBack.Testing
{
    // Starts the built web sample (its dll under `dotnet`, the configuration the caller was built
    // in) on a free loopback port, waits until /health answers, and stops it on Dispose. One file,
    // linked into the web tests, the browser tests and the load test.
    public sealed class SampleServer : IDisposable
    {
        private readonly Process _process;

        public SampleServer()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            BaseAddress = new Uri($"http://127.0.0.1:{port}/");
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var dll = Path.Combine(RepositoryRoot, "samples", "RunnerBack.WebApi", "bin", configuration, "net10.0", "RunnerBack.WebApi.dll");
            var start = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls {BaseAddress}")
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(dll)!,
            };
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            _process = Process.Start(start)!;
            _process.OutputDataReceived += (_, e) => OnOutput(e.Data);
            _process.ErrorDataReceived += (_, e) => OnOutput(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            WaitUntilHealthy();
        }

        public static string RepositoryRoot { get; } = FindRoot();

        public Uri BaseAddress { get; }

        public int Pid => _process.Id;

        // What the server writes at warning and above, for a caller that wants to show it.
        public Action<string>? Output { get; set; }

        // The server's resident memory in MB, from /proc (Linux).
        public long ResidentMegabytes()
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }

            _process.Dispose();
        }

        private void OnOutput(string? line)
        {
            if (line is not null)
            {
                Output?.Invoke(line);
            }
        }

        private void WaitUntilHealthy()
        {
            using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The web sample exited with code {_process.ExitCode}.");
                }

                try
                {
                    if (client.GetAsync("health").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException) when (DateTime.UtcNow < deadline)
                {
                    // Not listening yet.
                }

                if (DateTime.UtcNow >= deadline)
                {
                    throw new TimeoutException("The web sample did not become healthy within 60 s.");
                }

                Thread.Sleep(100);
            }
        }

        private static string FindRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RunnerBack.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("RunnerBack.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
