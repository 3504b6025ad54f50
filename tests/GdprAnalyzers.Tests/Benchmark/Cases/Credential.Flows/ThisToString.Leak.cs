// benchmark: leak GDPR006
// A typed HTTP client logs itself; its ToString returns the API key, so the log's text form of 'this' is the secret.
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public sealed class WeatherClient
{
    private readonly HttpClient http;
    private readonly ILogger<WeatherClient> logger;

    public WeatherClient(HttpClient http, ILogger<WeatherClient> logger, string baseUrl, string apiKey)
    {
        this.http = http;
        this.logger = logger;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
        logger.LogInformation("Created {Client}", this); // expected
    }

    public string BaseUrl { get; }

    public string ApiKey { get; }

    public Task<string> ForecastAsync(string city) =>
        http.GetStringAsync(BaseUrl + "/forecast?city=" + city + "&key=" + ApiKey);

    public override string ToString() => "weather client " + ApiKey;
}
