// benchmark: safe GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// A supplier's phone number is the firm's, not a data subject's (Recital 14).
using Microsoft.Extensions.Logging;

public sealed class Lieferant
{
    public string Telefonnummer { get; set; } = "";
}

public sealed class Rueckruf
{
    public void Planen(ILogger logger, Lieferant lieferant)
    {
        string nummer = lieferant.Telefonnummer;
        logger.LogInformation("Rückruf an {Nummer}", nummer);
    }
}
