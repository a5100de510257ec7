using Microsoft.Extensions.Options;

namespace RunnerBack.AspNetCore.Options
{
    // The engine's own rules for options (TriageOptions.Validate), run by the options system so a bad
    // value in appsettings stops the app at start-up (ValidateOnStart) with every problem named.
    internal sealed class TriageOptionsValidation : IValidateOptions<TriageOptions>
    {
        public ValidateOptionsResult Validate(string? name, TriageOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
