using System.Linq;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/RunnerBack.Benchmarks -- --filter '*'
// See docs/performance.md for the short and dry jobs.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(RunnerBack.Benchmarks.AssessBenchmarks).Assembly).Run(args);

// Fail the process when a benchmark could not run, so CI's dry run catches rot.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
