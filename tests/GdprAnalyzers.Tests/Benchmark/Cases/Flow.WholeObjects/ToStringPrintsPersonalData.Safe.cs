// benchmark: safe GDPR001
// The same contact, whose ToString prints the e-mail, logged by its Id only.
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
        logger.LogInformation("Imported contact {Id}", contact.Id);
    }
}
