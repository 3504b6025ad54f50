// benchmark: safe GDPR013
// The member states its own period, shorter than the context's.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[ProcessingPurpose("Deliver the orders the customer placed")]
[LawfulBasis(LawfulBasis.Contract)]
public sealed class Delivery
{
    public int Id { get; set; }
    [PersonalData, RetentionPeriod("P90D")] public string Street { get; set; } = "";
}

[RetentionPeriod("P1Y")]
public sealed class ShippingDb : DbContext
{
    public DbSet<Delivery> Deliveries => Set<Delivery>();
}
