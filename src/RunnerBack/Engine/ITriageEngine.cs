namespace RunnerBack
{
    /// <summary>A built triage engine, as registered in dependency injection. Implementations are thread-safe.</summary>
    public interface ITriageEngine
    {
        /// <summary>The rules in pipeline order.</summary>
        ValueList<TriageRule> Rules { get; }

        /// <summary>The validated options.</summary>
        TriageOptions Options { get; }

        /// <summary>Triages one assessment.</summary>
        /// <exception cref="System.ArgumentNullException"><paramref name="assessment"/> is null.</exception>
        /// <exception cref="System.ArgumentException">A safety question is unanswered (<see cref="PainAssessment.UnansweredSafetyQuestions"/>), as a <c>with</c> expression can leave it; the message names every one.</exception>
        /// <exception cref="TriageRuleException">A rule threw and the fault policy is <see cref="FaultPolicy.Throw"/>.</exception>
        TriageResult Assess(PainAssessment assessment);
    }
}
