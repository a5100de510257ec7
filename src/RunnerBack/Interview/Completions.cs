using System;

namespace RunnerBack
{
    // Builds assessments from interview answers with some open questions filled in, and asks the
    // engine for their dispositions: the candidate completions of TRIAGE.md 8.4. Reused by one
    // thread's interview steps, one at a time; not thread-safe.
    internal sealed class Completions
    {
        private readonly ITriageEngine _engine;
        private readonly TriageEngine? _fastEngine;
        private readonly AssessmentDraft _draft = new AssessmentDraft();
        private readonly RunnerDraft _lastRunner = new RunnerDraft();
        private RunnerProfile? _lastProfile;
        private readonly TriageContext _context = new TriageContext();
        private readonly byte[] _outcomes;

        private readonly Answer?[][] _scratch =
        {
            new Answer?[QuestionCatalogue.Ordered.Length], new Answer?[QuestionCatalogue.Ordered.Length], new Answer?[QuestionCatalogue.Ordered.Length],
        };

        public Completions(ITriageEngine engine)
        {
            _engine = engine;
            _fastEngine = engine as TriageEngine;
            _outcomes = new byte[_fastEngine?.PipelineLength ?? 0];
        }

        public ITriageEngine Engine => _engine;

        // One of three answer buffers a step reuses: the lowest's search, the highest's, and the reaches.
        public Answer?[] Scratch(int index) => _scratch[index];

        // The assessment of the answers in `work`: one per question of the catalogue, null for open.
        public PainAssessment Build(Answer?[] work)
        {
            _draft.Clear();
            var questions = QuestionCatalogue.Ordered;
            for (var i = 0; i < questions.Length; i++)
            {
                if (work[i] is { } answer && questions[i].SlotOf(answer) is { } slot)
                {
                    questions[i].Put(_draft, slot);
                }
            }

            if (!_draft.HasRunner)
            {
                return new PainAssessment(_draft, null);
            }

            if (_lastProfile is null || !_draft.Runner.SameAs(_lastRunner))
            {
                _lastProfile = new RunnerProfile(_draft.Runner);
                _draft.Runner.CopyTo(_lastRunner);
            }

            return new PainAssessment(_draft, _lastProfile);
        }

        // The disposition the engine gives the completion; the finding stage alone for the built-in
        // engine, which is what it costs to ask this of many candidates.
        public Disposition DispositionOf(Answer?[] work)
        {
            var assessment = Build(work);
            return _fastEngine is { } engine ? engine.FindingDisposition(assessment, _context, _outcomes) : _engine.Assess(assessment).Disposition;
        }

        public TriageResult Assess(Answer?[] work, string? language, string? region) =>
            _engine.Assess(language is null && region is null ? Build(work) : Build(work) with { Language = language, Region = region });
    }
}
