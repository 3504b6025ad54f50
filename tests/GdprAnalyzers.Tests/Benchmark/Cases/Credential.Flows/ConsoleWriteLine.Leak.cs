// benchmark: leak GDPR006
// Console.WriteLine (a log sink by default: in a service, the console is the container log) with a JWT.
using System;

public sealed class Worker
{
    public void Authenticated(string jwt)
    {
        Console.WriteLine($"Authenticated with {jwt}"); // expected
    }
}
