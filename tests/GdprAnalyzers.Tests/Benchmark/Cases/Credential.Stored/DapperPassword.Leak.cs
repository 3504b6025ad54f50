// benchmark: leak GDPR012
// Customer passwords inserted into the database as typed.
using System.Data;
using Dapper;

public sealed class Accounts
{
    public void Create(IDbConnection db, string login, string password)
    {
        db.Execute("INSERT INTO Accounts (Login, Secret) VALUES (@Login, @Secret)",
            new { Login = login, Secret = password }); // expected
    }
}
