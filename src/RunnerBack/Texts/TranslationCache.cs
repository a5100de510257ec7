using System.Collections.Concurrent;

namespace RunnerBack
{
    // A built-in result item's translations, kept on its English instance so that every result in
    // one language (and, for a text that names the emergency number, one region) shares one
    // instance, and with it the bytes the JSON writer keeps for it. Bounded by the languages times
    // the region codes. Thread-safe: a race builds the same translation twice and keeps one.
    internal sealed class TranslationCache<T>
        where T : class
    {
        private readonly ConcurrentDictionary<(string Language, string? Region), T> _items = new ConcurrentDictionary<(string Language, string? Region), T>();

        public bool TryGet(string language, string? region, out T item) => _items.TryGetValue((language, region), out item!);

        public T Add(string language, string? region, T item) => _items.GetOrAdd((language, region), item);
    }
}
