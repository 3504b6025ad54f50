// benchmark: safe GDPR013
// The retention period is declared on the context: it counts for every entity it stores.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[ProcessingPurpose("Answer the customer's support requests")]
[LawfulBasis(LawfulBasis.Contract)]
public sealed class Requester
{
    public int Id { get; set; }
    [PersonalData] public string Email { get; set; } = "";
}

[RetentionPeriod("P2Y", Criteria = "after the customer's last request")]
public sealed class HelpdeskDb : DbContext
{
    public DbSet<Requester> Requesters => Set<Requester>();
}
