// benchmark: leak GDPR003
// The entity declares a purpose but no lawful basis.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[ProcessingPurpose("Deliver the orders the customer placed")]
public sealed class Recipient
{
    public int Id { get; set; }
    [PersonalData] public string Street { get; set; } = ""; // expected
}

public sealed class ShippingDb : DbContext
{
    public DbSet<Recipient> Recipients => Set<Recipient>();
}
