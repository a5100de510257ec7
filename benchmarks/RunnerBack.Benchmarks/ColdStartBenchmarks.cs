using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace RunnerBack.Benchmarks
{
    // A fresh process to its first result with the default engine, under the JIT: the ColdStart
    // program triages one assessment (FirstResult) or returns at once (ProcessOnly, the baseline),
    // so FirstResult minus ProcessOnly is what the library adds to an app's start. Every
    // invocation is a new process, so there is nothing to warm up.
    [SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 25)]
    public class ColdStartBenchmarks
    {
        private static readonly string Program = FindProgram();

        [Benchmark(Baseline = true)]
        public int ProcessOnly() => Run("none");

        [Benchmark]
        public int FirstResult() => Run("assess");

        private static int Run(string mode)
        {
            var start = new ProcessStartInfo("dotnet", $"\"{Program}\" {mode}") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? 0 : throw new InvalidOperationException($"The cold-start program exited with {process.ExitCode}.");
        }

        // The program is built with the solution, beside this project; BenchmarkDotNet runs its
        // benchmarks from a folder of its own under this project's output, so look upwards.
        private static string FindProgram()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var program = Path.Combine(folder.FullName, "benchmarks", "RunnerBack.ColdStart", "bin", "Release", "net10.0", "RunnerBack.ColdStart.dll");
                if (File.Exists(program))
                {
                    return program;
                }
            }

            throw new FileNotFoundException("Build RunnerBack.ColdStart in Release first (it is in RunnerBack.sln).");
        }
    }
}
