using System;

namespace GdprAnalyzers.Annotations
{
    /// <summary>
    /// Declares a specified, explicit purpose for which personal data is processed (GDPR Art. 5(1)(b), purpose
    /// limitation; Art. 30(1)(b), record of processing activities). Several purposes may be declared.
    /// </summary>
    /// <remarks>Applies to types, members and methods. The nearest declaration (member, then type, then the processing
    /// method, then its type) is the one that counts.</remarks>
    [AttributeUsage(
        AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Property |
        AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter,
        AllowMultiple = true,
        Inherited = true)]
    public sealed class ProcessingPurposeAttribute : Attribute
    {
        /// <summary>Declares a processing purpose.</summary>
        /// <param name="purpose">The purpose in plain words, e.g. "Answer the customer's support request". An empty
        /// purpose or a placeholder such as "TODO" is treated by the analyzers as no purpose.</param>
        public ProcessingPurposeAttribute(string purpose)
        {
            Purpose = purpose;
        }

        /// <summary>The declared purpose, as written.</summary>
        public string Purpose { get; }
    }

    /// <summary>The six lawful bases for processing personal data (GDPR Art. 6(1)(a)-(f)).</summary>
    public enum LawfulBasis
    {
        /// <summary>Art. 6(1)(a): the data subject has given consent for one or more specific purposes.</summary>
        Consent = 1,

        /// <summary>Art. 6(1)(b): necessary for a contract with the data subject, or steps before entering one.</summary>
        Contract = 2,

        /// <summary>Art. 6(1)(c): necessary for compliance with a legal obligation of the controller.</summary>
        LegalObligation = 3,

        /// <summary>Art. 6(1)(d): necessary to protect the vital interests of the data subject or another person.</summary>
        VitalInterests = 4,

        /// <summary>Art. 6(1)(e): necessary for a task in the public interest or in the exercise of official authority.</summary>
        PublicTask = 5,

        /// <summary>Art. 6(1)(f): necessary for the legitimate interests of the controller or a third party, not
        /// overridden by the data subject's interests or rights.</summary>
        LegitimateInterests = 6,
    }

    /// <summary>Declares the lawful basis on which personal data is processed (GDPR Art. 6(1)).</summary>
    /// <remarks>Applies to types, members and methods; the nearest declaration counts.</remarks>
    [AttributeUsage(
        AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Property |
        AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class LawfulBasisAttribute : Attribute
    {
        /// <summary>Declares the lawful basis.</summary>
        /// <param name="basis">One of the six bases of Art. 6(1).</param>
        public LawfulBasisAttribute(LawfulBasis basis)
        {
            Basis = basis;
        }

        /// <summary>The declared basis.</summary>
        public LawfulBasis Basis { get; }
    }

    /// <summary>
    /// Marks a method whose result is a decision about a data subject based solely on automated processing, with legal
    /// or similarly significant effect (GDPR Art. 22(1)). Personal data passed to it needs human review.
    /// </summary>
    /// <remarks>
    /// An Art. 22(2) exemption may be declared with <see cref="Exemption"/> and must then state its
    /// <see cref="Reason"/> (GDPR008 reports one without). Only <see cref="AutomatedDecisionExemption.AuthorisedByLaw"/>
    /// (Art. 22(2)(b)) removes the need for human review; contract necessity and explicit consent (Art. 22(2)(a), (c))
    /// still give the data subject the right to obtain human intervention (Art. 22(3)), so GDPR004 still asks for it.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class AutomatedDecisionAttribute : Attribute
    {
        /// <summary>The Art. 22(2) exemption relied on; <see cref="AutomatedDecisionExemption.None"/> by default.</summary>
        public AutomatedDecisionExemption Exemption { get; set; }

        /// <summary>Why the exemption applies, e.g. the law that authorises the decision. Required with an exemption.</summary>
        public string? Reason { get; set; }
    }

    /// <summary>The exemptions of GDPR Art. 22(2) from the ban on decisions based solely on automated processing.</summary>
    public enum AutomatedDecisionExemption
    {
        /// <summary>No exemption declared.</summary>
        None = 0,

        /// <summary>Art. 22(2)(a): necessary for entering into, or performing, a contract with the data subject.
        /// Human intervention must still be available (Art. 22(3)).</summary>
        ContractNecessity = 1,

        /// <summary>Art. 22(2)(b): authorised by Union or Member State law that lays down suitable safeguards.</summary>
        AuthorisedByLaw = 2,

        /// <summary>Art. 22(2)(c): based on the data subject's explicit consent. Human intervention must still be
        /// available (Art. 22(3)).</summary>
        ExplicitConsent = 3,
    }

    /// <summary>
    /// Declares that the automated decisions made or called by this method or class are reviewed by a person who can
    /// change them (GDPR Art. 22(3), the right to obtain human intervention).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
    public sealed class HumanReviewAttribute : Attribute
    {
    }

    /// <summary>
    /// Marks a user-written method whose result no longer identifies the data subject: a redaction, masking or
    /// pseudonymisation routine (GDPR Art. 4(5), Art. 32(1)(a)). The analyzers treat its result as free of personal
    /// data, like the result of <see cref="Redact.Erase(object)"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class RedactionAttribute : Attribute
    {
    }

    /// <summary>
    /// Marks a user-written method, or every method of a class, whose result is a one-way hash of the credential it is
    /// given: a password hasher with a salt and a work factor (PBKDF2, bcrypt, scrypt, Argon2), or the project's own
    /// wrapper of one. GDPR012 (credential stored in clear, GDPR Art. 32(1)(a), 5(1)(f)) treats its result as no longer
    /// the credential, for passwords as for tokens and keys. Mark only methods that really hash: a password that is
    /// merely encoded or encrypted can be read back, and remains a password in clear for the rule.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
    public sealed class HashingAttribute : Attribute
    {
    }

    /// <summary>
    /// Marks a user-written method, or every method of a class, whose result is the encrypted form of the value it is
    /// given (GDPR Art. 32(1)(a), encryption of personal data): the project's own wrapper of an authenticated cipher, or
    /// an EF Core value converter class that encrypts what it writes to the database. GDPR014 (special-category data
    /// stored without protection, Art. 9, 32) treats a value that passed through it, or a property converted by it, as
    /// protected; GDPR012 treats a key or token that passed through it as no longer in clear (a password still needs a
    /// hasher). Mark only code that really encrypts: an encoding (Base64) protects nothing.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
    public sealed class EncryptionAttribute : Attribute
    {
    }
}
