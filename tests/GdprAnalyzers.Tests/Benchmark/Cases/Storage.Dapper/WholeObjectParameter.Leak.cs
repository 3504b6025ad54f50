// benchmark: leak GDPR003
// The whole customer is the parameter object; the class declares a purpose but no basis.
using System.Data;
using System.Threading.Tasks;
using Dapper;
using GdprAnalyzers.Annotations;

[ProcessingPurpose("Keep the customer's account")]
public sealed class CustomerStore
{
    public Task SaveAsync(IDbConnection db, Customer customer)
    {
        return db.ExecuteAsync("UPDATE customers SET email = @Email, phone = @Phone WHERE name = @FullName", customer); // expected
    }
}
