using System;
using System.Collections.Generic;

namespace RunnerBack
{
    /// <summary>
    /// The numbers to call for an ambulance, by ISO 3166 country code (docs/languages.md lists them
    /// with their sources), for an app that shows a tap-to-call button beside an emergency or
    /// urgent-care result.
    /// </summary>
    /// <remarks>
    /// A region not listed has no number: the result then says "your local emergency number" in
    /// its language, since a wrong number is worse than none. Stateless and thread-safe.
    /// </remarks>
    public static class EmergencyNumbers
    {
        // European Commission, "112: the European emergency number": 112 reaches the emergency
        // services free of charge in every EU member state.
        private static readonly string[] EuropeanUnion =
        {
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        };

        private static readonly Dictionary<string, string[]> ByRegion = Build();

        /// <summary>The numbers for a region, the one to call for an ambulance first; empty when the region is not listed.</summary>
        /// <param name="region">A two-letter ISO 3166 country code such as <c>GB</c> (any case), or null for none.</param>
        /// <returns>The numbers, such as <c>["999", "112"]</c> for <c>GB</c>.</returns>
        /// <exception cref="ArgumentException"><paramref name="region"/> is not two letters (<see cref="IsRegionCode"/>).</exception>
        public static ValueList<string> For(string? region)
        {
            if (region is not null && !IsWellFormed(region))
            {
                throw new ArgumentException(DeveloperMessages.BadRegion(nameof(region), region), nameof(region));
            }

            return Lookup(region) is { } numbers ? new ValueList<string>((string[])numbers.Clone()) : default;
        }

        /// <summary>True when <paramref name="region"/> has the form of an ISO 3166 country code: two ASCII letters, any case.</summary>
        /// <param name="region">The text to check.</param>
        /// <returns>Whether <see cref="For"/> and a request's <c>region</c> accept it.</returns>
        public static bool IsRegionCode(string? region) => IsWellFormed(region);

        // The numbers for a region (most usual first), or null when it is not listed.
        internal static string[]? Lookup(string? region) =>
            region is not null && ByRegion.TryGetValue(region.ToUpperInvariant(), out var numbers) ? numbers : null;

        // The number in words of the catalogue's language: "112", "999 or 112", or "your local emergency number".
        internal static string Phrase(TextCatalogue texts, string? region) =>
            Lookup(region) is not { } numbers ? texts["emergency.localNumber"]
            : numbers.Length == 1 ? texts.Format("emergency.number", "number", numbers[0])
            : texts.Format("emergency.numberOr", "first", numbers[0], "second", numbers[1]);

        internal static bool IsWellFormed(string? region) =>
            region is { Length: 2 } && char.IsLetter(region[0]) && char.IsLetter(region[1]) && region[0] < 128 && region[1] < 128;

        private static Dictionary<string, string[]> Build()
        {
            var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var member in EuropeanUnion)
            {
                table[member] = new[] { "112" };
            }

            // Service-public.fr, "Numéros d'urgence": 15 (SAMU) for a medical emergency; 112 works too.
            table["FR"] = new[] { "15", "112" };

            // NHS, "When to call 999": 999, or 112, which works the same way in the UK.
            table["GB"] = new[] { "999", "112" };
            table["UK"] = table["GB"];

            // National 911 Program (911.gov) and the CRTC, "9-1-1 services" (Canada).
            table["US"] = new[] { "911" };
            table["CA"] = new[] { "911" };

            // Australian Government, "Triple Zero (000)" (triplezero.gov.au).
            table["AU"] = new[] { "000" };

            // New Zealand Government, "Call 111 in an emergency" (111.govt.nz).
            table["NZ"] = new[] { "111" };

            // Government of India, Emergency Response Support System, "Dial 112" (112.gov.in).
            table["IN"] = new[] { "112" };

            // Ministério da Saúde, "SAMU 192" (Brazil's mobile emergency medical service).
            table["BR"] = new[] { "192" };

            // Gobierno de México, "911 Emergencias" (the national emergency number).
            table["MX"] = new[] { "911" };

            // Swiss Confederation, ch.ch "Emergency numbers": 144 for an ambulance, 112 for any emergency.
            table["CH"] = new[] { "144", "112" };

            // Helsenorge (Norway's health service), "Call 113" for a medical emergency.
            table["NO"] = new[] { "113" };

            // Neyðarlínan, "112 Iceland" (112.is).
            table["IS"] = new[] { "112" };
            return table;
        }
    }
}
