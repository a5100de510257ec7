using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RunnerBack.Json;
using RunnerBack.Tests.Cli;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // The async stream overloads, for request bodies that refuse synchronous reads (ASP.NET Core's).
    public sealed class AsyncReadingTests
    {
        [Fact]
        public async Task AsyncReadingGivesTheSameAnswersAsReadingBytes()
        {
            foreach (var file in Directory.GetFiles(CliProcess.Samples, "*.json"))
            {
                var bytes = File.ReadAllBytes(file);
                var response = await TriageJson.AssessAsync(new AsyncOnlyStream(bytes));
                Assert.Equal(TriageJson.Assess(bytes).Result, response.Result);
                Assert.NotNull(response.Result);
            }

            var interview = Encoding.UTF8.GetBytes("{\"answers\":{\"painLevel\":8,\"quality\":\"sharp\",\"location\":\"midBack\"},\"language\":\"fr\"}");
            Assert.Equal(InterviewJson.Next(interview), await InterviewJson.NextAsync(new AsyncOnlyStream(interview)));
        }

        [Fact]
        public async Task AnOversizedStreamIsRefusedAfterOneByteTooMany()
        {
            var stream = new AsyncOnlyStream(new byte[TriageJson.MaxInputBytes * 3]);
            var parsed = await TriageJson.ParseAssessmentAsync(stream);
            Assert.Equal(ValidationCodes.TooLarge, Assert.Single(parsed.Errors).Code);
            Assert.Equal(TriageJson.MaxInputBytes + 1, stream.Position);

            var interview = await InterviewJson.NextAsync(new AsyncOnlyStream(new byte[TriageJson.MaxInputBytes + 1]));
            Assert.Equal(ValidationCodes.TooLarge, Assert.Single(interview.Errors).Code);
        }

        [Fact]
        public async Task CancellationStopsTheRead()
        {
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TriageJson.ParseAssessmentAsync(new AsyncOnlyStream(new byte[10]), cancelled.Token));
            await Assert.ThrowsAsync<ArgumentNullException>(() => TriageJson.AssessAsync(null!));
            await Assert.ThrowsAsync<ArgumentNullException>(() => InterviewJson.NextAsync(null!));
        }

        // Like ASP.NET Core's request body: synchronous reads throw; reads come in small pieces.
        private sealed class AsyncOnlyStream : MemoryStream
        {
            public AsyncOnlyStream(byte[] bytes)
                : base(bytes)
            {
            }

            public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Task.FromResult(base.Read(buffer, offset, Math.Min(count, 1000)));
            }
        }
    }
}
