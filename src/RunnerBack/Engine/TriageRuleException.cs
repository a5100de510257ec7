using System;

namespace RunnerBack
{
    /// <summary>
    /// Thrown by <see cref="TriageEngine.Assess"/> under <see cref="FaultPolicy.Throw"/> when a rule
    /// throws; names the rule and wraps what it threw.
    /// </summary>
    public sealed class TriageRuleException : Exception
    {
        /// <summary>Creates the exception for the rule <paramref name="ruleId"/>.</summary>
        public TriageRuleException(string ruleId, Exception innerException)
            : base(DeveloperMessages.RuleFailed(ruleId, innerException?.Message), innerException)
        {
            RuleId = ruleId;
        }

        /// <summary>The id of the rule that threw.</summary>
        public string RuleId { get; }
    }
}
