// benchmark: safe GDPR012
// The project's own password hasher, marked [Hashing].
using System;
using System.IO;
using System.Security.Cryptography;
using GdprAnalyzers.Annotations;

public static class Passwords
{
    [Hashing]
    public static string Hash(string password, byte[] salt) =>
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32));
}

public sealed class Export
{
    public void Write(string password, byte[] salt)
    {
        File.WriteAllText("credentials.txt", Passwords.Hash(password, salt));
    }
}
