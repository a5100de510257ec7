using System;
using System.IO;

namespace RunnerBack.Cli
{
    // Reads a stream line by line in constant memory: a line longer than the limit is not kept,
    // only reported as too long, so a 100 MB file with any line lengths never grows the heap.
    internal sealed class BoundedLineReader
    {
        private readonly Stream _stream;
        private readonly byte[] _buffer = new byte[64 * 1024];
        private readonly byte[] _line;
        private int _start;
        private int _end;

        public BoundedLineReader(Stream stream, int maxLineBytes)
        {
            _stream = stream;
            _line = new byte[maxLineBytes + 1];
        }

        // False at the end of the stream. Otherwise the line (without \n or \r\n) is in the
        // returned span, unless it was longer than the limit: then tooLong is true and the span holds only its start.
        public bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong)
        {
            var length = 0;
            var sawAny = false;
            tooLong = false;
            while (true)
            {
                if (_start == _end)
                {
                    _start = 0;
                    _end = _stream.Read(_buffer, 0, _buffer.Length);
                    if (_end == 0)
                    {
                        line = new ReadOnlySpan<byte>(_line, 0, Math.Min(length, _line.Length));
                        return sawAny;
                    }
                }

                sawAny = true;
                var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                var stop = newline < 0 ? _end : newline;
                var room = _line.Length - length;
                var take = Math.Min(room, stop - _start);
                Buffer.BlockCopy(_buffer, _start, _line, length, take);
                length += take;
                tooLong |= stop - _start > room;
                _start = newline < 0 ? _end : newline + 1;
                if (newline >= 0)
                {
                    var end = Math.Min(length, _line.Length);
                    if (!tooLong && end > 0 && _line[end - 1] == (byte)'\r')
                    {
                        end--;
                    }

                    line = new ReadOnlySpan<byte>(_line, 0, end);
                    return true;
                }
            }
        }
    }
}
