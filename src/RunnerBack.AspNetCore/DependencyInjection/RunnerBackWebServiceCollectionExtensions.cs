using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunnerBack;
using RunnerBack.AspNetCore.Diagnostics;
using RunnerBack.AspNetCore.Health;
using RunnerBack.AspNetCore.Http;
using RunnerBack.AspNetCore.OpenApi;
using RunnerBack.AspNetCore.Options;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers RunnerBack's triage for ASP.NET Core: the engine, its options from configuration, and what <c>MapRunnerBack</c> needs.</summary>
    public static class RunnerBackWebServiceCollectionExtensions
    {
        /// <summary>
        /// Registers the triage engine with its <see cref="TriageOptions"/> bound from
        /// <paramref name="configuration"/> (a section such as <c>builder.Configuration.GetSection("RunnerBack")</c>)
        /// and validated when the app starts, plus problem details, the <c>runnerback</c> health
        /// check, telemetry named <c>RunnerBack</c> and the OpenAPI description of the endpoints.
        /// </summary>
        /// <param name="services">The app's services.</param>
        /// <param name="configuration">The section holding the options, by their C# names (<c>StopPainLevel</c>, <c>FaultPolicy</c>, <c>Language</c>, ...). An empty section means the defaults.</param>
        /// <param name="configure">Changes to the rule pipeline, applied after the options are set; null for the default rules.</param>
        /// <returns><paramref name="services"/>.</returns>
        /// <remarks>
        /// A value out of range (<c>StopPainLevel: 0</c>), one that is not a number, or a key the
        /// options do not have (a typo) stops the app at start-up with one
        /// <see cref="OptionsValidationException"/> naming every problem, instead of failing the first
        /// runner's request. The section is read once, at start-up: a change takes a restart. The engine is built at start-up too. Calling this again adds only its
        /// <paramref name="configure"/> step. A rule that throws is logged at warning (event
        /// <c>RuleFaulted</c>) with its id and exception, and answered fail-safe.
        /// </remarks>
        /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
        public static IServiceCollection AddRunnerBackTriage(this IServiceCollection services, IConfiguration configuration, Action<TriageEngineBuilder>? configure = null)
        {
            ArgumentNullException.ThrowIfNull(services);
            ArgumentNullException.ThrowIfNull(configuration);

            if (!services.IsRegistered<RunnerBackTelemetry>())
            {
                services.AddSingleton(new RunnerBackConfigurationSection(configuration));
                services.AddSingleton<IOptionsFactory<TriageOptions>, TriageOptionsFactory>();
                services.AddOptions<TriageOptions>().ValidateOnStart();
                services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TriageOptions>, TriageOptionsValidation>());
                services.AddMetrics();
                services.AddProblemDetails();
                services.AddSingleton<RunnerBackTelemetry>();
                services.AddSingleton<RunnerBackProblems>();
                services.AddHostedService<EngineWarmUp>();
                services.AddHealthChecks().AddCheck<TriageHealthCheck>(TriageHealthCheck.Name, tags: new[] { TriageHealthCheck.Name });
                RunnerBackOpenApi.Register(services);
                services.AddRunnerBackTriage((builder, provider) => builder
                    .WithOptions(provider.GetRequiredService<IOptions<TriageOptions>>().Value)
                    .OnRuleFault(provider.GetRequiredService<RunnerBackTelemetry>().RuleFaulted));
            }

            if (configure is not null)
            {
                services.AddRunnerBackTriage(configure);
            }

            return services;
        }

        private static bool IsRegistered<T>(this IServiceCollection services)
        {
            foreach (var descriptor in services)
            {
                if (descriptor.ServiceType == typeof(T))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
