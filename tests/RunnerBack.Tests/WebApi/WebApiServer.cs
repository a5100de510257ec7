using System;
using System.Net.Http;
using RunnerBack.Testing;

namespace RunnerBack.Tests.WebApi
{
    // The real web sample on a loopback port for the tests of one class, with a client for it.
    public sealed class WebApiServer : IDisposable
    {
        private readonly SampleServer _server = new SampleServer();

        public WebApiServer() => Client = new HttpClient { BaseAddress = _server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        public Uri BaseAddress => _server.BaseAddress;

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            _server.Dispose();
        }
    }
}
