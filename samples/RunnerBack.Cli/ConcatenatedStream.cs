using System;
using System.IO;

namespace RunnerBack.Cli
{
    // Reads one stream and then another: the bytes already peeked at, then the rest of the input.
    internal sealed class ConcatenatedStream : Stream
    {
        private readonly Stream _first;
        private readonly Stream _second;
        private bool _firstDone;

        public ConcatenatedStream(Stream first, Stream second)
        {
            _first = first;
            _second = second;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (!_firstDone)
            {
                var read = _first.Read(buffer, offset, count);
                if (read > 0)
                {
                    return read;
                }

                _firstDone = true;
            }

            return _second.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _first.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
