namespace RunnerBack
{
    // The messages of exceptions and option problems: for the developer embedding RunnerBack, not
    // for the runner, so they are English only and not in the text catalogue. One table, so that
    // the rules and the engine hold no prose of their own.
    internal static class DeveloperMessages
    {
        public static string MissingText(string key, string language) => $"The '{language}' text catalogue has no text for '{key}'.";

        public static string NoCatalogue(string language) => $"No text catalogue is embedded for the language '{language}'.";

        public static string BrokenCatalogue(string language, string problem) => $"The '{language}' text catalogue is broken: {problem}.";

        public static string MinimumDispositionMismatch(string id) => $"{id}: red-flag and stop-signal rules state a minimum disposition; other kinds do not.";

        public static string WrongFindingKind(RuleKind stage, FindingKind kind, string code) => $"A {stage} rule cannot add the {kind} finding {code}.";

        public static string WrongStage(RuleKind stage, RuleKind output) =>
            $"A {stage} rule cannot add a {(output == RuleKind.Contributor ? "contributor" : "recommendation")}.";

        public static string NotSettled(string member, RuleKind stage, RuleKind earliest) =>
            $"{member} is not settled yet while {stage} rules run; it is available from the {earliest} stage on.";

        public const string NoAssessment = "No assessment is being evaluated.";

        public static string DuplicateRule(string id) => $"A rule with id '{id}' is already in the pipeline; use ReplaceRule to swap it.";

        public static string ReplacementClash(string id) => $"The replacement's id '{id}' belongs to another rule in the pipeline.";

        public const string EmptyPipeline = "The pipeline has no rule; call AddDefaultRules or AddRule before Build.";

        public static string RedFlagRemoval(string id) =>
            $"'{id}' is a red-flag rule: removing or replacing it needs AllowRedFlagRemoval() on the builder, since without it an emergency may never be called one.";

        public static string NoSuchRule(string id) => $"No rule with id '{id}' is in the pipeline.";

        public static string OutOfRange(string name, double min, double max, double value) => $"{name} must be between {min} and {max}; it was {value}.";

        public static string UnknownFaultPolicy(int value) => $"faultPolicy must be failSafe or throw; it was {value}.";

        public static string InvalidOptions(string problems) => "Invalid triage options: " + problems;

        public static string NotAWholeNumber(string key, string text) => $"{key} must be a whole number, not '{text}'.";

        public static string NotANumber(string key, string text) => $"{key} must be a number, not '{text}'.";

        public static string NotAFaultPolicy(string key, string text) => $"{key} must be FailSafe or Throw, not '{text}'.";

        public static string NotAnOption(string key, string names) => $"{key} is not a RunnerBack option ({names}).";

        public static string NotASingleValue(string key) => $"{key} must be a single value, not a section.";

        public static string SafetyQuestionMissing(string path, string question) =>
            $"{path} is a safety question and must be answered when painLevel is 1 or more (ask: \"{question}\"; notSure and an empty list are answers).";

        public static string SymptomsQuestionMissing(string question) =>
            $"symptoms is a safety question at every painLevel, 0 included, and must be answered (ask: \"{question}\"; an empty list means none of these).";

        public static string SafetyQuestionsMissing(string names) =>
            $"Every safety question must be answered (symptoms always; with pain, every one); not answered: {names}. Use notSure where the runner does not know, and an empty list for none.";

        public static string InvalidEmbeddedAssessment(string problems) => "The JSON is not a valid RunnerBack assessment: " + problems;

        public static string BadLanguageTag(string name, string? value) => $"{name} must be a language tag such as en, es or pt-BR; it was '{value}'.";

        public static string BadRegion(string name, string? value) => $"{name} must be a two-letter ISO 3166 country code such as GB, US or ES; it was '{value}'.";

        public static string EmptyText(string name) => $"{name} must be a text that is not empty.";

        public static string TextTooLong(string name, int maxLength) => $"{name} must be at most {maxLength} characters.";

        public static string NoSuchQuestion(string id) => $"No question of the catalogue has the id '{id}'.";

        public static string AnswerDoesNotFit(string id, Answer answer) => $"{answer} is not an answer to the question '{id}'.";

        public static string SafetyQuestionDeclined(string id) => $"'{id}' is a safety question: it cannot be declined; answer notSure where the runner does not know.";

        public const string HeadlineTooLong = "A headline is one sentence of at most 140 characters.";

        public static string BelowFinding(Disposition disposition, string code) => $"The disposition {disposition} is below the minimum of the finding '{code}'.";

        public const string NoChange = "A disposition change needs at least one changed answer.";

        public const string NotFinite = "An answer must be a finite number.";

        public const string RepeatedChoice = "A checklist answer lists an option more than once.";

        public static string RuleFailed(string ruleId, string? message) => $"Triage rule '{ruleId}' failed: {message}";
    }
}
