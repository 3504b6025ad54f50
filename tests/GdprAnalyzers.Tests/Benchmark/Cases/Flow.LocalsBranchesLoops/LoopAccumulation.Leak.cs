// benchmark: leak GDPR001
// Names accumulated with += in a loop, then logged.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Attendance
{
    public void Report(ILogger logger, IEnumerable<Customer> attendees)
    {
        string names = "";
        foreach (Customer attendee in attendees)
        {
            names += attendee.FullName + "; ";
        }

        logger.LogInformation("Attendees: {Names}", names); // expected
    }
}
