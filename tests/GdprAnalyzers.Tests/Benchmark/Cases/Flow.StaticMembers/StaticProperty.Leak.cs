// benchmark: leak GDPR001
// A static auto-property of another class holds the phone number of the last caller.
using Microsoft.Extensions.Logging;

public static class LastCall
{
    public static string? Number { get; set; }
}

public sealed class Switchboard
{
    public void Answer(Customer customer)
    {
        LastCall.Number = customer.Phone;
    }

    public void Hangup(ILogger logger)
    {
        logger.LogWarning("Call with {Number} ended", LastCall.Number); // expected
    }
}
