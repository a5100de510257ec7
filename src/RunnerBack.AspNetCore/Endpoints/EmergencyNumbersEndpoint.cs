using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using RunnerBack.AspNetCore.Http;
using RunnerBack.Json;

namespace RunnerBack.AspNetCore.Endpoints
{
    // GET /emergency-numbers?region=GB: the numbers to call for an ambulance, for a tap-to-call
    // button beside an emergency or urgent-care result; none for a region not listed, 400 for a
    // region that is not a country code.
    internal static class EmergencyNumbersEndpoint
    {
        public static async Task HandleAsync(HttpContext http, RunnerBackProblems problems)
        {
            var region = http.Request.Query["region"].ToString();
            region = region.Length == 0 ? null : region;
            if (!EmergencyNumbers.IsRegionCode(region) && region is not null)
            {
                var error = new ValidationError("$.region", ValidationCodes.UnknownValue, "region must be a two-letter ISO 3166 country code such as GB, US or ES.");
                await problems.InvalidAsync(http, new[] { error }, null).ConfigureAwait(false);
                return;
            }

            http.Response.ContentType = "application/json";
            using (var json = new Utf8JsonWriter(http.Response.BodyWriter))
            {
                json.WriteStartObject();
                if (region is not null)
                {
                    json.WriteString("region", region.ToUpperInvariant());
                }

                json.WriteStartArray("numbers");
                foreach (var number in EmergencyNumbers.For(region))
                {
                    json.WriteStringValue(number);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            await http.Response.BodyWriter.FlushAsync(http.RequestAborted).ConfigureAwait(false);
        }
    }
}
