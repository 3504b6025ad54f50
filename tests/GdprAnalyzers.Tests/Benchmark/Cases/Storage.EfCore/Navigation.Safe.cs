// benchmark: safe GDPR002
// The profile declares its own purpose and basis.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[ProcessingPurpose("Keep the customer's account")]
[LawfulBasis(LawfulBasis.Contract)]
public sealed class Account
{
    public int Id { get; set; }
    public Profile Profile { get; set; } = new();
}

[ProcessingPurpose("Address the customer by name")]
[LawfulBasis(LawfulBasis.Contract)]
public sealed class Profile
{
    public int Id { get; set; }
    [PersonalData] public string FullName { get; set; } = "";
}

public sealed class AccountsDb : DbContext
{
    public DbSet<Account> Accounts => Set<Account>();
}
