// benchmark: leak GDPR102
// option: gdpr.probable_personal_data_in_flows = true
// An EF Core entity stores an unannotated e-mail address; no purpose is declared.
using Microsoft.EntityFrameworkCore;

public sealed class Subscriber
{
    public int Id { get; set; }
    public string Email { get; set; } = ""; // expected
}

public sealed class MailingDb : DbContext
{
    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
}
