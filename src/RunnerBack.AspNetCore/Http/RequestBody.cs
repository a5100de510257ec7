using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using RunnerBack.Json;

namespace RunnerBack.AspNetCore.Http
{
    // What reading a request body gave.
    internal enum BodyStatus
    {
        Read,
        NotJson,
        TooLarge,
        BadRequest,
        Aborted,
    }

    // A request body read from the request's PipeReader without blocking and without buffering more
    // than TriageJson.MaxInputBytes + 1 bytes: an oversized body is refused whether or not it
    // announced its length. The bytes are pooled; dispose to return them.
    internal readonly struct RequestBody : IDisposable
    {
        private readonly byte[]? _bytes;

        private RequestBody(BodyStatus status, byte[]? bytes = null, int length = 0, int statusCode = 0)
        {
            Status = status;
            _bytes = bytes;
            Length = length;
            StatusCode = statusCode;
        }

        public BodyStatus Status { get; }

        public int Length { get; }

        // For BadRequest: the status Kestrel gave the broken body (400 truncated, 408 too slow, ...).
        public int StatusCode { get; }

        public ReadOnlySpan<byte> Bytes => new ReadOnlySpan<byte>(_bytes, 0, Length);

        public static async ValueTask<RequestBody> ReadAsync(HttpContext http)
        {
            var request = http.Request;
            if (!request.HasJsonContentType())
            {
                return new RequestBody(BodyStatus.NotJson);
            }

            if (request.ContentLength > TriageJson.MaxInputBytes)
            {
                return new RequestBody(BodyStatus.TooLarge);
            }

            var reader = request.BodyReader;
            try
            {
                while (true)
                {
                    var read = await reader.ReadAsync(http.RequestAborted).ConfigureAwait(false);
                    var buffer = read.Buffer;
                    if (buffer.Length > TriageJson.MaxInputBytes)
                    {
                        reader.AdvanceTo(buffer.End);
                        return new RequestBody(BodyStatus.TooLarge);
                    }

                    if (read.IsCompleted || read.IsCanceled)
                    {
                        var length = (int)buffer.Length;
                        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                        buffer.CopyTo(bytes);
                        reader.AdvanceTo(buffer.End);
                        return new RequestBody(BodyStatus.Read, bytes, length);
                    }

                    // Nothing consumed, everything examined: wake up when more has arrived.
                    reader.AdvanceTo(buffer.Start, buffer.End);
                }
            }
            catch (BadHttpRequestException broken)
            {
                // A truncated body, one that arrives too slowly, or one past the server's own limit.
                return new RequestBody(BodyStatus.BadRequest, statusCode: broken.StatusCode);
            }
            catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
            {
                return new RequestBody(BodyStatus.Aborted);
            }
            catch (System.IO.IOException)
            {
                // The connection went away mid-body (BadHttpRequestException, caught above, is an IOException too).
                return new RequestBody(BodyStatus.Aborted);
            }
        }

        public void Dispose()
        {
            if (_bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
            }
        }
    }
}
