// benchmark: leak GDPR013
// The entity declares a purpose and a lawful basis, but nothing says how long its personal data is kept.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[ProcessingPurpose("Answer the customer's support requests")]
[LawfulBasis(LawfulBasis.Contract)]
public sealed class Requester
{
    public int Id { get; set; }
    [PersonalData] public string Email { get; set; } = ""; // expected
}

public sealed class HelpdeskDb : DbContext
{
    public DbSet<Requester> Requesters => Set<Requester>();
}
