using System;
using System.Collections.Generic;

namespace GdprAnalyzers
{
    /// <summary>
    /// Decides by name whether an identifier holds a credential: a password, secret, API key, access or refresh token,
    /// connection string, private key or one-time authorization code (account data whose leak gives access to a data subject's account, GDPR Art. 32).
    /// Words, not substrings: the name is split into words (camelCase, PascalCase, snake_case, SCREAMING_CASE, digits) and
    /// the last word must name the secret itself (<c>AccessToken</c>, <c>ApiKey</c>, <c>PasswordHash</c>), so names that
    /// identify or describe a secret without holding it (<c>TokenId</c>, <c>PasswordResetAt</c>, <c>ApiKeyName</c>,
    /// <c>TokenType</c>) are not credentials.
    /// </summary>
    internal static class CredentialNames
    {
        private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
        {
            "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "credential", "credentials",
            "connectionstring", "privatekey", "jwt", "bearer", "otp", "totp",
        };

        /// <summary>Words that make "key" a secret key (<c>ApiKey</c>, <c>PrivateKey</c>, <c>SigningKey</c>), unlike
        /// <c>CacheKey</c> or <c>PrimaryKey</c>.</summary>
        private static readonly HashSet<string> KeyQualifiers = new(StringComparer.OrdinalIgnoreCase)
        {
            "api", "private", "secret", "signing", "encryption", "access", "subscription", "client", "master", "shared", "hmac",
        };

        /// <summary>Words that make a following "code" a secret (<c>AuthorizationCode</c>, <c>DeviceCode</c>,
        /// <c>VerificationCode</c>, <c>RecoveryCode</c>), unlike <c>ErrorCode</c>, <c>CountryCode</c> or a device flow's
        /// <c>UserCode</c>, which the user reads off a screen.</summary>
        private static readonly HashSet<string> CodeQualifiers = new(StringComparer.OrdinalIgnoreCase)
        {
            "authorization", "auth", "device", "verification", "recovery", "backup", "reset", "mfa", "factor", "otp", "security",
        };

        /// <summary>Words that make a following "hash" or "string" a secret (<c>PasswordHash</c>, <c>ConnectionString</c>).</summary>
        private static readonly HashSet<string> Carriers = new(StringComparer.OrdinalIgnoreCase) { "password", "connection", "secret" };

        /// <summary>Words after which a name goes on to say where its value comes from or what it is for, not what it is
        /// (<c>GetClientIdFromJwt</c> returns a client id, <c>FindUserByToken</c> a user).</summary>
        private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase) { "from", "of", "for", "by", "with" };

        /// <summary>Whether <paramref name="name"/> names a credential: its last word (before any "from", "of", "for", "by"
        /// or "with" that does not start it) names the secret.</summary>
        public static bool IsCredential(string name)
        {
            List<string> words = SignificantWords(name);
            if (words.Count == 0)
            {
                return false;
            }

            string last = words[words.Count - 1];
            string? previous = words.Count > 1 ? words[words.Count - 2] : null;
            if (Heads.Contains(last))
            {
                return true;
            }

            if (previous != null && last.Equals("key", StringComparison.OrdinalIgnoreCase) && KeyQualifiers.Contains(previous))
            {
                return true;
            }

            if (previous != null && last.Equals("code", StringComparison.OrdinalIgnoreCase) && CodeQualifiers.Contains(previous))
            {
                return true;
            }

            // IdentityServer's AuthorizationCodeHandle, RefreshTokenHandle: the handle is the code or token itself.
            if (previous != null && last.Equals("handle", StringComparison.OrdinalIgnoreCase)
                && (Heads.Contains(previous) || (previous.Equals("code", StringComparison.OrdinalIgnoreCase) && words.Count > 2 && CodeQualifiers.Contains(words[words.Count - 3]))))
            {
                return true;
            }

            if (previous != null && (last.Equals("hash", StringComparison.OrdinalIgnoreCase) || last.Equals("string", StringComparison.OrdinalIgnoreCase))
                && Carriers.Contains(previous))
            {
                return true;
            }

            return false;
        }

        /// <summary>The words of <paramref name="name"/> up to any "from", "of", "for", "by" or "with" that does not start it.</summary>
        private static List<string> SignificantWords(string name)
        {
            List<string> words = Split(name);
            for (int i = 1; i < words.Count; i++)
            {
                if (Prepositions.Contains(words[i]))
                {
                    words.RemoveRange(i, words.Count - i);
                    break;
                }
            }

            return words;
        }

        /// <summary>Words that make a password of a name (<c>Password</c>, <c>NewPwd</c>, <c>Passphrase</c>).</summary>
        private static readonly HashSet<string> PasswordWords = new(StringComparer.OrdinalIgnoreCase) { "password", "passwd", "pwd", "passphrase" };

        /// <summary>Words that make a key or secret of a name (<c>ApiKey</c>, <c>ClientSecret</c>, <c>ConnectionString</c>).</summary>
        private static readonly HashSet<string> KeyWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "secret", "apikey", "key", "credential", "credentials", "connectionstring", "privatekey", "string",
        };

        /// <summary>Words that say a value is a hash, a digest or a ciphertext of a secret, not the secret in clear
        /// (<c>PasswordHash</c>, <c>HashedPassword</c>, <c>EncryptedApiKey</c>, <c>ProtectedToken</c>).</summary>
        private static readonly HashSet<string> HashWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "hash", "hashed", "hashes", "digest", "encrypted", "protected", "cipher", "ciphertext", "sha", "bcrypt",
        };

        /// <summary>What kind of credential a name says, for how it may be kept (GDPR012): a password when its secret word
        /// is <c>password</c>, <c>passwd</c>, <c>pwd</c> or <c>passphrase</c>; a key when it is a key, secret, credentials
        /// or connection string (<c>ApiKey</c>, <c>ClientSecret</c>, <c>SigningKey</c>); otherwise a token (access and
        /// refresh tokens, codes, handles, and names that say no kind, such as <c>Authorization</c>).</summary>
        public static CredentialKind KindOf(string name)
        {
            List<string> words = SignificantWords(name);
            if (words.Count == 0)
            {
                return CredentialKind.Token;
            }

            string last = words[words.Count - 1];
            string? previous = words.Count > 1 ? words[words.Count - 2] : null;
            if (PasswordWords.Contains(last) || (previous != null && PasswordWords.Contains(previous) && (last is "hash" or "string")))
            {
                return CredentialKind.Password;
            }

            return KeyWords.Contains(last) ? CredentialKind.Key : CredentialKind.Token;
        }

        /// <summary>Whether <paramref name="name"/> says its value is a hash, digest or ciphertext of a secret rather than
        /// the secret in clear: one of its words is <c>hash</c>, <c>hashed</c>, <c>digest</c>, <c>encrypted</c>,
        /// <c>protected</c>, <c>cipher</c>, <c>ciphertext</c>, <c>sha</c> or <c>bcrypt</c> (<c>PasswordHash</c>,
        /// <c>HashedPassword</c>, <c>EncryptedApiKey</c>, <c>TokenSha256</c>).</summary>
        public static bool NamesAHash(string name)
        {
            foreach (string word in Split(name))
            {
                if (HashWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a header of this name carries a credential: <c>Authorization</c>, <c>Proxy-Authorization</c>,
        /// <c>Cookie</c>, <c>Set-Cookie</c>, or a name whose words <see cref="IsCredential"/> calls a credential
        /// (<c>X-Api-Key</c>, <c>X-Auth-Token</c>; not <c>X-Token-Type</c>), in any case.</summary>
        public static bool IsCredentialHeader(string name) =>
            name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Cookie", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase)
            || IsCredential(name.Replace('-', '_'));

        /// <summary>Whether a URL query parameter of this name carries a credential (<c>token</c>, <c>access_token</c>,
        /// <c>api_key</c>, <c>password</c>...).</summary>
        public static bool IsCredentialQueryParameter(string name) => IsCredential(name) || name.Equals("key", StringComparison.OrdinalIgnoreCase) || name.Equals("code", StringComparison.OrdinalIgnoreCase);

        /// <summary>Splits an identifier into lower-case words at case changes, underscores, hyphens and digits.</summary>
        public static List<string> Split(string name)
        {
            var words = new List<string>(4);
            int start = -1;
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!char.IsLetter(c))
                {
                    Flush(name, ref start, i, words);
                    continue;
                }

                if (start >= 0 && char.IsUpper(c))
                {
                    bool previousLower = char.IsLower(name[i - 1]);
                    bool nextLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                    if (previousLower || (char.IsUpper(name[i - 1]) && nextLower))
                    {
                        Flush(name, ref start, i, words);
                    }
                }

                if (start < 0)
                {
                    start = i;
                }
            }

            Flush(name, ref start, name.Length, words);
            return words;
        }

        private static void Flush(string name, ref int start, int end, List<string> words)
        {
            if (start >= 0 && end > start)
            {
                words.Add(name.Substring(start, end - start).ToLowerInvariant());
            }

            start = -1;
        }
    }

    /// <summary>What kind of credential a value is, which decides how it may be kept (GDPR012, Art. 32(1)(a)).</summary>
    internal enum CredentialKind
    {
        /// <summary>A password or passphrase a person chose: kept only as a salted, slow hash (a password hasher), never
        /// encrypted, since whoever holds the key could read it back and try it elsewhere.</summary>
        Password,

        /// <summary>An API key, client secret, private or signing key, or connection string: kept hashed or encrypted
        /// (ASP.NET Core Data Protection), never in clear, and never in a cookie.</summary>
        Key,

        /// <summary>An access, refresh or session token, a code or a handle: kept hashed or encrypted; a cookie is where a
        /// browser is meant to hold it.</summary>
        Token,
    }
}
