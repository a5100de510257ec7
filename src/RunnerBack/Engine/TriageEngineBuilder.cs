using System;
using System.Collections.Generic;

namespace RunnerBack
{
    /// <summary>
    /// Composes triage rules in order, sets options, and builds an immutable <see cref="TriageEngine"/>.
    /// </summary>
    /// <remarks>
    /// A new builder is empty; <see cref="Triage.CreateBuilder"/> starts from the default rule set.
    /// Rule ids are checked as rules are added; options are validated by <see cref="Build"/>.
    /// A builder is not thread-safe; the engines it builds are.
    /// </remarks>
    public sealed class TriageEngineBuilder
    {
        private void RequireRemovable(TriageRule rule)
        {
            if (rule.Kind == RuleKind.RedFlag && !_redFlagRemovalAllowed)
            {
                throw new InvalidOperationException(DeveloperMessages.RedFlagRemoval(rule.Id));
            }
        }

        private readonly List<TriageRule> _rules = new List<TriageRule>();
        private readonly List<Action<TriageRuleException>> _faultObservers = new List<Action<TriageRuleException>>();
        private bool _redFlagRemovalAllowed;

        /// <summary>The rules added so far, in order.</summary>
        public IReadOnlyList<TriageRule> Rules => _rules.AsReadOnly();

        /// <summary>The options the engine will use. Default <see cref="TriageOptions.Default"/>.</summary>
        public TriageOptions Options { get; private set; } = TriageOptions.Default;

        /// <summary>Adds each rule of the default set (docs/rules.md) whose id is not in the pipeline yet.</summary>
        public TriageEngineBuilder AddDefaultRules()
        {
            foreach (var rule in DefaultRules.All)
            {
                if (IndexOf(rule.Id) < 0)
                {
                    _rules.Add(rule);
                }
            }

            return this;
        }

        /// <summary>Adds a rule at the end of its stage.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
        /// <exception cref="ArgumentException">A rule with the same id is already in the pipeline.</exception>
        public TriageEngineBuilder AddRule(TriageRule rule)
        {
            Guard.NotNull(rule, nameof(rule));
            if (IndexOf(rule.Id) >= 0)
            {
                throw new ArgumentException(DeveloperMessages.DuplicateRule(rule.Id), nameof(rule));
            }

            _rules.Add(rule);
            return this;
        }

        /// <summary>
        /// Lets <see cref="RemoveRule"/>, <see cref="ReplaceRule"/> and <see cref="ClearRules"/> take
        /// red-flag rules out of the pipeline, which they otherwise refuse.
        /// </summary>
        /// <remarks>
        /// A red flag removed by accident means an emergency that is never called one, so removing
        /// or replacing one must be asked for. Call it only with a clinical reason, such as a
        /// replacement your clinical lead has reviewed; the engine's <see cref="TriageEngine.RuleSetVersion"/>
        /// then differs from the default, so results show they came from a changed rule set.
        /// </remarks>
        /// <returns>This builder.</returns>
        public TriageEngineBuilder AllowRedFlagRemoval()
        {
            _redFlagRemovalAllowed = true;
            return this;
        }

        /// <summary>Removes the rule with this id.</summary>
        /// <exception cref="ArgumentException">No rule has this id (a typo would otherwise silently keep a rule you meant to drop).</exception>
        /// <exception cref="InvalidOperationException">It is a red-flag rule and <see cref="AllowRedFlagRemoval"/> was not called.</exception>
        public TriageEngineBuilder RemoveRule(string id)
        {
            var index = RequireIndexOf(id);
            RequireRemovable(_rules[index]);
            _rules.RemoveAt(index);
            return this;
        }

        /// <summary>Replaces the rule with this id, keeping its place in the pipeline.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="replacement"/> is null.</exception>
        /// <exception cref="ArgumentException">No rule has this id, or the replacement's id belongs to another rule.</exception>
        /// <exception cref="InvalidOperationException">It is a red-flag rule and <see cref="AllowRedFlagRemoval"/> was not called.</exception>
        public TriageEngineBuilder ReplaceRule(string id, TriageRule replacement)
        {
            Guard.NotNull(replacement, nameof(replacement));
            var index = RequireIndexOf(id);
            RequireRemovable(_rules[index]);
            var clash = IndexOf(replacement.Id);
            if (clash >= 0 && clash != index)
            {
                throw new ArgumentException(DeveloperMessages.ReplacementClash(replacement.Id), nameof(replacement));
            }

            _rules[index] = replacement;
            return this;
        }

        /// <summary>Removes every rule.</summary>
        /// <exception cref="InvalidOperationException">A red-flag rule is in the pipeline and <see cref="AllowRedFlagRemoval"/> was not called.</exception>
        public TriageEngineBuilder ClearRules()
        {
            foreach (var rule in _rules)
            {
                RequireRemovable(rule);
            }

            _rules.Clear();
            return this;
        }

        /// <summary>Sets the options; they are validated by <see cref="Build"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
        public TriageEngineBuilder WithOptions(TriageOptions options)
        {
            Options = Guard.NotNull(options, nameof(options));
            return this;
        }

        /// <summary>Changes the options, as in <c>builder.ConfigureOptions(o =&gt; o with { StopPainLevel = 3 })</c>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null or returns null.</exception>
        public TriageEngineBuilder ConfigureOptions(Func<TriageOptions, TriageOptions> configure)
        {
            Guard.NotNull(configure, nameof(configure));
            return WithOptions(configure(Options));
        }

        /// <summary>
        /// Calls <paramref name="observer"/> each time a rule throws under <see cref="FaultPolicy.FailSafe"/>,
        /// with the rule's id and what it threw, so the fault can be logged or counted; the result
        /// is the same with or without observers.
        /// </summary>
        /// <remarks>
        /// Observers run on the thread that assesses, in the order they were added; one that throws
        /// is ignored. Under <see cref="FaultPolicy.Throw"/> the caller gets the exception instead.
        /// Observers do not change <see cref="TriageEngine.RuleSetVersion"/>.
        /// </remarks>
        /// <exception cref="ArgumentNullException"><paramref name="observer"/> is null.</exception>
        public TriageEngineBuilder OnRuleFault(Action<TriageRuleException> observer)
        {
            _faultObservers.Add(Guard.NotNull(observer, nameof(observer)));
            return this;
        }

        /// <summary>Validates the options and builds an immutable, thread-safe engine.</summary>
        /// <exception cref="TriageOptionsException">The options are invalid; every problem is listed.</exception>
        /// <exception cref="InvalidOperationException">The pipeline has no rule.</exception>
        public TriageEngine Build()
        {
            var problems = Options.Validate();
            if (problems.Count > 0)
            {
                throw new TriageOptionsException(problems);
            }

            if (_rules.Count == 0)
            {
                throw new InvalidOperationException(DeveloperMessages.EmptyPipeline);
            }

            return new TriageEngine(StageOrdered(), Options, _faultObservers.ToArray());
        }

        // Stage by stage, keeping the builder's order within each (a stable sort, with no generic
        // sorting code to compile at a process's first build).
        internal TriageRule[] StageOrdered()
        {
            var pipeline = new List<TriageRule>(_rules.Count);
            for (var stage = 0; stage <= 2; stage++)
            {
                pipeline.AddRange(_rules.FindAll(rule => RuleStages.StageOf(rule.Kind) == stage));
            }

            return pipeline.ToArray();
        }

        private int IndexOf(string id)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                if (string.Equals(_rules[i].Id, id, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        private int RequireIndexOf(string id)
        {
            Guard.NotBlank(id, nameof(id));
            var index = IndexOf(id);
            return index >= 0 ? index : throw new ArgumentException(DeveloperMessages.NoSuchRule(id), nameof(id));
        }
    }
}
