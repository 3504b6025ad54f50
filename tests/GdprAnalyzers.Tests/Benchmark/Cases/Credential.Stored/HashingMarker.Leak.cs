// benchmark: leak GDPR012
// A helper named as a hash that only encodes: the password is stored readable.
using System;
using System.IO;
using System.Text;

public static class Passwords
{
    public static string Encode(string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes(password));
}

public sealed class Export
{
    public void Write(string password)
    {
        File.WriteAllText("credentials.txt", Passwords.Encode(password)); // expected
    }
}
