// benchmark: safe GDPR016
// The orders' relationship to the customer is required (a non-nullable foreign key): EF Core deletes them with the customer.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

public sealed class Shopper
{
    public int Id { get; set; }
    [PersonalData] public string Email { get; set; } = "";
}

public sealed class Purchase
{
    public int Id { get; set; }
    public int ShopperId { get; set; }
    public Shopper Shopper { get; set; } = null!;
    [PersonalData] public string DeliveryAddress { get; set; } = "";
}

public sealed class StoreDb : DbContext
{
    public DbSet<Shopper> Shoppers => Set<Shopper>();
    public DbSet<Purchase> Purchases => Set<Purchase>();
}

public sealed class Privacy(StoreDb db)
{
    [ErasureRequestHandler]
    public void Forget(Shopper shopper) => db.Shoppers.Remove(shopper);
}
