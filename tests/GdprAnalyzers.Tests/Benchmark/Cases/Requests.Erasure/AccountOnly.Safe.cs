// benchmark: safe GDPR016
// "Delete my data" removes the member's account and, through a helper, the messages they wrote.
using System.Linq;
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

public sealed class ForumMember
{
    public int Id { get; set; }
    [PersonalData] public string Email { get; set; } = "";
}

public sealed class ForumPost
{
    public int Id { get; set; }
    public int Author { get; set; }
    [PersonalData] public string Text { get; set; } = "";
}

public sealed class ForumDb : DbContext
{
    public DbSet<ForumMember> Members => Set<ForumMember>();
    public DbSet<ForumPost> Posts => Set<ForumPost>();
}

public sealed class ForumAccount(ForumDb db)
{
    [ErasureRequestHandler]
    public async Task DeleteMyData(int id)
    {
        await DeletePosts(id);
        await db.Members.Where(m => m.Id == id).ExecuteDeleteAsync();
    }

    private Task<int> DeletePosts(int author) => db.Posts.Where(p => p.Author == author).ExecuteDeleteAsync();
}
