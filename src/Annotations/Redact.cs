using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace GdprAnalyzers.Annotations
{
    /// <summary>
    /// Redaction and pseudonymisation of personal data before it leaves the program, e.g. into a log
    /// (GDPR Art. 5(1)(c) data minimisation, Art. 4(5) and 32(1)(a) pseudonymisation).
    /// </summary>
    /// <remarks>
    /// <para><see cref="Erase"/> removes the value. <see cref="Pseudonymize"/> replaces it by a keyed HMAC-SHA256 pseudonym,
    /// the same for the same value and key, so that log lines about one data subject still correlate while the value
    /// itself cannot be read back.</para>
    /// <para>Key: call <see cref="ConfigurePseudonymizationKey"/> once at start-up with a secret of at least 32 bytes kept
    /// apart from the logs (Art. 4(5): "additional information kept separately"). Until then, an ephemeral random key
    /// is used: pseudonyms are stable within the process only, and <see cref="IsPseudonymizationKeyConfigured"/> is
    /// <see langword="false"/>. Neither method ever throws on its input, so a log call cannot fail because of them.</para>
    /// <para>The methods are thread-safe.</para>
    /// </remarks>
    public static class Redact
    {
        /// <summary>The marker that <see cref="Erase"/> returns: <c>[erased]</c>.</summary>
        public const string ErasedMarker = "[erased]";

        /// <summary>The text that <see cref="Pseudonymize"/> returns for <see langword="null"/>: <c>(null)</c>.</summary>
        public const string NullMarker = "(null)";

        /// <summary>The prefix of every pseudonym: <c>ps:</c>.</summary>
        public const string PseudonymPrefix = "ps:";

        /// <summary>The smallest accepted key length, in bytes (the HMAC-SHA256 output length).</summary>
        public const int MinimumKeyLength = 32;

        private static readonly object Gate = new object();
        private static byte[]? configuredKey;
        private static byte[]? ephemeralKey;

        /// <summary>Whether <see cref="ConfigurePseudonymizationKey"/> has been called. When <see langword="false"/>,
        /// pseudonyms come from an ephemeral per-process key and do not correlate across restarts or instances.</summary>
        public static bool IsPseudonymizationKeyConfigured => Volatile.Read(ref configuredKey) != null;

        /// <summary>Replaces any value, <see langword="null"/> included, by <see cref="ErasedMarker"/>.</summary>
        /// <param name="value">The value to erase; it is not read.</param>
        /// <returns>Always <c>"[erased]"</c>; never throws.</returns>
        public static string Erase(object? value) => ErasedMarker;

        /// <summary>
        /// Returns a keyed pseudonym of <paramref name="value"/>: <c>ps:</c> followed by 16 lowercase hexadecimal digits,
        /// the first 8 bytes of HMAC-SHA256(key, UTF-8(value)). The same value and key always give the same pseudonym.
        /// </summary>
        /// <param name="value">The personal data to pseudonymise, e.g. an e-mail address. <see langword="null"/> gives
        /// <see cref="NullMarker"/>; the empty string is pseudonymised like any other value.</param>
        /// <returns>A 19-character pseudonym such as <c>ps:3f9a0c51d2e47b86</c>, or <c>(null)</c>; never throws.</returns>
        public static string Pseudonymize(string? value)
        {
            if (value is null)
            {
                return NullMarker;
            }

            byte[] key = Volatile.Read(ref configuredKey) ?? GetEphemeralKey();
            byte[] hash;
            using (var hmac = new HMACSHA256(key))
            {
                hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(value));
            }

            var builder = new StringBuilder(PseudonymPrefix.Length + 16);
            builder.Append(PseudonymPrefix);
            for (int i = 0; i < 8; i++)
            {
                builder.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }

        /// <summary>
        /// Sets the secret key of <see cref="Pseudonymize"/>, once, at start-up. Calling it again with the same key does
        /// nothing.
        /// </summary>
        /// <param name="key">At least <see cref="MinimumKeyLength"/> (32) random bytes, kept apart from the logs (for example
        /// in a secret store). The array is copied.</param>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="key"/> is shorter than 32 bytes.</exception>
        /// <exception cref="InvalidOperationException">A different key was configured before: changing it would break the
        /// correlation of pseudonyms already written.</exception>
        public static void ConfigurePseudonymizationKey(byte[] key)
        {
            if (key is null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            if (key.Length < MinimumKeyLength)
            {
                throw new ArgumentException(
                    $"The pseudonymisation key must be at least {MinimumKeyLength} bytes long; it is {key.Length}.",
                    nameof(key));
            }

            lock (Gate)
            {
                if (configuredKey != null)
                {
                    if (FixedTimeEquals(configuredKey, key))
                    {
                        return;
                    }

                    throw new InvalidOperationException(
                        "A different pseudonymisation key is already configured. Configure the key once, at start-up.");
                }

                Volatile.Write(ref configuredKey, (byte[])key.Clone());
            }
        }

        private static byte[] GetEphemeralKey()
        {
            byte[]? key = Volatile.Read(ref ephemeralKey);
            if (key != null)
            {
                return key;
            }

            var fresh = new byte[MinimumKeyLength];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(fresh);
            }

            return Interlocked.CompareExchange(ref ephemeralKey, fresh, null) ?? fresh;
        }

        private static bool FixedTimeEquals(byte[] left, byte[] right)
        {
            if (left.Length != right.Length)
            {
                return false;
            }

            int difference = 0;
            for (int i = 0; i < left.Length; i++)
            {
                difference |= left[i] ^ right[i];
            }

            return difference == 0;
        }
    }
}
