// benchmark: safe GDPR001
// The profile is read into a declared type and only its unmarked plan is logged.
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public sealed class ProfileClient
{
    public async Task Load(ILogger<ProfileClient> logger, HttpClient client, string id)
    {
        Customer? profile = await client.GetFromJsonAsync<Customer>("https://people.example/profiles/" + id);
        logger.LogInformation("Loaded profile on plan {Plan}", profile?.Plan);
    }
}
