// benchmark: leak GDPR006
// A redirect URL with ?access_token= built from a value whose own name says nothing.
using Microsoft.Extensions.Logging;

public sealed class Callback
{
    public void Redirecting(ILogger logger, string value)
    {
        logger.LogInformation("Redirecting to {Url}", $"https://app.example.com/cb?access_token={value}&state=1"); // expected
    }
}
