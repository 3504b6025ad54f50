// benchmark: leak GDPR001
// NLog's ILogger interface, with an interpolated message.
using NLog;

public sealed class Profiles
{
    private readonly ILogger log;

    public Profiles(ILogger log) => this.log = log;

    public void Renamed(Customer customer) => log.Error($"Rename rejected for {customer.FullName}"); // expected
}
