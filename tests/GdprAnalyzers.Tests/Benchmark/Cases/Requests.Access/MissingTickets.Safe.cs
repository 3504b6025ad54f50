// benchmark: safe GDPR016
// "Download my data" returns the account and the support tickets the person wrote.
using System.Linq;
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

public sealed class HelpdeskUser
{
    public int Id { get; set; }
    [PersonalData] public string Email { get; set; } = "";
}

public sealed class HelpdeskTicket
{
    public int Id { get; set; }
    public int Requester { get; set; }
    [PersonalData] public string Body { get; set; } = "";
}

public sealed class HelpdeskDb : DbContext
{
    public DbSet<HelpdeskUser> Users => Set<HelpdeskUser>();
    public DbSet<HelpdeskTicket> Tickets => Set<HelpdeskTicket>();
}

public sealed class HelpdeskExport(HelpdeskDb db)
{
    [AccessRequestHandler]
    public object Download(int id) => new
    {
        Account = db.Users.Single(u => u.Id == id),
        Tickets = db.Tickets.Where(t => t.Requester == id).ToList(),
    };
}
