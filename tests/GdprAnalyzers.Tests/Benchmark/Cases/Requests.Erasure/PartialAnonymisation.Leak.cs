// benchmark: leak GDPR016
// The profile is anonymised instead of removed, but its phone number is not overwritten.
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

public sealed class Profile
{
    public int Id { get; set; }
    [PersonalData] public string DisplayName { get; set; } = "";
    [PersonalData] public string? Phone { get; set; }
    public int Karma { get; set; }
}

public sealed class CommunityDb : DbContext
{
    public DbSet<Profile> Profiles => Set<Profile>();
}

public sealed class ProfileErasure(CommunityDb db)
{
    [ErasureRequestHandler]
    public void Anonymise(int id) // expected
    {
        Profile profile = db.Profiles.Find(id)!;
        profile.DisplayName = "Former member";
        db.SaveChanges();
    }
}
