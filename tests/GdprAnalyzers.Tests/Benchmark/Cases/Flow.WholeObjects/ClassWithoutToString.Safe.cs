// benchmark: safe GDPR001
// The same handler with a plain {Customer} hole: Customer keeps object.ToString(), so the log shows its type's name.
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
        logger.LogInformation("Plan changed for {Customer}", customer);
        return true;
    }
}
