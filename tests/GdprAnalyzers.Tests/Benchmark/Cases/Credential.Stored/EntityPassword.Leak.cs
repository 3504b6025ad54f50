// benchmark: leak GDPR012
// A password assigned as typed to a mapped member of an EF Core entity.
using Microsoft.EntityFrameworkCore;

public sealed class Member
{
    public int Id { get; set; }
    public string Password { get; set; } = "";
}

public sealed class ClubContext : DbContext
{
    public DbSet<Member> Members => Set<Member>();
}

public sealed class Registration
{
    public void Register(ClubContext db, string password)
    {
        var member = new Member();
        member.Password = password; // expected
        db.Members.Add(member);
    }
}
