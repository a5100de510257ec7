using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    public sealed class DependencyInjectionTests
    {
        [Fact]
        public void RegistersOneSingletonEngineUnderBothTypes()
        {
            using var provider = new ServiceCollection().AddRunnerBackTriage().BuildServiceProvider();
            var engine = provider.GetRequiredService<TriageEngine>();
            Assert.Same(engine, provider.GetRequiredService<TriageEngine>());
            Assert.Same(engine, provider.GetRequiredService<ITriageEngine>());
            Assert.Equal(Triage.Default.Rules, engine.Rules);
        }

        [Fact]
        public void RepeatedCallsAddNoSecondEngineAndApplyEveryStepInOrder()
        {
            var services = new ServiceCollection()
                .AddRunnerBackTriage(b => b.AddRule(new OlderRunnerRule()))
                .AddRunnerBackTriage()
                .AddRunnerBackTriage(b => b.ConfigureOptions(o => o with { StopPainLevel = 3 }));
            Assert.Single(services, d => d.ServiceType == typeof(TriageEngine));
            Assert.Single(services, d => d.ServiceType == typeof(ITriageEngine));

            using var provider = services.BuildServiceProvider();
            var engine = provider.GetRequiredService<ITriageEngine>();
            Assert.Contains(engine.Rules, r => r.Id == "app.olderRunner");
            Assert.Equal(3, engine.Options.StopPainLevel);
            Assert.Single(provider.GetServices<ITriageEngine>());
        }

        [Fact]
        public void AStepCanUseOtherServicesAndRunsInCallOrder()
        {
            var services = new ServiceCollection()
                .AddSingleton(new TriageOptions { StopPainLevel = 2 })
                .AddRunnerBackTriage((b, provider) => b.WithOptions(provider.GetRequiredService<TriageOptions>()))
                .AddRunnerBackTriage(b => b.ConfigureOptions(o => o with { SeverePainLevel = 5 }));
            using var provider = services.BuildServiceProvider();
            var options = provider.GetRequiredService<ITriageEngine>().Options;
            Assert.Equal(2, options.StopPainLevel);
            Assert.Equal(5, options.SeverePainLevel);
            Assert.Throws<System.ArgumentNullException>(() => services.AddRunnerBackTriage((System.Action<TriageEngineBuilder, System.IServiceProvider>)null!));
        }

        [Fact]
        [Trait("Hazard", "H05")]
        public void InvalidOptionsSurfaceWhenTheEngineIsResolved()
        {
            using var provider = new ServiceCollection()
                .AddRunnerBackTriage(b => b.WithOptions(new TriageOptions { StopPainLevel = 0 }))
                .BuildServiceProvider();
            Assert.Throws<TriageOptionsException>(() => provider.GetRequiredService<TriageEngine>());
        }

        [Fact]
        public void TheRegisteredEngineTriages()
        {
            using var provider = new ServiceCollection().AddRunnerBackTriage().BuildServiceProvider();
            var result = provider.GetRequiredService<ITriageEngine>().Assess(AssessmentSpec.MildAche.WithSymptoms(Symptom.ChestPain).Build());
            Assert.Equal(Disposition.Emergency, result.Disposition);
            Assert.Equal("callEmergencyServices", result.Recommendations.First().Code);
        }

        [Fact]
        public void ANullServiceCollectionIsRejectedByName()
        {
            Assert.Equal("services", Assert.Throws<System.ArgumentNullException>(() => TriageServiceCollectionExtensions.AddRunnerBackTriage(null!)).ParamName);
        }
    }
}
