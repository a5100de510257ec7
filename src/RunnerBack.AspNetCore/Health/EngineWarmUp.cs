using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace RunnerBack.AspNetCore.Health
{
    // Builds the engine while the app starts, so a configuration step that throws stops start-up
    // instead of failing the first runner's request, and that request pays no build cost.
    internal sealed class EngineWarmUp : IHostedService
    {
        private readonly ITriageEngine _engine;

        public EngineWarmUp(ITriageEngine engine) => _engine = engine;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
