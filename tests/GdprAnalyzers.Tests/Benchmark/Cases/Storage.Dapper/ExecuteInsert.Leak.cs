// benchmark: leak GDPR002
// Dapper inserts the e-mail; no purpose is declared.
using System.Data;
using Dapper;

public sealed class Subscribers
{
    public void Save(IDbConnection db, Customer customer)
    {
        db.Execute("INSERT INTO subscribers (email) VALUES (@Email)", new { customer.Email }); // expected
    }
}
