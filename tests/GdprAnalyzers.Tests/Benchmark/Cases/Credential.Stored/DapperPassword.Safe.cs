// benchmark: safe GDPR012
// The same insert with a bcrypt hash of the password.
using System.Data;
using Dapper;

public sealed class Accounts
{
    public void Create(IDbConnection db, string login, string password)
    {
        db.Execute("INSERT INTO Accounts (Login, Secret) VALUES (@Login, @Secret)",
            new { Login = login, Secret = BCrypt.Net.BCrypt.HashPassword(password) });
    }
}
