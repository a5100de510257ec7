using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using RunnerBack;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers RunnerBack's triage engine with dependency injection.</summary>
    public static class TriageServiceCollectionExtensions
    {
        /// <summary>
        /// Registers one singleton <see cref="TriageEngine"/> (also as <see cref="ITriageEngine"/>),
        /// built from the default rules and options and then from every <paramref name="configure"/>
        /// passed to this method, in call order.
        /// </summary>
        /// <remarks>
        /// Idempotent: calling it again never adds a second engine; it only appends its
        /// <paramref name="configure"/> step. Invalid options surface as a
        /// <see cref="TriageOptionsException"/> when the engine is first resolved.
        /// </remarks>
        /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
        public static IServiceCollection AddRunnerBackTriage(this IServiceCollection services, Action<TriageEngineBuilder>? configure = null)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            var steps = FindSteps(services);
            if (steps is null)
            {
                steps = new TriageConfigurationSteps();
                services.AddSingleton(steps);
                services.AddSingleton(provider => provider.GetRequiredService<TriageConfigurationSteps>().Build());
                services.AddSingleton<ITriageEngine>(provider => provider.GetRequiredService<TriageEngine>());
            }

            if (configure is not null)
            {
                steps.Add(configure);
            }

            return services;
        }

        private static TriageConfigurationSteps? FindSteps(IServiceCollection services)
        {
            foreach (var descriptor in services)
            {
                if (descriptor.ServiceType == typeof(TriageConfigurationSteps) && descriptor.ImplementationInstance is TriageConfigurationSteps steps)
                {
                    return steps;
                }
            }

            return null;
        }

        // The configuration steps of every AddRunnerBackTriage call, applied in order.
        private sealed class TriageConfigurationSteps
        {
            private readonly List<Action<TriageEngineBuilder>> _steps = new List<Action<TriageEngineBuilder>>();

            public void Add(Action<TriageEngineBuilder> step) => _steps.Add(step);

            public TriageEngine Build()
            {
                var builder = Triage.CreateBuilder();
                foreach (var step in _steps)
                {
                    step(builder);
                }

                return builder.Build();
            }
        }
    }
}
