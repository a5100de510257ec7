using System;
using Microsoft.Extensions.DependencyInjection;
using PackageConsumer.NetStandard;
using RunnerBack;
using RunnerBack.Json;

// Exercises the packed RunnerBack package the way an app would; exits 1 on any surprise.
var failures = 0;
void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    failures += ok ? 0 : 1;
}

// With pain, every safety question is answered (an empty list is "none").
PainAssessment Answered(int pain, PainQuality quality, PainLocation location) => new PainAssessment(
    pain, quality, location, Array.Empty<RadiationTarget>(), PainTrend.Stable, PainOnset.Gradual, PainTiming.DuringRun, YesNo.No, YesNo.No, 1, YesNo.No, YesNo.No,
    Array.Empty<Symptom>(), new RunnerProfile(history: Array.Empty<MedicalHistory>()));

var result = Triage.Assess(Answered(5, PainQuality.Sharp, PainLocation.Ribs));
Check(result.Disposition == Disposition.StopAndRest, "Triage.Assess gives stopAndRest for sharp pain at 5");

var response = TriageJson.Assess(
    "{\"painLevel\":3,\"quality\":\"dullAche\",\"location\":\"neck\",\"radiatesTo\":[],\"trend\":\"stable\",\"onset\":\"gradual\",\"timing\":\"duringRun\","
    + "\"persistsAfterStopping\":false,\"altersRunningForm\":false,\"durationDays\":1,\"selfCareTried\":false,\"recentTrauma\":\"notSure\",\"symptoms\":[\"chestPain\"],"
    + "\"runner\":{\"history\":[]}}");
Check(response.Result?.Disposition == Disposition.Emergency, "TriageJson.Assess gives emergency for chest pain");
Check(!TriageJson.Assess("{\"painLevel\":42}").IsValid, "invalid JSON input is rejected");
Check(TriageJson.Assess("{\"painLevel\":3}").Errors.Count == 13, "every unanswered safety question is reported");
Check(Triage.Interview.Next(InterviewAnswers.Empty).Question?.Id == "painLevel", "the interview asks the pain level first");

using var provider = new ServiceCollection().AddRunnerBackTriage(b => b.ConfigureOptions(o => o with { StopPainLevel = 3 })).BuildServiceProvider();
var engine = provider.GetRequiredService<ITriageEngine>();
Check(engine.Assess(Answered(3, PainQuality.DullAche, PainLocation.Neck)).Disposition == Disposition.StopAndRest, "AddRunnerBackTriage applies options");

Check(LegacyHostTriage.DispositionFor(0) == Disposition.KeepRunning, "the netstandard2.0 build is usable from a library");
Check(LegacyHostTriage.ChestPainFromAListLiteral() == Disposition.Emergency, "a list literal keeps its items on netstandard2.0");
EnumSet<Symptom> literal = [Symptom.ChestPain, Symptom.Fever];
Check(literal.Count == 2, "a list literal keeps its items on net10.0");
Check(!TriageJson.Assess("{\"painLevel\":0}").IsValid, "symptoms is required at pain 0");
Check(typeof(Triage).Assembly.GetName().Version?.Major == 1, "the package's assembly is version 1");

Console.WriteLine(failures == 0 ? "package consumer: all checks passed" : $"package consumer: {failures} check(s) failed");
return failures == 0 ? 0 : 1;
