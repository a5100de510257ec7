using System.Text.Json;

namespace RunnerBack.Json
{
    // Reads one known field of an object, by its index in the object's name table, into the
    // object's draft.
    internal interface IFieldReader<TDraft>
        where TDraft : struct
    {
        void Read(ref Utf8JsonReader reader, int field, JsonFieldReader fields, ref TDraft draft);
    }
}
