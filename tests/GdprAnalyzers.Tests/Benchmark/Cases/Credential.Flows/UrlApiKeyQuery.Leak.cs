// benchmark: leak GDPR006
// A request URL that carries the key in its query (?api_key=): the key reaches the log with the URL.
using Microsoft.Extensions.Logging;

public sealed class WeatherClient
{
    public void Requesting(ILogger logger, string key, string city)
    {
        string url = $"https://api.example.com/weather?q={city}&api_key={key}";
        logger.LogInformation("GET {Url}", url); // expected
    }
}
