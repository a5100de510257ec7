using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RunnerBack.Json;

namespace RunnerBack.AspNetCore.Health
{
    // Healthy when the engine, as configured, still calls a textbook emergency an emergency with
    // every rule running: a check of the triage itself, not only that the process answers.
    internal sealed class TriageHealthCheck : IHealthCheck
    {
        public const string Name = "runnerback";

        private readonly ITriageEngine _engine;

        public TriageHealthCheck(ITriageEngine engine) => _engine = engine;

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var assessment = TriageJson.ParseAssessment(BundledExamples.Emergency).Assessment!;
            var result = _engine.Assess(assessment);
            var health = result.Disposition != Disposition.Emergency
                ? HealthCheckResult.Unhealthy($"The engine answered {result.Disposition} for the bundled emergency example.")
                : !result.IsComplete
                    ? HealthCheckResult.Degraded("A rule faulted on the bundled emergency example; answers are fail-safe but incomplete.")
                    : HealthCheckResult.Healthy("The engine answers the bundled emergency example as an emergency.");
            return Task.FromResult(health);
        }
    }
}
