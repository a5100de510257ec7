using System;

namespace RunnerBack
{
    // One input of an assessment or a runner profile: its name, which is the wire contract's and
    // the question catalogue's, and the check the model makes when the value is set. The kinds
    // below add what each allows. Declared once, in Inputs.
    internal abstract class Input(string name)
    {
        public string Name { get; } = name;

        // Where the answer stands in a request, as the contract's paths say it: $.onset, $.runner.age.
        public string PathIn(bool runner) => runner ? "$." + Inputs.Runner.Name + "." + Name : "$." + Name;
    }

    internal sealed class WholeNumberInput(string name, int min, int max) : Input(name)
    {
        public int Min { get; } = min;

        public int Max { get; } = max;

        public int Check(int value) => Guard.InRange(value, Min, Max, Name);

        public int? Check(int? value) => value is { } v ? Check(v) : null;
    }

    internal sealed class NumberInput(string name, double min, double max) : Input(name)
    {
        public double Min { get; } = min;

        public double Max { get; } = max;

        public double? Check(double? value) => Guard.InRange(value, Min, Max, Name);
    }

    // One of an enum's named values.
    internal sealed class ChoiceInput<TEnum>(string name) : Input(name)
        where TEnum : unmanaged, Enum
    {
        public TEnum? Check(TEnum? value) => Guard.Defined(value, Name);
    }

    // Any of an enum's named values, each at most once; EnumSet checks them.
    internal sealed class ChoiceSetInput<TEnum>(string name) : Input(name)
        where TEnum : unmanaged, Enum
    {
    }

    // Yes, no or not sure.
    internal sealed class YesNoInput(string name) : Input(name)
    {
        public YesNo? Check(YesNo? value) => Guard.Defined(value, Name);
    }

    // True or false, for a profile answer with no "not sure".
    internal sealed class FlagInput(string name) : Input(name)
    {
    }

    // Text that is not blank, up to a length, and of a shape when `accepts` says so (a language
    // tag, a country code), with `refusal` saying why one is not.
    internal sealed class TextInput(string name, int maxLength = int.MaxValue, Func<string, bool>? accepts = null, Func<string, string>? refusal = null) : Input(name)
    {
        public int MaxLength { get; } = maxLength;

        public bool Accepts(string value) => accepts is null || accepts(value);

        public string Refusal(string value) => refusal!(value);

        public string? Check(string? value) =>
            value is null ? null
            : value.Trim().Length == 0 ? throw new ArgumentException(DeveloperMessages.EmptyText(Name), Name)
            : value.Length > MaxLength ? throw new ArgumentOutOfRangeException(Name, value.Length, DeveloperMessages.TextTooLong(Name, MaxLength))
            : !Accepts(value) ? throw new ArgumentException(Refusal(value), Name)
            : value;
    }

    // A nested object (the runner's profile).
    internal sealed class ObjectInput(string name) : Input(name)
    {
    }
}
