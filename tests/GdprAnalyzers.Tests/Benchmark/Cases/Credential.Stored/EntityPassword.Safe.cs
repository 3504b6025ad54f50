// benchmark: safe GDPR012
// The password goes through ASP.NET Core Identity's password hasher before it reaches the entity.
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

public sealed class Member
{
    public int Id { get; set; }
    public string PasswordHash { get; set; } = "";
}

public sealed class ClubContext : DbContext
{
    public DbSet<Member> Members => Set<Member>();
}

public sealed class Registration
{
    public void Register(ClubContext db, IPasswordHasher<Member> hasher, string password)
    {
        var member = new Member();
        member.PasswordHash = hasher.HashPassword(member, password);
        db.Members.Add(member);
    }
}
