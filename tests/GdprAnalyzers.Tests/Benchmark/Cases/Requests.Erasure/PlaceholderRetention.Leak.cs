// benchmark: leak GDPR016
// Invoices are marked as kept after erasure, but the reason is a placeholder: it counts as none.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

public sealed class Client
{
    public int Id { get; set; }
    [PersonalData] public string Name { get; set; } = "";
}

[RetainedAfterErasure("TODO")]
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
    public void Erase(Client client) => db.Remove(client); // expected
}
