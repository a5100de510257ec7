using System;
using System.IO;
using System.Text;
using RunnerBack.Cli;

// runnerback assess FILE|- [--format json|text] [--jsonl]
// runnerback explain [--format json|text]
// Exit codes: 0 success, 1 usage or I/O error, 2 invalid input.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
try
{
    // RUNNERBACK_PROGRESS=1 asks for the progress line where stderr is not a terminal (the tests do).
    var progress = !Console.IsErrorRedirected || Environment.GetEnvironmentVariable("RUNNERBACK_PROGRESS") == "1";
    return Cli.Run(args, Console.OpenStandardInput, stdout, Console.Error, progress);
}
finally
{
    stdout.Flush();
}
