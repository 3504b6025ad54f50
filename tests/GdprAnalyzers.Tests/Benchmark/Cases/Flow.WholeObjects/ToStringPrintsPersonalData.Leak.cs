// benchmark: leak GDPR001
// The contact's own ToString prints the e-mail; interpolation writes that text form into the log.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Contact
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    [PersonalData] public string Email { get; set; } = "";

    public override string ToString() => $"{Name} <{Email}>";
}

public sealed class ContactImport
{
    public void Imported(ILogger<ContactImport> logger, Contact contact)
    {
        logger.LogInformation($"Imported contact {contact}"); // expected
    }
}
