using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// The sources of GDPR012 (credential stored in clear, GDPR Art. 32(1)(a), 5(1)(f)): GDPR006's credentials
    /// (<see cref="CredentialSources"/>: by name, marked <c>[PersonalData(PersonalDataCategory.Credential)]</c>, and the
    /// framework's credential headers, cookies, query strings and command lines), of one group of kinds
    /// (<see cref="CredentialNames.KindOf"/>), each with the calls after which it is no longer in clear:
    /// <list type="bullet">
    /// <item>passwords: only a password hasher (<see cref="SanitizerModel.IsPasswordHashing"/>); encrypted, a password can
    /// be read back by whoever holds the key, hashed fast it can be guessed;</item>
    /// <item>keys and tokens: a password hasher, encryption, data protection or a cryptographic hash
    /// (<see cref="SanitizerModel.IsProtection"/>).</item>
    /// </list>
    /// A value named as a hash, digest or ciphertext (<c>PasswordHash</c>, <c>EncryptedApiKey</c>,
    /// <see cref="CredentialNames.NamesAHash"/>) is not a credential in clear: reading it starts no flow. The
    /// redactions every rule honours end these flows too. A local is judged by what is assigned to it, not by its name.
    /// Thread-safe.
    /// </summary>
    internal sealed class StoredCredentialSources : CredentialSources
    {
        private readonly SanitizerModel sanitizers;

        /// <param name="known">The compilation's well-known types.</param>
        /// <param name="passwords">True for the passwords, false for the keys and tokens.</param>
        public StoredCredentialSources(KnownSymbols known, bool passwords)
            : base(known, honourLogExclusions: false)
        {
            sanitizers = new SanitizerModel(known);
            Passwords = passwords;
        }

        /// <summary>Whether this model's sources are passwords (otherwise keys and tokens).</summary>
        public bool Passwords { get; }

        /// <inheritdoc/>
        public override bool QueryParameterValuesAreSources => !Passwords;

        /// <summary>As GDPR006's, of this model's kinds, except a value named as a hash and a local: a local is judged by
        /// what is assigned to it, so <c>var password = hasher.HashPassword(user, input)</c> holds a hash.</summary>
        public override bool IsPersonalDataSymbol(ISymbol symbol) => symbol is not ILocalSymbol && Holds(symbol.Name) && base.IsPersonalDataSymbol(symbol);

        /// <inheritdoc/>
        public override bool ReturnsPersonalData(IMethodSymbol method) => Holds(method.Name) && base.ReturnsPersonalData(method);

        /// <summary>A credential header or request cookie: a token, for the keys and tokens only.</summary>
        public override string? HeaderSource(IPropertyReferenceOperation indexer) => Passwords ? null : base.HeaderSource(indexer);

        /// <summary>A password hasher for passwords; for keys and tokens, encryption, data protection and cryptographic
        /// hashes as well.</summary>
        public override bool EndsFlow(IMethodSymbol method) =>
            sanitizers.IsPasswordHashing(method) || (!Passwords && sanitizers.IsProtection(method));

        /// <summary>The kind of credential a finding of this model holds: a password for the password model; otherwise a
        /// key when the name of its origin says a key or secret, else a token (headers, cookies and query values, whose
        /// findings have no origin, are tokens).</summary>
        public CredentialKind KindOf(PersonalDataFinding finding) =>
            Passwords ? CredentialKind.Password
            : finding.Origin is { } origin && CredentialNames.KindOf(origin.Name) == CredentialKind.Key ? CredentialKind.Key
            : CredentialKind.Token;

        private bool Holds(string name) =>
            !CredentialNames.NamesAHash(name) && (CredentialNames.KindOf(name) == CredentialKind.Password) == Passwords;
    }
}
