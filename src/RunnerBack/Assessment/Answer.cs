using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace RunnerBack
{
    /// <summary>
    /// One answer to a question of the catalogue, as the wire contract writes it: a number, true or
    /// false, one option value (<c>"sudden"</c>, <c>"notSure"</c>), a list of option values, or
    /// "declined" (asked, and the runner chose not to say; allowed for questions that are not safety
    /// questions).
    /// </summary>
    /// <remarks>
    /// Immutable and thread-safe, with value equality (a list compares as a set). The default value
    /// is <see cref="Declined"/>.
    /// </remarks>
    public readonly struct Answer : IEquatable<Answer>
    {
        private readonly string[]? _choices;

        private Answer(AnswerKind kind, double number, string[]? choices)
        {
            Kind = kind;
            Number = number;
            _choices = choices;
        }

        /// <summary>The answer of a runner who chose not to say.</summary>
        public static Answer Declined => default;

        /// <summary>"Not sure", where the question allows it.</summary>
        public static Answer NotSure { get; } = Choice("notSure");

        /// <summary>What kind of answer this is.</summary>
        public AnswerKind Kind { get; }

        /// <summary>The number, for <see cref="AnswerKind.Number"/>; 1 or 0 for <see cref="AnswerKind.YesNo"/>.</summary>
        public double Number { get; }

        /// <summary>The truth value, for <see cref="AnswerKind.YesNo"/>.</summary>
        public bool IsYes => Kind == AnswerKind.YesNo && Number != 0;

        /// <summary>The option value, for <see cref="AnswerKind.Choice"/>.</summary>
        public string? ChoiceValue => Kind == AnswerKind.Choice ? _choices![0] : null;

        /// <summary>The option values, for <see cref="AnswerKind.Choices"/>, in the order given; empty for "none of these".</summary>
        public IReadOnlyList<string> ChoiceValues => Kind == AnswerKind.Choices ? _choices! : Array.Empty<string>();

        /// <summary>A number, such as a pain level or a distance.</summary>
        /// <param name="number">A finite number.</param>
        /// <exception cref="ArgumentOutOfRangeException">The number is not finite.</exception>
        public static Answer Of(double number) =>
            double.IsNaN(number) || double.IsInfinity(number)
                ? throw new ArgumentOutOfRangeException(nameof(number), number, DeveloperMessages.NotFinite)
                : new Answer(AnswerKind.Number, number, null);

        /// <summary>Yes or no.</summary>
        /// <param name="yes">True for yes.</param>
        public static Answer Of(bool yes) => new Answer(AnswerKind.YesNo, yes ? 1 : 0, null);

        /// <summary>One option, by its value in the catalogue (<c>"sudden"</c>, <c>"notSure"</c>).</summary>
        /// <param name="value">The option value.</param>
        /// <exception cref="ArgumentException">The value is empty.</exception>
        public static Answer Choice(string value) => new Answer(AnswerKind.Choice, 0, new[] { Guard.NotBlank(value, nameof(value)) });

        /// <summary>Options of a checklist, by their values; none for "none of these".</summary>
        /// <param name="values">The option values.</param>
        /// <exception cref="ArgumentException">A value is empty or given twice.</exception>
        public static Answer Choices(IEnumerable<string> values)
        {
            var list = Guard.NotNull(values, nameof(values)).ToArray();
            foreach (var value in list)
            {
                Guard.NotBlank(value, nameof(values));
            }

            if (list.Distinct(StringComparer.Ordinal).Count() != list.Length)
            {
                throw new ArgumentException(DeveloperMessages.RepeatedChoice, nameof(values));
            }

            return new Answer(AnswerKind.Choices, 0, list);
        }

        /// <summary>Options of a checklist, by their values.</summary>
        /// <param name="values">The option values.</param>
        public static Answer Choices(params string[] values) => Choices((IEnumerable<string>)values);

        /// <inheritdoc />
        public bool Equals(Answer other)
        {
            if (Kind != other.Kind || !Number.Equals(other.Number))
            {
                return false;
            }

            return Kind switch
            {
                AnswerKind.Choice => string.Equals(ChoiceValue, other.ChoiceValue, StringComparison.Ordinal),
                AnswerKind.Choices => new HashSet<string>(_choices!, StringComparer.Ordinal).SetEquals(other._choices!),
                _ => true,
            };
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Answer other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            var hash = ((int)Kind * 397) ^ Number.GetHashCode();
            foreach (var choice in _choices ?? Array.Empty<string>())
            {
                // Order-free, as equality is.
                hash ^= StringComparer.Ordinal.GetHashCode(choice);
            }

            return hash;
        }

        /// <summary>The answer as JSON writes it: <c>3</c>, <c>true</c>, <c>"sudden"</c>, <c>["chest"]</c> or <c>null</c>.</summary>
        public override string ToString() => Kind switch
        {
            AnswerKind.Number => Number.ToString("R", CultureInfo.InvariantCulture),
            AnswerKind.YesNo => IsYes ? "true" : "false",
            AnswerKind.Choice => "\"" + ChoiceValue + "\"",
            AnswerKind.Choices => "[" + string.Join(",", _choices!.Select(c => "\"" + c + "\"")) + "]",
            _ => "null",
        };

        /// <summary>Equality.</summary>
        public static bool operator ==(Answer left, Answer right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        public static bool operator !=(Answer left, Answer right) => !left.Equals(right);
    }

    /// <summary>What kind of value an <see cref="Answer"/> holds.</summary>
    public enum AnswerKind
    {
        /// <summary>Asked, and the runner chose not to say (JSON <c>null</c>).</summary>
        Declined = 0,
        /// <summary>A number.</summary>
        Number = 1,
        /// <summary>True or false.</summary>
        YesNo = 2,
        /// <summary>One option value.</summary>
        Choice = 3,
        /// <summary>A list of option values.</summary>
        Choices = 4,
    }
}
