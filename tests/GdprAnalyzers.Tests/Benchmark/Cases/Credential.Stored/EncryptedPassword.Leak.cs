// benchmark: leak GDPR012
// A password encrypted with a key can be read back: a password needs a password hasher.
using System.IO;
using System.Security.Cryptography;
using System.Text;

public sealed class Vault
{
    public void Keep(Aes aes, byte[] iv, string password)
    {
        File.WriteAllBytes("vault.bin", aes.EncryptCbc(Encoding.UTF8.GetBytes(password), iv)); // expected
    }
}
