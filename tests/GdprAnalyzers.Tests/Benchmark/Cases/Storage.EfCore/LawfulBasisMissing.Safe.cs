// benchmark: safe GDPR003
// The purpose is on the entity, the lawful basis on the context: both count.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[ProcessingPurpose("Deliver the orders the customer placed")]
public sealed class Recipient
{
    public int Id { get; set; }
    [PersonalData] public string Street { get; set; } = "";
}

[LawfulBasis(LawfulBasis.Contract)]
public sealed class ShippingDb : DbContext
{
    public DbSet<Recipient> Recipients => Set<Recipient>();
}
