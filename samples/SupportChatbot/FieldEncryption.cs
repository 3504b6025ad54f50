using System;
using System.Security.Cryptography;
using System.Text;
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SupportChatbot
{
    /// <summary>
    /// Encrypts a text column with AES-256-GCM: the stored value is base64 of a 12-byte nonce, the ciphertext and a
    /// 16-byte tag. The key is set once at start-up (<see cref="ConfigureKey"/>); this sample derives it from its demo
    /// pseudonymisation key, which protects nothing: a real application takes it from a key vault.
    /// </summary>
    public static class FieldEncryption
    {
        private static byte[]? key;

        /// <summary>Sets the 32-byte key.</summary>
        /// <exception cref="ArgumentException">The key is not 32 bytes long.</exception>
        public static void ConfigureKey(byte[] value)
        {
            if (value.Length != 32)
            {
                throw new ArgumentException("The field encryption key must be 32 bytes long.", nameof(value));
            }

            key = (byte[])value.Clone();
        }

        /// <summary>The text encrypted with a new nonce, as base64.</summary>
        [Encryption]
        public static string Encrypt(string text)
        {
            byte[] plain = Encoding.UTF8.GetBytes(text);
            byte[] sealedValue = new byte[12 + plain.Length + 16];
            RandomNumberGenerator.Fill(sealedValue.AsSpan(0, 12));
            using var aes = new AesGcm(Key, 16);
            aes.Encrypt(sealedValue.AsSpan(0, 12), plain, sealedValue.AsSpan(12, plain.Length), sealedValue.AsSpan(12 + plain.Length));
            return Convert.ToBase64String(sealedValue);
        }

        /// <summary>The text <see cref="Encrypt"/> sealed.</summary>
        /// <exception cref="CryptographicException">The value was not sealed with this key, or was changed.</exception>
        public static string Decrypt(string stored)
        {
            byte[] sealedValue = Convert.FromBase64String(stored);
            byte[] plain = new byte[sealedValue.Length - 28];
            using var aes = new AesGcm(Key, 16);
            aes.Decrypt(sealedValue.AsSpan(0, 12), sealedValue.AsSpan(12, plain.Length), sealedValue.AsSpan(12 + plain.Length), plain);
            return Encoding.UTF8.GetString(plain);
        }

        private static byte[] Key => key ?? throw new InvalidOperationException("FieldEncryption.ConfigureKey was not called.");
    }

    /// <summary>An EF Core value converter that stores a text column encrypted by <see cref="FieldEncryption"/>. Marked
    /// <c>[Encryption]</c>, so GDPR014 counts a property converted with it as protected.</summary>
    [Encryption]
    public sealed class EncryptedTextConverter : ValueConverter<string, string>
    {
        public EncryptedTextConverter()
            : base(text => FieldEncryption.Encrypt(text), stored => FieldEncryption.Decrypt(stored))
        {
        }
    }
}
