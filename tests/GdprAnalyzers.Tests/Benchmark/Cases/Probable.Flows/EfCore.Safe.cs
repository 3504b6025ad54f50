// benchmark: safe GDPR102
// option: gdpr.probable_personal_data_in_flows = true
// A supplier entity's e-mail address is the firm's, not a data subject's (Recital 14).
using Microsoft.EntityFrameworkCore;

public sealed class Supplier
{
    public int Id { get; set; }
    public string Email { get; set; } = "";
}

public sealed class PurchasingDb : DbContext
{
    public DbSet<Supplier> Suppliers => Set<Supplier>();
}
