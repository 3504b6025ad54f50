// benchmark: leak GDPR001
// An awaited EF Core query returns the newest customer on the plan; its e-mail address is logged.
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
        Customer? newest = await db.Customers.OrderBy(c => c.Visits).FirstOrDefaultAsync(c => c.Plan == plan);
        logger.LogInformation("Plan {Plan}: newest customer {Newest}", plan, newest?.Email); // expected
    }
}
