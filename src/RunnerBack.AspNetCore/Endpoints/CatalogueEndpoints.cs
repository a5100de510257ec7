using Microsoft.AspNetCore.Http;
using RunnerBack.AspNetCore.Http;
using RunnerBack.Json;

namespace RunnerBack.AspNetCore.Endpoints
{
    // GET /questions and GET /rules: the question catalogue and the engine's rules, in the
    // Accept-Language's language.
    internal static class CatalogueEndpoints
    {
        public static IResult Questions(HttpContext http) =>
            Results.Text(InterviewJson.SerializeQuestions(language: AcceptLanguage.Of(http.Request)), "application/json");

        public static IResult Rules(HttpContext http, ITriageEngine engine) =>
            Results.Text(TriageJson.SerializeRuleCatalogue(engine, language: AcceptLanguage.Of(http.Request)), "application/json");
    }
}
