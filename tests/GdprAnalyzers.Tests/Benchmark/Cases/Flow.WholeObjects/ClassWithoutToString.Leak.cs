// benchmark: leak GDPR001
// A minimal API handler destructures the customer with {@Customer}: the log writes it member by member, e-mail
// included.
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

public sealed class ShopDb : DbContext
{
    public DbSet<Customer> Customers => Set<Customer>();
}

public static class CustomerEndpoints
{
    public static async Task<bool> ChangePlan(int id, string plan, ShopDb db, ILogger<ShopDb> logger)
    {
        Customer? customer = await db.Customers.FindAsync(id);
        if (customer is null)
        {
            return false;
        }

        customer.Plan = plan;
        await db.SaveChangesAsync();
        logger.LogInformation("Plan changed for {@Customer}", customer); // expected
        return true;
    }
}
