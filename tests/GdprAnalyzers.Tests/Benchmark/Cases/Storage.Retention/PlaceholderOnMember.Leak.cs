// benchmark: leak GDPR013
// A TODO left on the member: the nearest declaration decides, the context's period does not cover it.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[ProcessingPurpose("Deliver the orders the customer placed")]
[LawfulBasis(LawfulBasis.Contract)]
public sealed class Delivery
{
    public int Id { get; set; }
    [PersonalData, RetentionPeriod("TODO")] public string Street { get; set; } = ""; // expected
}

[RetentionPeriod("P1Y")]
public sealed class ShippingDb : DbContext
{
    public DbSet<Delivery> Deliveries => Set<Delivery>();
}
