using System.Linq;
using Microsoft.AspNetCore.Http;

namespace RunnerBack.AspNetCore.Http
{
    // The language a browser asks for: the first tag of Accept-Language, by quality, that RunnerBack
    // speaks (its parent counts: de-CH is de); null, for English, when none is.
    internal static class AcceptLanguage
    {
        public static string? Of(HttpRequest request) =>
            request.GetTypedHeaders().AcceptLanguage
                .Where(l => l.Quality is null or > 0)
                .OrderByDescending(l => l.Quality ?? 1)
                .Select(l => l.Value.Value)
                .FirstOrDefault(tag => tag is not null && Languages.IsWellFormed(tag) && (Languages.Resolve(tag) != Languages.English || tag.StartsWith("en", System.StringComparison.OrdinalIgnoreCase)));
    }
}
