// benchmark: safe GDPR003
// The class declares purpose and basis.
using System.Data;
using System.Threading.Tasks;
using Dapper;
using GdprAnalyzers.Annotations;

[ProcessingPurpose("Keep the customer's account")]
[LawfulBasis(LawfulBasis.Contract)]
public sealed class CustomerStore
{
    public Task SaveAsync(IDbConnection db, Customer customer)
    {
        return db.ExecuteAsync("UPDATE customers SET email = @Email, phone = @Phone WHERE name = @FullName", customer);
    }
}
