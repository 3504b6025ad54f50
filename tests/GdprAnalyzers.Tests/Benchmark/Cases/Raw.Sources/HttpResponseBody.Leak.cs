// benchmark: leak GDPR001
// A token endpoint's response body is logged by an HTTP handler: the raw body of another service's response.
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public sealed class TokenClient
{
    public async Task Exchange(ILogger<TokenClient> logger, HttpClient client)
    {
        HttpResponseMessage response = await client.PostAsync("https://id.example/connect/token", new StringContent("grant_type=client_credentials"));
        string body = await response.Content.ReadAsStringAsync();
        logger.LogDebug("Token endpoint answered {Status}: {Body}", response.StatusCode, body); // expected
    }
}
