// benchmark: leak GDPR002
// The profile is stored through the account's navigation property; it declares nothing.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[ProcessingPurpose("Keep the customer's account")]
[LawfulBasis(LawfulBasis.Contract)]
public sealed class Account
{
    public int Id { get; set; }
    public Profile Profile { get; set; } = new();
}

public sealed class Profile
{
    public int Id { get; set; }
    [PersonalData] public string FullName { get; set; } = ""; // expected
}

public sealed class AccountsDb : DbContext
{
    public DbSet<Account> Accounts => Set<Account>();
}
