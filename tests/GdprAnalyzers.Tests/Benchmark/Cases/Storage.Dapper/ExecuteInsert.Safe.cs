// benchmark: safe GDPR002
// The storing method declares purpose and basis.
using System.Data;
using Dapper;
using GdprAnalyzers.Annotations;

public sealed class Subscribers
{
    [ProcessingPurpose("Send the newsletter the subscriber asked for")]
    [LawfulBasis(LawfulBasis.Consent)]
    public void Save(IDbConnection db, Customer customer)
    {
        db.Execute("INSERT INTO subscribers (email) VALUES (@Email)", new { customer.Email });
    }
}
