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

            return configure is null ? Register(services, null) : Register(services, (builder, _) => configure(builder));
        }

        /// <summary>
        /// Registers the engine as <see cref="AddRunnerBackTriage(IServiceCollection, Action{TriageEngineBuilder})"/>
        /// does, with a configuration step that can use other services, such as options bound from
        /// configuration or a logger for <see cref="TriageEngineBuilder.OnRuleFault"/>.
        /// </summary>
        /// <remarks>The step runs once, when the engine is first resolved, in call order with the other steps.</remarks>
        /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
        public static IServiceCollection AddRunnerBackTriage(this IServiceCollection services, Action<TriageEngineBuilder, IServiceProvider> configure)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            return Register(services, configure);
        }

        private static IServiceCollection Register(IServiceCollection services, Action<TriageEngineBuilder, IServiceProvider>? configure)
        {
            var steps = FindSteps(services);
            if (steps is null)
            {
                steps = new TriageConfigurationSteps();
                services.AddSingleton(steps);
                services.AddSingleton(provider => provider.GetRequiredService<TriageConfigurationSteps>().Build(provider));
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
            private readonly List<Action<TriageEngineBuilder, IServiceProvider>> _steps = new List<Action<TriageEngineBuilder, IServiceProvider>>();

            public void Add(Action<TriageEngineBuilder, IServiceProvider> step) => _steps.Add(step);

            public TriageEngine Build(IServiceProvider provider)
            {
                var builder = Triage.CreateBuilder();
                foreach (var step in _steps)
                {
                    step(builder, provider);
                }

                return builder.Build();
            }
        }
    }
}
