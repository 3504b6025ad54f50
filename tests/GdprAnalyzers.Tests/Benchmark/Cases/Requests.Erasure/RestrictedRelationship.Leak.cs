// benchmark: leak GDPR016
// The orders' required relationship to the customer is configured not to cascade: removing the customer leaves them.
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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Purchase>().HasOne(p => p.Shopper).WithMany().OnDelete(DeleteBehavior.Restrict);
}

public sealed class Privacy(StoreDb db)
{
    [ErasureRequestHandler]
    public void Forget(Shopper shopper) => db.Shoppers.Remove(shopper); // expected
}
