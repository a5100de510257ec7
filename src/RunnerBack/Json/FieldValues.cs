using System;

namespace RunnerBack.Json
{
    // The values the reader found for one object, one slot per declared field (see WireObject),
    // for the model's constructor to take. Numbers, truth values, enums and sets of
    // enums all fit in a double (see ValueField; a set bit for bit, see SetSlot), so nothing is boxed; a nested object's values are
    // a reference.
    internal sealed class FieldValues(int count)
    {
        private const byte Absent = 0;
        private const byte Present = 1;
        private const byte Valid = 2;
        private const byte Null = 3;

        private readonly byte[] _states = new byte[count];
        private readonly double[] _numbers = new double[count];
        private readonly object?[] _objects = new object?[count];

        // Given with a valid value.
        public bool IsGiven(WireField field) => _states[field.Index] == Valid;

        // Given at all, even with a bad value (which has its own error): such a field is not missing.
        public bool IsPresent(WireField field) => _states[field.Index] is Present or Valid;

        // Given as JSON null: "not given" to an assessment, "asked and declined" to the interview.
        public bool IsNull(WireField field) => _states[field.Index] == Null;

        public void MarkNull(WireField field) => _states[field.Index] = Null;

        public double Number(WireField field) => _numbers[field.Index];

        public object? Object(WireField field) => _objects[field.Index];

        public void MarkPresent(WireField field) => _states[field.Index] = Present;

        // True when both hold the same values: the interview builds a runner profile only when its
        // answers differ from the last candidate's.
        public bool SameAs(FieldValues other)
        {
            for (var i = 0; i < _states.Length; i++)
            {
                if (_states[i] != other._states[i] || (_states[i] == Valid && (BitConverter.DoubleToInt64Bits(_numbers[i]) != BitConverter.DoubleToInt64Bits(other._numbers[i]) || !ReferenceEquals(_objects[i], other._objects[i]))))
                {
                    return false;
                }
            }

            return true;
        }

        public void CopyTo(FieldValues other)
        {
            Array.Copy(_states, other._states, _states.Length);
            Array.Copy(_numbers, other._numbers, _numbers.Length);
            Array.Copy(_objects, other._objects, _objects.Length);
        }

        // For the interview, which fills the same values with one candidate completion after another.
        public void Clear()
        {
            Array.Clear(_states, 0, _states.Length);
            Array.Clear(_objects, 0, _objects.Length);
        }

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
