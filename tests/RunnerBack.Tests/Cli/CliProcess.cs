using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace RunnerBack.Tests.Cli
{
    // Runs the real CLI (the built RunnerBack.Cli.dll under `dotnet`) and captures what it prints.
    internal static class CliProcess
    {
        public static string RepositoryRoot { get; } = FindRoot();

        public static string Samples => Path.Combine(RepositoryRoot, "samples", "assessments");

        public static (int ExitCode, string Stdout, string Stderr) Run(string arguments, string? stdin = null, Action<Stream>? writeStdin = null, (string Name, string Value)? environment = null)
        {
            var start = new ProcessStartInfo("dotnet", $"\"{CliPath()}\" {arguments}")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = RepositoryRoot,
            };
            if (environment is { } variable)
            {
                start.Environment[variable.Name] = variable.Value;
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var feed = Task.Run(() =>
            {
                if (writeStdin is not null)
                {
                    writeStdin(process.StandardInput.BaseStream);
                }
                else if (stdin is not null)
                {
                    process.StandardInput.Write(stdin);
                }

                process.StandardInput.Close();
            });
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The CLI did not finish: " + arguments);
            }

            feed.GetAwaiter().GetResult();
            return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }

        private static string CliPath()
        {
            // tests/RunnerBack.Tests/bin/<Configuration>/<tfm>/ -> samples/RunnerBack.Cli/bin/<Configuration>/net10.0/
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var path = Path.Combine(RepositoryRoot, "samples", "RunnerBack.Cli", "bin", configuration, "net10.0", "RunnerBack.Cli.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the CLI first.", path);
        }

        private static string FindRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RunnerBack.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new DirectoryNotFoundException("RunnerBack.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
