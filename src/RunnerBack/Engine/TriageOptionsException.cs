using System;
using System.Collections.Generic;

namespace RunnerBack
{
    /// <summary>Thrown when an engine is built with invalid <see cref="TriageOptions"/>; lists every problem.</summary>
    public sealed class TriageOptionsException : ArgumentException
    {
        /// <summary>Creates the exception from the list of problems.</summary>
        public TriageOptionsException(IReadOnlyList<string> problems)
            : base(DeveloperMessages.InvalidOptions(string.Join(" ", problems)))
        {
            Problems = problems;
        }

        /// <summary>Every problem, each naming the option.</summary>
        public IReadOnlyList<string> Problems { get; }
    }
}
