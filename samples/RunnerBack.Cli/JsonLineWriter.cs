using System;
using System.Buffers;
using System.Buffers.Text;
using System.IO;
using System.Text;
using RunnerBack.Json;

namespace RunnerBack.Cli
{
    // JSON Lines output as bytes (see JsonLine for the shape): each result is written into a reused
    // buffer and copied after its line number into a 64 KiB stream buffer, so a line costs no string
    // and about one write call per 64 KiB. An invalid line's errors take the text path: they are rare.
    internal sealed class JsonLineWriter : IDisposable
    {
        private static readonly byte[] LineStart = Encoding.UTF8.GetBytes("{\"line\":");

        private readonly BufferedStream _output;
        private readonly ArrayBufferWriter<byte> _result = new ArrayBufferWriter<byte>(16 * 1024);
        private readonly byte[] _number = new byte[16];

        // Anything the writer holds is flushed first, so the bytes follow it in order.
        public JsonLineWriter(StreamWriter writer)
        {
            writer.Flush();
            _output = new BufferedStream(writer.BaseStream, 64 * 1024);
        }

        public void Write(int lineNumber, TriageResponse response, TraceDetail trace)
        {
            _result.Clear();
            if (response.Result is { } result)
            {
                TriageJson.Serialize(result, _result, trace);
            }
            else
            {
                _result.Write(Encoding.UTF8.GetBytes(TriageJson.Serialize(response, trace: trace)));
            }

            var json = _result.WrittenSpan;
            _output.Write(LineStart, 0, LineStart.Length);
            Utf8Formatter.TryFormat(lineNumber, _number, out var digits);
            _output.Write(_number, 0, digits);
            if (json.Length > 2)
            {
                _output.WriteByte((byte)',');
            }

            _output.Write(json.Slice(1));
            _output.WriteByte((byte)'\n');
        }

        public void Dispose() => _output.Flush();
    }
}
