// benchmark: leak GDPR002
// The e-mail goes through a local into the parameter object.
using System.Data;
using Dapper;

public sealed class Visits
{
    public void Record(IDbConnection db, Customer customer)
    {
        string visitor = customer.Email;
        db.Execute("INSERT INTO visits (visitor) VALUES (@Visitor)", new { Visitor = visitor }); // expected
    }
}
