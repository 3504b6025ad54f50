// benchmark: safe GDPR001
// Only the room of the appointment is logged.
using Serilog;

public sealed class Admissions
{
    public void Admit(ILogger log, Appointment appointment)
    {
        log.Warning("Admitted to {Room}", appointment.Room);
    }
}
