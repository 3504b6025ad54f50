using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// The sanitizers: calls whose result is free of the personal data they were given, so that a flow ends there
    /// (GDPR Art. 4(5) and Recital 26 pseudonymisation; Art. 5(1)(c) minimisation). <c>GdprAnalyzers.Annotations.Redact</c>,
    /// Microsoft.Extensions.Compliance's <c>Redactor.Redact</c>, methods marked <c>[Redaction]</c>, the models file's
    /// <c>sanitizer</c> lines, and the project's own masking helpers by name.
    /// </summary>
    internal sealed class SanitizerModel
    {
        private readonly KnownSymbols known;

        /// <param name="known">The compilation's well-known symbols and the user's models file.</param>
        public SanitizerModel(KnownSymbols known) => this.known = known;

        /// <summary>Whether <paramref name="method"/> redacts: <c>GdprAnalyzers.Annotations.Redact.*</c>,
        /// <c>Redactor.Redact</c> of Microsoft.Extensions.Compliance, or a method marked <c>[Redaction]</c>.</summary>
        public bool IsRedaction(IMethodSymbol method)
        {
            INamedTypeSymbol? type = method.ContainingType;
            if (type is null)
            {
                return false;
            }

            if ((known.Redact != null && SymbolEqualityComparer.Default.Equals(type, known.Redact)) || known.User.IsSanitizer(method))
            {
                return true;
            }

            if (known.Redactor != null && method.Name == "Redact")
            {
                for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current, known.Redactor))
                    {
                        return true;
                    }
                }
            }

            if (IsNamedSanitizer(method))
            {
                return true;
            }

            if (known.RedactionAttribute != null)
            {
                IMethodSymbol original = method.ReducedFrom ?? method;
                foreach (AttributeData attribute in original.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.RedactionAttribute))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="method"/> returns a password hash of the credential it is given, a salted and slow
        /// one-way function that is how a password may be kept (GDPR Art. 32(1)(a)): ASP.NET Core Identity's
        /// <c>IPasswordHasher&lt;TUser&gt;.HashPassword</c> (<c>PasswordHasher&lt;TUser&gt;</c> and any implementation),
        /// PBKDF2 (<c>Rfc2898DeriveBytes.Pbkdf2</c> and <c>GetBytes</c>, <c>KeyDerivation.Pbkdf2</c>), bcrypt
        /// (BCrypt.Net's <c>BCrypt.HashPassword</c>, <c>EnhancedHashPassword</c>, <c>HashString</c>), Argon2
        /// (Konscious' <c>Argon2id</c>/<c>Argon2i</c>/<c>Argon2d</c> <c>GetBytes</c>, Isopoh's <c>Argon2.Hash</c>, NSec's
        /// password-based key derivation), libsodium's <c>PasswordHash.ArgonHashString</c>/<c>ScryptHashString</c>; a
        /// method marked <c>[Hashing]</c> or of a class marked so, and the models file's <c>hashing</c> lines. A
        /// redaction (<see cref="IsRedaction"/>) ends every flow anyway.
        /// </summary>
        public bool IsPasswordHashing(IMethodSymbol method)
        {
            if (known.User.IsHashing(method) || IsInTable(method, PasswordHashers))
            {
                return true;
            }

            INamedTypeSymbol? marker = known.HashingAttribute;
            if (marker is null)
            {
                return false;
            }

            IMethodSymbol original = method.ReducedFrom ?? method;
            return HasAttribute(original.GetAttributes(), marker) || (original.ContainingType is { } type && HasAttribute(type.GetAttributes(), marker));
        }

        /// <summary>
        /// Whether <paramref name="method"/> returns a form of a token or key that cannot be read without a key, or not at
        /// all: ASP.NET Core Data Protection's <c>IDataProtector.Protect</c> (and its string and time-limited forms),
        /// Identity's <c>ILookupProtector</c> and <c>IPersonalDataProtector</c>, Windows DPAPI's <c>ProtectedData.Protect</c>,
        /// <c>SymmetricAlgorithm.EncryptCbc</c>/<c>EncryptEcb</c>/<c>EncryptCfb</c>, <c>RSA.Encrypt</c>, and cryptographic
        /// hashes (<c>HashAlgorithm.ComputeHash</c>, <c>SHA256.HashData</c> and the like, <c>IncrementalHash</c>,
        /// <c>CryptographicOperations.HashData</c>/<c>HmacData</c>). Enough for a token or key, which is random and
        /// long; not for a password, which a person chose: encrypted it can be read back, hashed fast it can be guessed.
        /// Also the project's own encryption: a method marked <c>[Encryption]</c> or of a class marked so, and the models
        /// file's <c>encryption</c> lines (<see cref="IsMarkedEncryption(IMethodSymbol)"/>).
        /// </summary>
        public bool IsProtection(IMethodSymbol method) => IsInTable(method, Protectors) || IsMarkedEncryption(method);

        /// <summary>Whether the method is the project's own encryption: marked <c>[Encryption]</c>, of a class (or a base
        /// class) marked so, or an <c>encryption</c> line of the models file.</summary>
        public bool IsMarkedEncryption(IMethodSymbol method)
        {
            IMethodSymbol original = method.ReducedFrom ?? method;
            return known.User.IsEncryption(original) || HasAttribute(original.GetAttributes(), known.EncryptionAttribute) || IsMarkedEncryption(original.ContainingType);
        }

        /// <summary>
        /// Whether an EF Core value conversion (<c>HasConversion(...)</c>, see <see cref="EntityModel.ConversionsOf"/>)
        /// encrypts what it writes: its converter type (<c>HasConversion&lt;TConverter&gt;()</c>, <c>typeof(TConverter)</c>,
        /// <c>new TConverter()</c>, a converter held in a field) is marked <c>[Encryption]</c>, or a conversion lambda
        /// calls encryption or data protection (<see cref="IsProtection"/>: <c>protector.Protect(v)</c>, a method marked
        /// <c>[Encryption]</c>).
        /// </summary>
        public bool IsEncryptingConversion(IInvocationOperation conversion)
        {
            foreach (ITypeSymbol typeArgument in conversion.TargetMethod.TypeArguments)
            {
                if (IsMarkedEncryption(typeArgument))
                {
                    return true;
                }
            }

            foreach (IArgumentOperation argument in conversion.Arguments)
            {
                foreach (IOperation operation in argument.Value.DescendantsAndSelf())
                {
                    if ((operation is IInvocationOperation call && IsProtection(call.TargetMethod))
                        || (operation is ITypeOfOperation typeOf && IsMarkedEncryption(typeOf.TypeOperand))
                        || (operation is not IArgumentOperation && IsMarkedEncryption(operation.Type)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="type"/> or a base type is marked <c>[Encryption]</c>: an encrypting class, such
        /// as an EF Core value converter that encrypts what it writes.</summary>
        public bool IsMarkedEncryption(ITypeSymbol? type)
        {
            INamedTypeSymbol? marker = known.EncryptionAttribute;
            for (ITypeSymbol? current = type; marker != null && current != null; current = current.BaseType)
            {
                if (HasAttribute(current.GetAttributes(), marker))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the method (or the method it reduces from) is one of <paramref name="table"/>'s: its name is a
        /// key, and its type, a base type or an interface of it is one of that key's types (metadata names).</summary>
        private static bool IsInTable(IMethodSymbol method, System.Collections.Generic.Dictionary<string, string[]> table)
        {
            IMethodSymbol original = method.ReducedFrom ?? method;
            if (!table.TryGetValue(original.Name, out string[]? types) || original.ContainingType is not { } containing)
            {
                return false;
            }

            for (INamedTypeSymbol? type = containing; type != null; type = type.BaseType)
            {
                if (IsOneOf(type, types))
                {
                    return true;
                }
            }

            foreach (INamedTypeSymbol @interface in containing.AllInterfaces)
            {
                if (IsOneOf(@interface, types))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsOneOf(INamedTypeSymbol type, string[] metadataNames)
        {
            string name = type.MetadataName;
            foreach (string candidate in metadataNames)
            {
                if (candidate.EndsWith(name, StringComparison.Ordinal) && candidate.Length > name.Length && candidate[candidate.Length - name.Length - 1] == '.'
                    && type.ContainingNamespace?.ToDisplayString() == candidate.Substring(0, candidate.Length - name.Length - 1))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasAttribute(System.Collections.Immutable.ImmutableArray<AttributeData> attributes, INamedTypeSymbol? marker)
        {
            if (marker is null)
            {
                return false;
            }

            foreach (AttributeData attribute in attributes)
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, marker))
                {
                    return true;
                }
            }

            return false;
        }

        private const string IdentityPasswordHasher = "Microsoft.AspNetCore.Identity.IPasswordHasher`1";
        private const string Rfc2898 = "System.Security.Cryptography.Rfc2898DeriveBytes";
        private const string BCrypt = "BCrypt.Net.BCrypt";
        private const string KonsciousArgon2 = "Konscious.Security.Cryptography.Argon2";
        private const string NSecPasswordDerivation = "NSec.Cryptography.PasswordBasedKeyDerivationAlgorithm";
        private const string HashAlgorithm = "System.Security.Cryptography.HashAlgorithm";
        private const string IncrementalHash = "System.Security.Cryptography.IncrementalHash";
        private const string CryptographicOperations = "System.Security.Cryptography.CryptographicOperations";
        private const string DataProtector = "Microsoft.AspNetCore.DataProtection.IDataProtector";

        /// <summary>Password hashers: method name, then the types (or base types, interfaces) that declare it.</summary>
        private static readonly System.Collections.Generic.Dictionary<string, string[]> PasswordHashers = new(StringComparer.Ordinal)
        {
            ["HashPassword"] = new[] { IdentityPasswordHasher, BCrypt },
            ["EnhancedHashPassword"] = new[] { BCrypt },
            ["HashString"] = new[] { BCrypt },
            ["Pbkdf2"] = new[] { Rfc2898, "Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivation" },
            ["GetBytes"] = new[] { Rfc2898, KonsciousArgon2 },
            ["GetBytesAsync"] = new[] { KonsciousArgon2 },
            ["Hash"] = new[] { "Isopoh.Cryptography.Argon2.Argon2" },
            ["ArgonHashString"] = new[] { "Sodium.PasswordHash" },
            ["ScryptHashString"] = new[] { "Sodium.PasswordHash" },
            ["DeriveBytes"] = new[] { NSecPasswordDerivation },
            ["DeriveKey"] = new[] { NSecPasswordDerivation },
        };

        /// <summary>Encryption, data protection and cryptographic hashes: method name, then the declaring types.</summary>
        private static readonly System.Collections.Generic.Dictionary<string, string[]> Protectors = new(StringComparer.Ordinal)
        {
            ["Protect"] = new[]
            {
                DataProtector,
                "Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions",
                "Microsoft.AspNetCore.DataProtection.ITimeLimitedDataProtector",
                "Microsoft.AspNetCore.DataProtection.DataProtectionAdvancedExtensions",
                "Microsoft.AspNetCore.Identity.ILookupProtector",
                "Microsoft.AspNetCore.Identity.IPersonalDataProtector",
                "System.Security.Cryptography.ProtectedData",
            },
            ["EncryptCbc"] = new[] { "System.Security.Cryptography.SymmetricAlgorithm" },
            ["EncryptEcb"] = new[] { "System.Security.Cryptography.SymmetricAlgorithm" },
            ["EncryptCfb"] = new[] { "System.Security.Cryptography.SymmetricAlgorithm" },
            ["Encrypt"] = new[] { "System.Security.Cryptography.RSA" },
            ["ComputeHash"] = new[] { HashAlgorithm },
            ["ComputeHashAsync"] = new[] { HashAlgorithm },
            ["TryComputeHash"] = new[] { HashAlgorithm },
            ["HashData"] = new[] { HashAlgorithm, CryptographicOperations },
            ["HashDataAsync"] = new[] { HashAlgorithm, CryptographicOperations },
            ["TryHashData"] = new[] { HashAlgorithm, CryptographicOperations },
            ["HmacData"] = new[] { CryptographicOperations },
            ["GetHashAndReset"] = new[] { IncrementalHash },
            ["GetCurrentHash"] = new[] { IncrementalHash },
        };

        /// <summary>The project's own masking helpers, by name: a method written in the project whose name begins with
        /// <c>Obfuscate</c>, <c>Mask</c>, <c>Scrub</c>, <c>ToScrubbed</c>, <c>Sanitize</c>/<c>Sanitise</c>,
        /// <c>Anonymize</c>/<c>Anonymise</c>, <c>Pseudonymize</c>/<c>Pseudonymise</c> or <c>Redact</c>
        /// (IdentityServer's <c>Obfuscate()</c>, which keeps the last four characters of a secret, and
        /// <c>ToScrubbedDictionary()</c>). Methods of other assemblies count only by the models file or the attribute.</summary>
        private static bool IsNamedSanitizer(IMethodSymbol method)
        {
            IMethodSymbol original = method.ReducedFrom ?? method;
            if (original.Locations.Length == 0 || !original.Locations[0].IsInSource || original.ReturnsVoid)
            {
                return false;
            }

            foreach (string prefix in SanitizerPrefixes)
            {
                if (original.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] SanitizerPrefixes =
        {
            "Obfuscate", "Mask", "Scrub", "ToScrubbed", "Sanitize", "Sanitise", "Anonymize", "Anonymise", "Pseudonymize", "Pseudonymise", "Redact",
        };
    }
}
