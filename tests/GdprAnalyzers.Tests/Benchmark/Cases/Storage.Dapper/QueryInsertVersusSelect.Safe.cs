// benchmark: safe GDPR002
// A Query call whose SQL only reads: the name is a search key, nothing is stored.
using System.Data;
using Dapper;

public sealed class Customers
{
    public int Find(IDbConnection db, Customer customer)
    {
        return db.QuerySingle<int>("SELECT id FROM customers WHERE name = @Name", new { Name = customer.FullName });
    }
}
