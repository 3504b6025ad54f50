// benchmark: leak GDPR002
// A placeholder is not a processing purpose.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[LawfulBasis(LawfulBasis.LegitimateInterests)]
public sealed class Lead
{
    public int Id { get; set; }
    [ProcessingPurpose("TODO")]
    [PersonalData] public string Phone { get; set; } = ""; // expected
}

public sealed class SalesDb : DbContext
{
    public DbSet<Lead> Leads => Set<Lead>();
}
