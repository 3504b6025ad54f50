// benchmark: leak GDPR002
// A Query call whose SQL inserts stores the name.
using System.Data;
using Dapper;

public sealed class Customers
{
    public int Create(IDbConnection db, Customer customer)
    {
        return db.QuerySingle<int>("INSERT INTO customers (name) VALUES (@Name) RETURNING id", new { Name = customer.FullName }); // expected
    }
}
