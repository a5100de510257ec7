using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RunnerBack.WebApi;

// A minimal triage API an app backend can copy:
//   POST /triage  the docs/json.md request -> result (200), or RFC 9457 problem details listing every error (400, 413)
//   GET  /rules   the rule catalogue
//   GET  /health  liveness
// Run: dotnet run --project samples/RunnerBack.WebApi -- --urls http://127.0.0.1:5080
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddRunnerBackTriage();
var app = builder.Build();
app.MapTriageEndpoints();
app.Run();
