// benchmark: safe GDPR001
// Only the status and the length of the token endpoint's response are logged.
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public sealed class TokenClient
{
    public async Task Exchange(ILogger<TokenClient> logger, HttpClient client)
    {
        HttpResponseMessage response = await client.PostAsync("https://id.example/connect/token", new StringContent("grant_type=client_credentials"));
        string body = await response.Content.ReadAsStringAsync();
        logger.LogDebug("Token endpoint answered {Status} with {Length} characters", response.StatusCode, body.Length);
    }
}
