// benchmark: safe GDPR001
// The same query awaited as a count: a number, not personal data.
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

public sealed class ShopDb : DbContext
{
    public DbSet<Customer> Customers => Set<Customer>();
}

public sealed class PlanStatistics
{
    public async Task ReportAsync(ILogger<PlanStatistics> logger, ShopDb db, string plan)
    {
        int count = await db.Customers.CountAsync(c => c.Plan == plan);
        logger.LogInformation("Plan {Plan}: {Count} customers", plan, count);
    }
}
