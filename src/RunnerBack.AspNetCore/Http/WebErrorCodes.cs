namespace RunnerBack.AspNetCore.Http
{
    // The codes of refusals that only HTTP has, beside the library's ValidationCodes
    // (docs/aspnetcore.md, Errors). Stable: clients may switch on them.
    internal static class WebErrorCodes
    {
        public const string UnsupportedMediaType = "unsupportedMediaType";

        public const string UnreadableBody = "unreadableBody";
    }
}
