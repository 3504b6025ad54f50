// benchmark: safe GDPR016
// The profile is anonymised instead of removed: every personal data member is overwritten (statistics stay).
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
    public void Anonymise(int id)
    {
        Profile profile = db.Profiles.Find(id)!;
        profile.DisplayName = "Former member";
        profile.Phone = null;
        db.SaveChanges();
    }
}
