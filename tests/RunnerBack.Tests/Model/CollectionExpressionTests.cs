using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Json;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Model
{
    // The defect: `a with { Symptoms = [Symptom.ChestPain] }` compiled to a collection initialiser
    // that called EnumSet.Add, which returned a new set the compiler dropped, so the chest pain was
    // lost and the runner was told to keep running with modifications. Every list an app can write
    // with C#'s list syntax must keep every item, however it is written.
    public sealed class CollectionExpressionTests
    {
        private static readonly PainAssessment Painful = Assessments.Answered(3);

        [Fact]
        [Trait("Hazard", "H02")]
        public void AChestPainWrittenAsAListLiteralIsAnEmergencyEveryWayItIsWritten()
        {
            EnumSet<Symptom> local = [Symptom.ChestPain, Symptom.Fever];
            Assert.Equal(2, local.Count);
            Assert.Equal(EnumSet<Symptom>.Of(Symptom.ChestPain, Symptom.Fever), local);

            var viaWith = Painful with { Symptoms = [Symptom.ChestPain] };
            var viaOf = Painful with { Symptoms = EnumSet<Symptom>.Of(Symptom.ChestPain) };
            var viaConstructor = Assessments.Answered(3, symptoms: [Symptom.ChestPain]);
            Assert.Equal(viaOf, viaWith);
            Assert.Equal(viaOf, viaConstructor);
            Assert.Equal(Disposition.Emergency, Triage.Assess(viaWith).Disposition);
            Assert.Equal(Disposition.Emergency, Triage.Assess(viaConstructor).Disposition);
        }

        // Every list-valued property of the assessment and the profile, through the constructor, a
        // with expression and a collection expression: the same set each way.
        [Fact]
        public void EveryListOfTheModelKeepsItsItemsEveryWayItIsWritten()
        {
            EnumSet<RadiationTarget> radiates = [RadiationTarget.Jaw, RadiationTarget.Arms];
            EnumSet<FormFault> form = [FormFault.Slouching, FormFault.ClenchedFists];
            EnumSet<MedicalHistory> history = [MedicalHistory.Cancer, MedicalHistory.Osteoporosis];

            Assert.Equal(radiates, (Painful with { RadiatesTo = [RadiationTarget.Jaw, RadiationTarget.Arms] }).RadiatesTo);
            Assert.Equal(radiates, Assessments.Answered(3, radiatesTo: [RadiationTarget.Arms, RadiationTarget.Jaw]).RadiatesTo);
            Assert.Equal(form, (Painful with { Form = [FormFault.Slouching, FormFault.ClenchedFists] }).Form);
            Assert.Equal(form, Assessments.Answered(3, form: [FormFault.ClenchedFists, FormFault.Slouching]).Form);

            var profile = new RunnerProfile(age: 40, history: []);
            Assert.Equal(history, (profile with { History = [MedicalHistory.Cancer, MedicalHistory.Osteoporosis] }).History);
            Assert.Equal(history, new RunnerProfile(history: [MedicalHistory.Osteoporosis, MedicalHistory.Cancer]).History);

            // The cancer history the defect lost: with it, pain is urgent care.
            var withCancer = Painful with { Runner = Painful.Runner! with { History = [MedicalHistory.Cancer] } };
            Assert.Equal(Disposition.UrgentCare, Triage.Assess(withCancer).Disposition);

            // An empty literal is "none of these", an answer.
            var none = new PainAssessment(0, symptoms: []);
            Assert.Empty(none.UnansweredSafetyQuestions);
            Assert.Equal(EnumSet<Symptom>.Empty, (Painful with { Symptoms = [] }).Symptoms);
        }

        [Fact]
        public void AListLiteralRefusesWhatFromRefuses()
        {
            var twice = Assert.Throws<ArgumentException>(() => Painful with { Symptoms = [Symptom.Fever, Symptom.Fever] });
            Assert.Contains("Fever more than once", twice.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => Painful with { Form = [(FormFault)40] });
        }

        // The result side: ValueList and RuleTrace build from literals too, keeping their order.
        [Fact]
        public void ResultListsBuildFromLiteralsInOrder()
        {
            var second = new AnswerChange("$.trend", Answer.Choice("stable"));
            var first = new AnswerChange("$.painLevel", Answer.Of(3));
            ValueList<AnswerChange> changes = [first, second];
            Assert.Equal(new[] { first, second }, changes.ToArray());
            var change = new DispositionChange([first, second], Disposition.RunWithModifications);
            Assert.Equal(changes, change.Changes);

            var entry = new TraceEntry("app.rule", RuleOutcome.Fired, "Fired.");
            RuleTrace trace = [entry, entry];
            Assert.Equal(2, trace.Count);
            Assert.Same(entry, trace[1]);
            Assert.Throws<ArgumentNullException>(() => { RuleTrace broken = [entry, null!]; });
        }

        // A collection initialiser (`new() { x }`) calls a public Add and drops what it returns: no
        // public enumerable type of the package may have one, so that form cannot compile.
        [Fact]
        [Trait("Hazard", "H02")]
        public void NoPublicEnumerableTypeHasAnAddThatReturnsAValue()
        {
            var offenders = new[] { typeof(PainAssessment).Assembly, typeof(Microsoft.Extensions.DependencyInjection.RunnerBackWebServiceCollectionExtensions).Assembly }
                .SelectMany(a => a.GetExportedTypes())
                .Where(t => typeof(IEnumerable).IsAssignableFrom(t))
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                    .Where(m => m.Name == "Add" && m.ReturnType != typeof(void))
                    .Select(m => t.Name + "." + m))
                .ToArray();
            Assert.Empty(offenders);

            // The check reaches the types it is about: the package's enumerables are found.
            var enumerables = typeof(PainAssessment).Assembly.GetExportedTypes().Where(t => typeof(IEnumerable).IsAssignableFrom(t)).Select(t => t.Name).ToArray();
            Assert.Contains("EnumSet`1", enumerables);
            Assert.Contains("ValueList`1", enumerables);
            Assert.Contains("RuleTrace", enumerables);

            // And every one of them is built by collection expressions.
            Assert.All(
                typeof(PainAssessment).Assembly.GetExportedTypes().Where(t => typeof(IEnumerable).IsAssignableFrom(t) && !t.IsNested),
                t => Assert.NotNull(t.GetCustomAttribute<System.Runtime.CompilerServices.CollectionBuilderAttribute>()));
        }

        // The same answers through the constructor, with, a collection expression and JSON give
        // equal assessments and equal results, for every list-valued input.
        private static readonly Gen<(AssessmentSpec spec, Symptom[] symptoms, RadiationTarget[] radiates, FormFault[] form, MedicalHistory[] history)> Lists =
            from spec in Generators.Assessment.Where(s => s.PainLevel > 0)
            from symptoms in Generators.SubsetOf<Symptom>()
            from radiates in Generators.SubsetOf<RadiationTarget>()
            from form in Generators.SubsetOf<FormFault>()
            from history in Generators.SubsetOf<MedicalHistory>()
            select (spec, symptoms, radiates, form, history);

        [Property(MaxTest = 300)]
        public Property EveryWayOfGivingTheListsGivesTheSameAssessment()
        {
            return Prop.ForAll(
                Lists.ToArbitrary(),
                t =>
                {
                    var byConstructor = WithLists(t.spec, t.symptoms, t.radiates, t.form, t.history);
                    var start = t.spec.Build();
                    var byWith = start with
                    {
                        Symptoms = EnumSet<Symptom>.From(t.symptoms),
                        RadiatesTo = EnumSet<RadiationTarget>.From(t.radiates),
                        Form = EnumSet<FormFault>.From(t.form),
                        Runner = start.Runner! with { History = EnumSet<MedicalHistory>.From(t.history) },
                    };
                    var byLiteral = start with
                    {
                        Symptoms = [.. t.symptoms],
                        RadiatesTo = [.. t.radiates],
                        Form = [.. t.form],
                        Runner = start.Runner! with { History = [.. t.history] },
                    };
                    var byJson = TriageJson.ParseAssessment(TriageJson.Serialize(byLiteral)).Assessment;

                    Assert.Equal(byConstructor, byWith);
                    Assert.Equal(byConstructor, byLiteral);
                    Assert.Equal(byConstructor, byJson);
                    var result = Triage.Assess(byConstructor);
                    Assert.Equal(result, Triage.Assess(byLiteral));
                    Assert.Equal(result, Triage.Assess(byJson!));
                    Assert.Equal(t.symptoms.Length, byLiteral.Symptoms.Count);
                });
        }

        private static PainAssessment WithLists(AssessmentSpec spec, Symptom[] symptoms, RadiationTarget[] radiates, FormFault[] form, MedicalHistory[] history) =>
            (spec with { Symptoms = symptoms, RadiatesTo = radiates, Form = form, Runner = (spec.Runner ?? new RunnerSpec()) with { History = history } }).Build();

        // The property means something only when the lists hold items, and items that matter.
        [Fact]
        public void TheListPropertyReachesListsThatChangeTheDisposition()
        {
            var changed = Coverage.Count(Lists, 300, t =>
                Triage.Assess(WithLists(t.spec, [], [], [], [])).Disposition != Triage.Assess(WithLists(t.spec, t.symptoms, t.radiates, t.form, t.history)).Disposition);
            Assert.True(changed >= 60, $"{changed} of 300");
        }
    }
}
