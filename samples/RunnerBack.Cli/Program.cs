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
    return Cli.Run(args, Console.OpenStandardInput, stdout, Console.Error);
}
finally
{
    stdout.Flush();
}
