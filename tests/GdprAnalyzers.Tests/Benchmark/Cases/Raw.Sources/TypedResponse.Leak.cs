// benchmark: leak GDPR001
// A profile fetched from another service as text is logged whole.
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public sealed class ProfileClient
{
    public async Task Load(ILogger<ProfileClient> logger, HttpClient client, string id)
    {
        string profile = await client.GetStringAsync("https://people.example/profiles/" + id);
        logger.LogInformation("Loaded profile {Profile}", profile); // expected
    }
}
