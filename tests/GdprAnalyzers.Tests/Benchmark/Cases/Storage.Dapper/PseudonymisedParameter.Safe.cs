// benchmark: safe GDPR002
// Only a pseudonym of the e-mail is stored.
using System.Data;
using Dapper;
using GdprAnalyzers.Annotations;

public sealed class Visits
{
    public void Record(IDbConnection db, Customer customer)
    {
        string visitor = Redact.Pseudonymize(customer.Email);
        db.Execute("INSERT INTO visits (visitor) VALUES (@Visitor)", new { Visitor = visitor });
    }
}
