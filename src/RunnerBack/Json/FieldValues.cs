using System;

namespace RunnerBack.Json
{
    // The values the reader found for one object, one slot per declared field (see WireObject),
    // for the model's constructor to take. Numbers, truth values, enums and sets of
    // enums all fit in a double (see ValueField), so nothing is boxed; a nested object's values are
    // a reference.
    internal sealed class FieldValues(int count)
    {
        private const byte Absent = 0;
        private const byte Present = 1;
        private const byte Valid = 2;

        private readonly byte[] _states = new byte[count];
        private readonly double[] _numbers = new double[count];
        private readonly object?[] _objects = new object?[count];

        // Given with a valid value.
        public bool IsGiven(WireField field) => _states[field.Index] == Valid;

        // Given at all, even with a bad value (which has its own error): such a field is not missing.
        public bool IsPresent(WireField field) => _states[field.Index] != Absent;

        public double Number(WireField field) => _numbers[field.Index];

        public object? Object(WireField field) => _objects[field.Index];

        public void MarkPresent(WireField field) => _states[field.Index] = Present;

        public void Set(WireField field, double value)
        {
            _states[field.Index] = Valid;
            _numbers[field.Index] = value;
        }

        public void Set(WireField field, object value)
        {
            _states[field.Index] = Valid;
            _objects[field.Index] = value;
        }
    }
}
