using System;
using System.Collections.Generic;

namespace RunnerBack
{
    // The number to call for an ambulance, by ISO 3166 country code, each from a public list a
    // reviewer can check (docs/languages.md lists them). A region not listed gets "your local
    // emergency number" in the result's language: a wrong number is worse than none.
    internal static class EmergencyNumbers
    {
        // European Commission, "112: the European emergency number": 112 reaches the emergency
        // services free of charge in every EU member state.
        private static readonly string[] EuropeanUnion =
        {
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        };

        private static readonly Dictionary<string, string[]> ByRegion = Build();

        // The numbers for a region (most usual first), or null when it is not listed.
        public static string[]? For(string? region) =>
            region is not null && ByRegion.TryGetValue(region.ToUpperInvariant(), out var numbers) ? numbers : null;

        // The number in words of the catalogue's language: "112", "999 or 112", or "your local emergency number".
        public static string Phrase(TextCatalogue texts, string? region) =>
            For(region) is not { } numbers ? texts["emergency.localNumber"]
            : numbers.Length == 1 ? texts.Format("emergency.number", "number", numbers[0])
            : texts.Format("emergency.numberOr", "first", numbers[0], "second", numbers[1]);

        public static bool IsWellFormed(string? region) =>
            region is { Length: 2 } && char.IsLetter(region[0]) && char.IsLetter(region[1]) && region[0] < 128 && region[1] < 128;

        private static Dictionary<string, string[]> Build()
        {
            var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var member in EuropeanUnion)
            {
                table[member] = new[] { "112" };
            }

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
