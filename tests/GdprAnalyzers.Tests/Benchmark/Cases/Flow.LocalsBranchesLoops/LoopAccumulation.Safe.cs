// benchmark: safe GDPR001
// Plans accumulated the same way.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Attendance
{
    public void Report(ILogger logger, IEnumerable<Customer> attendees)
    {
        string plans = "";
        foreach (Customer attendee in attendees)
        {
            plans += attendee.Plan + "; ";
        }

        logger.LogInformation("Attendee plans: {Plans}", plans);
    }
}
