// benchmark: leak GDPR002
// An EF Core entity stores an e-mail; no processing purpose is declared anywhere.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

public sealed class Subscriber
{
    public int Id { get; set; }
    [PersonalData] public string Email { get; set; } = ""; // expected
}

public sealed class MailingDb : DbContext
{
    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
}
