// benchmark: safe GDPR006
// Console.WriteLine with the token's type.
using System;

public sealed class Worker
{
    public void Authenticated(string jwt, string tokenType)
    {
        Console.WriteLine($"Authenticated with a {tokenType} token");
    }
}
