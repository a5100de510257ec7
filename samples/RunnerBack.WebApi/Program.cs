// RunnerBack in an ASP.NET Core app: the API (docs/aspnetcore.md) and, at /, a page that runs the interview.
// Run: dotnet run --project samples/RunnerBack.WebApi -- --urls http://127.0.0.1:5080
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddRunnerBackTriage(builder.Configuration.GetSection("RunnerBack"));
builder.Services.AddOpenApi();
var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapRunnerBack();
app.MapOpenApi();
app.Run();
