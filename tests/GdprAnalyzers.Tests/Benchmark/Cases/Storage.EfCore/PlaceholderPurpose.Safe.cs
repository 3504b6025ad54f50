// benchmark: safe GDPR002
// The member states a real purpose.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[LawfulBasis(LawfulBasis.LegitimateInterests)]
public sealed class Lead
{
    public int Id { get; set; }
    [ProcessingPurpose("Call back the prospect who asked for a quote")]
    [PersonalData] public string Phone { get; set; } = "";
}

public sealed class SalesDb : DbContext
{
    public DbSet<Lead> Leads => Set<Lead>();
}
