// benchmark: safe GDPR020
// The same setting, switched by a value bound from configuration.
using Microsoft.EntityFrameworkCore;

public sealed class DatabaseOptions
{
    public bool LogParameterValues { get; set; }
}

public sealed class ShopContext : DbContext
{
    private readonly DatabaseOptions database;

    public ShopContext(DatabaseOptions database) => this.database = database;

    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.EnableSensitiveDataLogging(database.LogParameterValues);
}
