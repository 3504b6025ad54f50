// benchmark: safe GDPR002
// The IdentityUser subclass declares purpose and basis.
using GdprAnalyzers.Annotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

[ProcessingPurpose("Let the customer sign in to the shop")]
[LawfulBasis(LawfulBasis.Contract)]
public sealed class ShopUser : IdentityUser
{
    public string Plan { get; set; } = "basic";
}

public sealed class ShopDb : IdentityDbContext<ShopUser>
{
    public ShopDb(DbContextOptions<ShopDb> options) : base(options) { }
}
