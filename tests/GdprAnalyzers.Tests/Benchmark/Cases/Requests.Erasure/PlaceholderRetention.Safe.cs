// benchmark: safe GDPR016
// Invoices are kept after erasure for a stated legal obligation (Art. 17(3)(b)).
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

public sealed class Client
{
    public int Id { get; set; }
    [PersonalData] public string Name { get; set; } = "";
}

[RetainedAfterErasure("Legal obligation: invoices are kept 10 years under the commercial code")]
public sealed class ClientInvoice
{
    public int Id { get; set; }
    [PersonalData] public string BillingName { get; set; } = "";
}

public sealed class AccountsDb : DbContext
{
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ClientInvoice> Invoices => Set<ClientInvoice>();
}

public sealed class ClientErasure(AccountsDb db)
{
    [ErasureRequestHandler]
    public void Erase(Client client) => db.Remove(client);
}
