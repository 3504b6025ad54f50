// benchmark: safe GDPR012
// An API key the application must send again is encrypted: that is how a key is kept.
using System.IO;
using System.Security.Cryptography;
using System.Text;

public sealed class Vault
{
    public void Keep(Aes aes, byte[] iv, string apiKey)
    {
        File.WriteAllBytes("vault.bin", aes.EncryptCbc(Encoding.UTF8.GetBytes(apiKey), iv));
    }
}
