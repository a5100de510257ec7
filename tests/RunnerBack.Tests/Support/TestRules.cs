namespace RunnerBack.Tests.Support
{
    // A custom rule as an app would write one: flags runners over 65 with any pain.
    internal sealed class OlderRunnerRule : FindingRule
    {
        public OlderRunnerRule()
            : base(
                "app.olderRunner",
                "Any pain in a runner over 65.",
                "app clinical lead",
                new Finding("olderRunner", FindingKind.RedFlag, Disposition.SeeProfessional, "Older runners should have new back pain checked."))
        {
        }

        protected override bool AppliesTo(TriageContext context) => context.Assessment.PainLevel > 0 && context.Runner.Age > 65;
    }

    // Adds a finding and then throws: the finding must not survive.
    internal sealed class AddsThenThrowsRule : TriageRule
    {
        public AddsThenThrowsRule()
            : base("test.addsThenThrows", RuleKind.RedFlag, "Adds an emergency then throws.", "test", Disposition.Emergency)
        {
        }

        public override void Evaluate(TriageContext context)
        {
            context.Add(new Finding("halfDone", FindingKind.RedFlag, Disposition.Emergency, "Should be discarded."));
            throw new System.InvalidOperationException("halfway");
        }
    }

    // Breaks the stage contract by reading the disposition from the finding stage.
    internal sealed class PeeksAtDispositionRule : TriageRule
    {
        public PeeksAtDispositionRule()
            : base("test.peeks", RuleKind.StopSignal, "Reads the disposition too early.", "test", Disposition.StopAndRest)
        {
        }

        public override void Evaluate(TriageContext context) => _ = context.Disposition;
    }

    // A recommendation rule that adds a finding, which only finding rules may do.
    internal sealed class WrongOutputRule : TriageRule
    {
        public WrongOutputRule()
            : base("test.wrongOutput", RuleKind.Recommendation, "Adds a finding from the recommendation stage.", "test")
        {
        }

        public override void Evaluate(TriageContext context) =>
            context.Add(new Finding("late", FindingKind.StopSignal, Disposition.StopAndRest, "Too late."));
    }
}
