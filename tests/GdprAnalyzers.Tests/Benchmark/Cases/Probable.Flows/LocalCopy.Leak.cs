// benchmark: leak GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// A German phone number (Telefonnummer) through a local.
using Microsoft.Extensions.Logging;

public sealed class Kunde
{
    public string Telefonnummer { get; set; } = "";
}

public sealed class Rueckruf
{
    public void Planen(ILogger logger, Kunde kunde)
    {
        string nummer = kunde.Telefonnummer;
        logger.LogInformation("Rückruf an {Nummer}", nummer); // expected
    }
}
