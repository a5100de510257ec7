using System.Threading;

namespace RunnerBack.Json
{
    // The compact JSON of one result entry (red flag, finding, contributor, recommendation, trace
    // entry), rendered on first write and kept with the entry. Rules hand out the same immutable
    // entries on every call, so escaping and transcoding their texts again for every result would
    // be wasted work; kept on the entry, the bytes live exactly as long as it does.
    //
    // Every EntryJson equals every other: the entry records hold one as a field, and a cache must
    // not take part in their value equality or hash code. The entries have no init accessors, so a
    // `with` copy (which shares this object) always has the same texts.
    internal sealed class EntryJson
    {
        private byte[]? _utf8;

        // Benign race: two threads may render the same bytes; either copy is correct.
        public byte[]? Utf8
        {
            get => Volatile.Read(ref _utf8);
            set => Volatile.Write(ref _utf8, value);
        }

        public override bool Equals(object? obj) => obj is EntryJson;

        public override int GetHashCode() => 0;

        public override string ToString() => nameof(EntryJson);
    }
}
