// benchmark: leak GDPR002
// An IdentityUser subclass stores Identity's personal data members; the finding sits on the entity.
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

public sealed class ShopUser : IdentityUser // expected
{
    public string Plan { get; set; } = "basic";
}

public sealed class ShopDb : IdentityDbContext<ShopUser>
{
    public ShopDb(DbContextOptions<ShopDb> options) : base(options) { }
}
