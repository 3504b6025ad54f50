// benchmark: safe GDPR002
// The entity declares its purpose and lawful basis.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[ProcessingPurpose("Send the newsletter the subscriber asked for")]
[LawfulBasis(LawfulBasis.Consent)]
public sealed class Subscriber
{
    public int Id { get; set; }
    [PersonalData] public string Email { get; set; } = "";
}

public sealed class MailingDb : DbContext
{
    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
}
