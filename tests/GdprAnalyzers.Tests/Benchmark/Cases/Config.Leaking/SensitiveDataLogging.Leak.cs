// benchmark: leak GDPR020
// EF Core logs every query parameter's value, in every environment.
using Microsoft.EntityFrameworkCore;

public sealed class ShopContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.EnableSensitiveDataLogging(); // expected
}
