using System;
using System.IO;
using System.Text.Json;
using RunnerBack.Json;

namespace RunnerBack.Cli
{
    // `assess`: one JSON object in, one result out; or JSON Lines in, one output line per input line, streamed.
    internal static class AssessCommand
    {
        // A batch this long gets a progress line on stderr, when stderr is a terminal.
        private const int ProgressEvery = 10_000;

        public static int Run(CliOptions options, Func<Stream> stdin, TextWriter output, TextWriter? progress = null)
        {
            using var input = options.Input == "-" ? stdin() : File.OpenRead(options.Input!);

            // Look at the first 64 KiB + 1 bytes: enough for any valid single object, and enough to
            // tell JSON Lines (a complete object on the first line, more after it) from one document.
            var head = new byte[TriageJson.MaxInputBytes + 1];
            var headLength = ReadUpTo(input, head);
            var jsonLines = options.ForceJsonLines
                || (options.Input ?? string.Empty).EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                || LooksLikeJsonLines(new ReadOnlySpan<byte>(head, 0, headLength));

            if (jsonLines)
            {
                using var all = new ConcatenatedStream(new MemoryStream(head, 0, headLength), input);
                return RunLines(all, options, output, progress);
            }

            var response = TriageJson.Assess(new ReadOnlySpan<byte>(head, 0, headLength), options.Engine);
            if (options.Text)
            {
                TextReport.Write(response, line: null, output);
            }
            else
            {
                output.Write(TriageJson.Serialize(response, indented: true, options.Trace));
                output.Write('\n');
            }

            return response.IsValid ? Cli.Ok : Cli.InvalidInput;
        }

        private static int RunLines(Stream input, CliOptions options, TextWriter output, TextWriter? progress)
        {
            var reader = new BoundedLineReader(input, TriageJson.MaxInputBytes);
            var engine = options.Engine;
            var lineNumber = 0;
            var anyInvalid = false;

            // Bytes in, bytes out: where the output is a stream, the JSON lines go to it as UTF-8
            // through one large buffer, never through a string.
            using var lines = !options.Text && output is StreamWriter writer ? new JsonLineWriter(writer) : null;
            while (reader.TryReadLine(out var line, out var tooLong))
            {
                lineNumber++;
                if (progress is not null && lineNumber % ProgressEvery == 0)
                {
                    // One line, rewritten in place: the count so far, on the terminal only.
                    progress.Write($"\rrunnerback: {lineNumber.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} lines...");
                    progress.Flush();
                }

                // A blank line is answered too (as empty input), so output line N is input line N's.
                var response = tooLong ? TriageJson.Assess(new string(' ', TriageJson.MaxInputBytes + 1)) : TriageJson.Assess(line, engine);
                anyInvalid |= !response.IsValid;
                if (options.Text)
                {
                    TextReport.Write(response, lineNumber, output);
                }
                else if (lines is not null)
                {
                    lines.Write(lineNumber, response, options.Trace);
                }
                else
                {
                    JsonLine.Write(output, lineNumber, TriageJson.Serialize(response, trace: options.Trace));
                }
            }

            if (progress is not null && lineNumber >= ProgressEvery)
            {
                progress.Write($"\rrunnerback: {lineNumber.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} lines done\n");
            }

            return anyInvalid ? Cli.InvalidInput : Cli.Ok;
        }

        private static bool LooksLikeJsonLines(ReadOnlySpan<byte> head)
        {
            var newline = head.IndexOf((byte)'\n');
            if (newline < 0 || IsBlank(head.Slice(newline + 1)))
            {
                return false;
            }

            try
            {
                var reader = new Utf8JsonReader(head.Slice(0, newline), isFinalBlock: true, state: default);
                return reader.Read() && reader.TokenType == JsonTokenType.StartObject && reader.TrySkip() && !reader.Read();
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static bool IsBlank(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
                {
                    return false;
                }
            }

            return true;
        }

        private static int ReadUpTo(Stream stream, byte[] buffer)
        {
            var length = 0;
            int read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }

            return length;
        }
    }
}
