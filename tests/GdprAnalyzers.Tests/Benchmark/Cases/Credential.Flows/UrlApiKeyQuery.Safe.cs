// benchmark: safe GDPR006
// The request URL without the key (sent in a header instead).
using Microsoft.Extensions.Logging;

public sealed class WeatherClient
{
    public void Requesting(ILogger logger, string key, string city)
    {
        string url = $"https://api.example.com/weather?q={city}&units=metric";
        logger.LogInformation("GET {Url}", url);
    }
}
