using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace RunnerBack.Json
{
    // Reads a stream into a pooled buffer, at most TriageJson.MaxInputBytes + 1 bytes: one byte more
    // than allowed tells "too large" without buffering the rest of an oversized input.
    internal readonly struct BoundedInput : IDisposable
    {
        private readonly byte[] _buffer;

        private BoundedInput(byte[] buffer, int length)
        {
            _buffer = buffer;
            Length = length;
        }

        public int Length { get; }

        public bool IsTooLarge => Length > TriageJson.MaxInputBytes;

        public ReadOnlySpan<byte> Bytes => new ReadOnlySpan<byte>(_buffer, 0, Length);

        public static BoundedInput Read(Stream stream)
        {
            var buffer = Rent();
            var length = 0;
            int read;
            while (length <= TriageJson.MaxInputBytes && (read = stream.Read(buffer, length, TriageJson.MaxInputBytes + 1 - length)) > 0)
            {
                length += read;
            }

            return new BoundedInput(buffer, length);
        }

        public static async Task<BoundedInput> ReadAsync(Stream stream, CancellationToken cancellationToken)
        {
            var buffer = Rent();
            var length = 0;
            int read;
            while (length <= TriageJson.MaxInputBytes && (read = await stream.ReadAsync(buffer, length, TriageJson.MaxInputBytes + 1 - length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            return new BoundedInput(buffer, length);
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

        // Rented arrays may be longer than asked for; the reads stop at exactly the limit plus one.
        private static byte[] Rent() => ArrayPool<byte>.Shared.Rent(TriageJson.MaxInputBytes + 1);
    }
}
