using System;
using RunnerBack.Json;
using Fields = RunnerBack.Json.RequestFormat;

namespace RunnerBack
{
    // Builds assessments from interview answers with some open questions filled in, and asks the
    // engine for their dispositions: the candidate completions of TRIAGE.md 8.4. One per interview
    // step, reusing its buffers; not thread-safe.
    internal sealed class Completions
    {
        private readonly ITriageEngine _engine;
        private readonly TriageEngine? _fastEngine;
        private readonly FieldValues _assessment = new FieldValues(Fields.AssessmentObject.FieldCount);
        private readonly FieldValues _runner = new FieldValues(Fields.RunnerObject.FieldCount);
        private readonly FieldValues _lastRunner = new FieldValues(Fields.RunnerObject.FieldCount);
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

        // One of three answer buffers a step reuses: the lowest's search, the highest's, and the reaches.
        public Answer?[] Scratch(int index) => _scratch[index];

        // The assessment of the answers in `work`: one per question of the catalogue, null for open.
        public PainAssessment Build(Answer?[] work)
        {
            _assessment.Clear();
            _runner.Clear();
            var questions = QuestionCatalogue.Ordered;
            var hasRunner = false;
            for (var i = 0; i < questions.Length; i++)
            {
                if (work[i] is { } answer && questions[i].SlotOf(answer) is { } slot)
                {
                    var question = questions[i];
                    (question.InRunner ? _runner : _assessment).Set(question.Field, slot);
                    hasRunner |= question.InRunner;
                }
            }

            if (!hasRunner)
            {
                return new PainAssessment(_assessment, null);
            }

            if (_lastProfile is null || !_runner.SameAs(_lastRunner))
            {
                _lastProfile = new RunnerProfile(_runner);
                _runner.CopyTo(_lastRunner);
            }

            return new PainAssessment(_assessment, _lastProfile);
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
