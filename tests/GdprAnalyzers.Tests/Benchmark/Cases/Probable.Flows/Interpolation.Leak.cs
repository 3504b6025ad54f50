// benchmark: leak GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// A French e-mail address (courriel) inside an interpolated message.
using Microsoft.Extensions.Logging;

public sealed class Abonne
{
    public string Courriel { get; set; } = "";
}

public sealed class Abonnements
{
    public void Inscrit(ILogger logger, Abonne abonne)
    {
        logger.LogInformation($"Nouvel abonné {abonne.Courriel}"); // expected
    }
}
