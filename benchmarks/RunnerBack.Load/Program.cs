using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RunnerBack.Testing;

// Starts the built web sample on loopback and drives POST /triage, then POST /interview, with
// CLIENTS concurrent clients for SECONDS each. One request in ten is a fault: malformed JSON, an
// oversized body, a body that is not JSON, a truncated body, or one dribbled in slowly; a few more
// stall until the server gives up on them. Valid requests must get 200, faults their 4xx; any other
// answer, a 5xx or an exception is an error, and any error fails the run (exit 1).
// Run: dotnet run -c Release --project benchmarks/RunnerBack.Load -- [seconds] [clients]
var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
var clients = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 64;
var root = SampleServer.RepositoryRoot;
using var server = new SampleServer { Output = line => Console.WriteLine("server: " + line) };
using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

var triageBodies = Directory.GetFiles(Path.Combine(root, "samples", "assessments"), "*.json").Select(File.ReadAllText).ToArray();
var interviewBodies = File.ReadAllLines(Path.Combine(root, "samples", "interview", "steps.jsonl")).Where(l => l.Length > 0).ToArray();

Console.WriteLine($"{clients} clients, {seconds} s per endpoint, server pid {server.Pid}, {Environment.ProcessorCount} cores");
await Phase.RunAsync(http, server, "warm-up", "/triage", triageBodies, clients, 3, quiet: true);
var results = new List<Phase>
{
    await Phase.RunAsync(http, server, "POST /triage", "/triage", triageBodies, clients, seconds),
    await Phase.RunAsync(http, server, "POST /interview", "/interview", interviewBodies, clients, seconds),
};

Console.WriteLine();
Console.WriteLine("| endpoint | requests/s | p50 | p99 | faults (4xx, or closed when truncated) | errors | server memory (start → end of phase, peak) |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
foreach (var r in results)
{
    Console.WriteLine($"| {r.Name} | {r.Valid / r.Seconds:N0} | {r.Percentile(0.50):F2} ms | {r.Percentile(0.99):F2} ms | {r.FaultsAnswered} ({r.TruncatedUnanswered} closed) | {r.Errors.Count} | {r.MemoryStart} → {r.MemoryEnd} MB, peak {r.MemoryPeak} MB |");
}

var errors = results.SelectMany(r => r.Errors).ToArray();
foreach (var error in errors.GroupBy(e => e).Take(20))
{
    Console.WriteLine($"error x{error.Count()}: {error.Key}");
}

var grew = results.Any(r => r.MemoryEnd > 2 * Math.Max(r.MemoryStart, 64));
if (grew)
{
    Console.WriteLine("server memory more than doubled within a phase");
}

Console.WriteLine(errors.Length == 0 && !grew ? "load: no errors" : "load: FAILED");
return errors.Length == 0 && !grew ? 0 : 1;

internal sealed class Phase
{
    private readonly ConcurrentBag<double[]> _latencies = new();

    public string Name { get; private init; } = "";

    public double Seconds { get; private set; }

    public long Valid { get; private set; }

    public long FaultsAnswered { get; private set; }

    public ConcurrentQueue<string> Errors { get; } = new();

    public long MemoryStart { get; private set; }

    public long MemoryEnd { get; private set; }

    public long MemoryPeak { get; private set; }

    public double Percentile(double p)
    {
        var all = _latencies.SelectMany(l => l).OrderBy(x => x).ToArray();
        return all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
    }

    public static async Task<Phase> RunAsync(HttpClient http, SampleServer server, string name, string path, string[] bodies, int clients, int seconds, bool quiet = false)
    {
        var phase = new Phase { Name = name, MemoryStart = server.ResidentMegabytes() };
        var peak = phase.MemoryStart;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, server.ResidentMegabytes());
                await Task.Delay(250);
            }
        });
        long valid = 0, faults = 0;
        var clock = Stopwatch.StartNew();
        var stalled = Task.WhenAll(Enumerable.Range(0, 4).Select(_ => phase.StalledAsync(server.BaseAddress, path, bodies[0])));
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var latencies = new List<double>(4096);
            for (var n = client; !stop.IsCancellationRequested; n++)
            {
                var fault = n % 10 == 9 ? (n / 10) % 5 : -1;
                try
                {
                    if (fault < 0)
                    {
                        var started = Stopwatch.GetTimestamp();
                        using var response = await http.PostAsync(path, new StringContent(bodies[n % bodies.Length], Encoding.UTF8, "application/json"));
                        await response.Content.ReadAsByteArrayAsync();
                        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        phase.Expect(response.StatusCode, 200, "valid");
                        Interlocked.Increment(ref valid);
                    }
                    else
                    {
                        await phase.FaultAsync(http, server.BaseAddress, path, bodies[n % bodies.Length], fault);
                        Interlocked.Increment(ref faults);
                    }
                }
                catch (Exception error) when (error is HttpRequestException or IOException or SocketException or TaskCanceledException)
                {
                    phase.Errors.Enqueue((fault < 0 ? "valid" : "fault " + fault) + ": " + error.GetType().Name + ": " + error.Message);
                }
            }

            phase._latencies.Add(latencies.ToArray());
        })));
        phase.Seconds = clock.Elapsed.TotalSeconds;
        await stalled;
        await sampler;
        phase.Valid = valid;
        phase.FaultsAnswered = faults + 4;
        phase.MemoryEnd = server.ResidentMegabytes();
        phase.MemoryPeak = Math.Max(peak, phase.MemoryEnd);
        if (!quiet)
        {
            Console.WriteLine($"{name}: {valid} valid requests, {phase.FaultsAnswered} faults, {phase.Errors.Count} errors in {phase.Seconds:F1} s");
        }

        return phase;
    }

    private void Expect(HttpStatusCode actual, int expected, string what)
    {
        if ((int)actual != expected)
        {
            Errors.Enqueue($"{what}: expected {expected}, got {(int)actual}");
        }
    }

    private async Task FaultAsync(HttpClient http, Uri address, string path, string validBody, int kind)
    {
        switch (kind)
        {
            case 0:
                using (var malformed = await http.PostAsync(path, new StringContent("{\"painLevel\":", Encoding.UTF8, "application/json")))
                {
                    Expect(malformed.StatusCode, 400, "malformed");
                }

                break;
            case 1:
                using (var oversized = await http.PostAsync(path, new StringContent("{\"x\":\"" + new string('a', 70_000) + "\"}", Encoding.UTF8, "application/json")))
                {
                    Expect(oversized.StatusCode, 413, "oversized");
                }

                break;
            case 2:
                using (var text = await http.PostAsync(path, new StringContent(validBody, Encoding.UTF8, "text/plain")))
                {
                    Expect(text.StatusCode, 415, "not JSON");
                }

                break;
            case 3:
                // Says 500 bytes, sends 100, then closes its side: the body ends early. Kestrel treats
                // the half-closed connection as gone, so no answer at all is right too; a 500 is not.
                try
                {
                    Expect(await RawAsync(address, path, 500, Encoding.UTF8.GetBytes(validBody.PadRight(100)).AsMemory(0, 100), TimeSpan.Zero, closeEarly: true), 400, "truncated");
                }
                catch (Exception gone) when (gone is NoResponseException || (gone is SocketException reset && reset.SocketErrorCode == SocketError.ConnectionReset))
                {
                    Interlocked.Increment(ref _truncatedUnanswered);
                }

                break;
            default:
                // A valid body in five pieces, 150 ms apart: slow, but well above the server's minimum rate.
                var bytes = Encoding.UTF8.GetBytes(validBody);
                Expect(await RawAsync(address, path, bytes.Length, bytes, TimeSpan.FromMilliseconds(150), closeEarly: false), 200, "slow");
                break;
        }
    }

    // Sends half a body and then nothing: Kestrel's minimum data rate (240 B/s after a 5 s grace)
    // ends it with 408, and the handler must not turn that into a 500.
    private async Task StalledAsync(Uri address, string path, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        try
        {
            var status = await RawAsync(address, path, bytes.Length, bytes.AsMemory(0, bytes.Length / 2), TimeSpan.Zero, closeEarly: false, stall: true);
            Expect(status, 408, "stalled");
        }
        catch (Exception error) when (error is IOException or SocketException)
        {
            Errors.Enqueue("stalled: " + error.Message);
        }
    }

    private static async Task<HttpStatusCode> RawAsync(Uri address, string path, int contentLength, ReadOnlyMemory<byte> body, TimeSpan pause, bool closeEarly, bool stall = false)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(address.Host, address.Port);
        var head = $"POST {path} HTTP/1.1\r\nHost: {address.Host}:{address.Port}\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\nConnection: close\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(head));
        var pieces = pause == TimeSpan.Zero ? 1 : 5;
        var size = (body.Length + pieces - 1) / pieces;
        for (var offset = 0; offset < body.Length; offset += size)
        {
            await socket.SendAsync(body.Slice(offset, Math.Min(size, body.Length - offset)));
            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause);
            }
        }

        if (closeEarly)
        {
            socket.Shutdown(SocketShutdown.Send);
        }

        using var timeout = new CancellationTokenSource(stall ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(10));
        var response = new byte[256];
        var read = await socket.ReceiveAsync(response, SocketFlags.None, timeout.Token);
        var statusLine = Encoding.ASCII.GetString(response, 0, read);
        return statusLine.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && statusLine.Length >= 12
            ? (HttpStatusCode)int.Parse(statusLine.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture)
            : throw new NoResponseException(statusLine);
    }

    private long _truncatedUnanswered;

    public long TruncatedUnanswered => _truncatedUnanswered;
}

internal sealed class NoResponseException(string received) : IOException("no HTTP response: '" + received + "'");
