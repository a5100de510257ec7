using FsCheck;
using FsCheck.Fluent;

namespace RunnerBack.Tests.Support
{
    internal static class Checks
    {
        // QuickThrowOnFailure: a failing property throws with its counterexample and replay seed,
        // so xunit fails the test (Config.Quick would only print and pass).
        public static Config Cases(int count) => Config.QuickThrowOnFailure.WithMaxTest(count).WithQuietOnSuccess(true);
    }
}
