// benchmark: safe GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// A look-alike: a socket's address family is not an address.
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

public sealed class Endpoint
{
    public AddressFamily AddressFamily { get; set; }
}

public sealed class Listener
{
    public void Started(ILogger logger, Endpoint endpoint)
    {
        logger.LogInformation($"Listening on {endpoint.AddressFamily}");
    }
}
