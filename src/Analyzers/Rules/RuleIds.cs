namespace GdprAnalyzers
{
    /// <summary>The diagnostic ids of GdprAnalyzers, one constant per rule.</summary>
    public static class RuleIds
    {
        /// <summary>GDPR001: personal data reaches a log sink unredacted (GDPR Art. 5(1)(c), 5(1)(f), 32).</summary>
        public const string PersonalDataLogged = "GDPR001";

        /// <summary>GDPR002: personal data stored without a declared processing purpose (GDPR Art. 5(1)(b), 30).</summary>
        public const string StoredWithoutPurpose = "GDPR002";

        /// <summary>GDPR003: personal data stored without a lawful basis (GDPR Art. 6(1)).</summary>
        public const string StoredWithoutLawfulBasis = "GDPR003";

        /// <summary>GDPR004: personal data flows into an automated decision without human review (GDPR Art. 22).</summary>
        public const string AutomatedDecisionWithoutReview = "GDPR004";

        /// <summary>GDPR005: a declaration whose name or type says personal data carries no annotation (GDPR Art. 4(1), 30).</summary>
        public const string ProbablePersonalData = "GDPR005";
        /// <summary>GDPR006: a credential (password, secret, API key, token, connection string) reaches a log sink.</summary>
        public const string CredentialLogged = "GDPR006";

        /// <summary>GDPR007: personal data returned or passed on without a declared contract ([PersonalData] on the return
        /// value or parameter).</summary>
        public const string UndeclaredContract = "GDPR007";

        /// <summary>GDPR008: an Art. 22(2) exemption declared without a stated reason.</summary>
        public const string ExemptionWithoutReason = "GDPR008";

        /// <summary>GDPR009: personal data or a credential written into an exception's message or <c>Data</c> (GDPR Art.
        /// 5(1)(f), 32).</summary>
        public const string ExceptionMessage = "GDPR009";

        /// <summary>GDPR010: an object whose type has credential members written to an HTTP response (GDPR Art. 32).</summary>
        public const string CredentialInResponse = "GDPR010";

        /// <summary>GDPR011: personal data sent to a recipient (a model vendor, a web API, an e-mail service) without a
        /// declared recipient, or to a declared recipient outside the EEA without a ground for the transfer (GDPR Art.
        /// 13(1)(e), 28, 30(1)(d)-(e), 44-49).</summary>
        public const string SentWithoutRecipient = "GDPR011";

        /// <summary>GDPR012: a credential (password, key, token) stored in clear: not hashed, or for a key or token not
        /// encrypted either (GDPR Art. 32(1)(a), 5(1)(f)).</summary>
        public const string CredentialStoredInClear = "GDPR012";

        /// <summary>GDPR013: personal data stored without a retention period, or with one that is a placeholder or not an
        /// ISO 8601 duration (GDPR Art. 5(1)(e), 13(2)(a)).</summary>
        public const string StoredWithoutRetention = "GDPR013";

        /// <summary>GDPR014: special-category personal data stored without protection: not encrypted (GDPR Art. 9,
        /// 32(1)(a)).</summary>
        public const string SpecialCategoryStoredUnprotected = "GDPR014";

        /// <summary>GDPR015: personal data read by processing whose declared purpose is not among the data's declared
        /// purposes (purpose limitation, GDPR Art. 5(1)(b), 6(4)).</summary>
        public const string PurposeLimitation = "GDPR015";

        /// <summary>GDPR016: a handler of a data subject's erasure or access request misses an entity type that holds personal
        /// data (GDPR Art. 15, 17).</summary>
        public const string DataSubjectRequestIncomplete = "GDPR016";

        /// <summary>GDPR020: configuration that writes personal data or credentials to logs or error pages in every
        /// environment (GDPR Art. 5(1)(c), 32).</summary>
        public const string LeakingConfiguration = "GDPR020";

        /// <summary>GDPR021: a log file sink configured to keep its files without a retention limit (GDPR Art. 5(1)(e)).</summary>
        public const string LogRetentionUnlimited = "GDPR021";

        /// <summary>GDPR101: probable personal data (found by name and type, not annotated) reaches a log sink unredacted;
        /// reported only with <c>gdpr.probable_personal_data_in_flows = true</c>.</summary>
        public const string ProbablePersonalDataLogged = "GDPR101";

        /// <summary>GDPR102: probable personal data stored without a declared processing purpose (opt-in, as GDPR101).</summary>
        public const string ProbableStoredWithoutPurpose = "GDPR102";

        /// <summary>GDPR103: probable personal data stored without a lawful basis (opt-in, as GDPR101).</summary>
        public const string ProbableStoredWithoutLawfulBasis = "GDPR103";

        /// <summary>GDPR104: probable personal data reaches an automated decision without human review (opt-in, as GDPR101).</summary>
        public const string ProbableAutomatedDecisionWithoutReview = "GDPR104";

        /// <summary>GDPR105: probable personal data (found by name and type, not annotated) sent to a recipient without a
        /// declared recipient; the opt-in mode's GDPR011 (option <c>gdpr.probable_personal_data_in_flows</c>).</summary>
        public const string ProbableSentWithoutRecipient = "GDPR105";

        /// <summary>GDPR106: probable personal data stored without a retention period (opt-in, as GDPR101).</summary>
        public const string ProbableStoredWithoutRetention = "GDPR106";

        /// <summary>GDPR107: probable special-category personal data (health, religion... found by name, not annotated) stored
        /// without protection (opt-in, as GDPR101); the opt-in mode's GDPR014.</summary>
        public const string ProbableSpecialCategoryStoredUnprotected = "GDPR107";

        /// <summary>GDPR108: a data subject's request handler misses an entity type that holds probable personal data (opt-in,
        /// as GDPR101).</summary>
        public const string ProbableDataSubjectRequestIncomplete = "GDPR108";

        /// <summary>GDPR900: a GdprAnalyzers option in .editorconfig or .globalconfig has a value it cannot read.</summary>
        public const string InvalidOption = "GDPR900";
    }
}
