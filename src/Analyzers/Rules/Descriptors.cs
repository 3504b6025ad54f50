using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>The diagnostic descriptors of all rules, made through one factory so that each has its help link,
    /// category and tags.</summary>
    public static class Descriptors
    {
        /// <summary>The custom tag of the opt-in rules for probable personal data (GDPR101 to GDPR104, GDPR106).</summary>
        public const string ProbableTag = "ProbablePersonalData";

        /// <summary>Where the rule pages live; a rule's help link is this plus <c>GDPRnnn.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/gdpr-analyzers/gdpr-analyzers/blob/main/docs/rules/";

        /// <summary>GDPR001: personal data reaches a log sink unredacted.</summary>
        public static readonly DiagnosticDescriptor PersonalDataLogged = Create(
            RuleIds.PersonalDataLogged,
            "Personal data reaches a log unredacted",
            "'{0}' is personal data{2} and reaches '{1}' unredacted",
            Categories.Logging,
            DiagnosticSeverity.Warning,
            "Logs are copied, shipped to processors and kept for long: personal data written to them escapes the purpose it "
            + "was collected for. Data minimisation (GDPR Art. 5(1)(c)), integrity and confidentiality (Art. 5(1)(f)) and "
            + "security of processing (Art. 32) ask that it be redacted or pseudonymised before it reaches a log.");

        /// <summary>GDPR002: personal data stored without a declared processing purpose.</summary>
        public static readonly DiagnosticDescriptor StoredWithoutPurpose = Create(
            RuleIds.StoredWithoutPurpose,
            "Personal data stored without a declared processing purpose",
            "'{0}' is personal data stored in '{1}' without a declared processing purpose",
            Categories.Storage,
            DiagnosticSeverity.Warning,
            "Personal data is collected for specified, explicit purposes and not processed further in ways incompatible with "
            + "them (purpose limitation, GDPR Art. 5(1)(b)); the controller's record of processing lists the purposes "
            + "(Art. 30(1)(b)). Declare the purpose with [ProcessingPurpose] on the member, its type, the storing method or "
            + "its type. An empty purpose or a placeholder such as TODO counts as none.");

        /// <summary>GDPR003: personal data stored without a lawful basis.</summary>
        public static readonly DiagnosticDescriptor StoredWithoutLawfulBasis = Create(
            RuleIds.StoredWithoutLawfulBasis,
            "Personal data stored without a lawful basis",
            "'{0}' is personal data stored in '{1}' without a lawful basis",
            Categories.Storage,
            DiagnosticSeverity.Warning,
            "Processing is lawful only on one of the six bases of GDPR Art. 6(1): consent, contract, legal obligation, vital "
            + "interests, public task or legitimate interests. Declare the basis with [LawfulBasis] on the member, its type, "
            + "the storing method or its type; which basis applies is the controller's decision.");

        /// <summary>GDPR004: personal data flows into an automated decision without human review.</summary>
        public static readonly DiagnosticDescriptor AutomatedDecisionWithoutReview = Create(
            RuleIds.AutomatedDecisionWithoutReview,
            "Personal data reaches an automated decision without human review",
            "'{0}' is personal data and reaches the automated decision '{1}' without human review",
            Categories.AutomatedDecisions,
            DiagnosticSeverity.Warning,
            "A data subject has the right not to be subject to a decision based solely on automated processing that has "
            + "legal or similarly significant effects (GDPR Art. 22(1)); where such a decision is allowed, the controller "
            + "provides human intervention (Art. 22(3)). Route the decision through PendingDecision.Hold, or mark the "
            + "calling code [HumanReview] when a person reviews every decision it makes.");

        /// <summary>GDPR005: a declaration whose name or type says personal data carries no annotation.</summary>
        public static readonly DiagnosticDescriptor ProbablePersonalData = Create(
            RuleIds.ProbablePersonalData,
            "Probable personal data without an annotation",
            "'{0}' looks like personal data ({1}); mark it [PersonalData] or rename it",
            Categories.Discovery,
            DiagnosticSeverity.Info,
            "Personal data is any information relating to an identified or identifiable person (GDPR Art. 4(1)); the "
            + "controller's record of processing lists its categories (Art. 30(1)(c)) and data protection by design starts "
            + "with knowing where it is (Art. 25). The other rules follow only values marked [PersonalData]: a property, "
            + "field or parameter whose name or type says personal data (e-mail, phone, name, birth date, IBAN, IP address, "
            + "licence plate, customer number, health, religion, ...) and carries no annotation is proposed for marking.");
        /// <summary>GDPR006: a credential reaches a log sink.</summary>
        public static readonly DiagnosticDescriptor CredentialLogged = Create(
            RuleIds.CredentialLogged,
            "Credential reaches a log",
            "'{0}' is a credential{2} and reaches '{1}'",
            Categories.Logging,
            DiagnosticSeverity.Warning,
            "Passwords, secrets, API keys, tokens and connection strings give access to data subjects' accounts and to the "
            + "controller's systems. Written to a log they are copied to every place the log goes; security of processing "
            + "(GDPR Art. 32) and integrity and confidentiality (Art. 5(1)(f)) ask that they never be logged. Found by name.");

        /// <summary>GDPR007: personal data crosses a method boundary without a declared contract.</summary>
        public static readonly DiagnosticDescriptor UndeclaredContract = Create(
            RuleIds.UndeclaredContract,
            "Personal data crosses a method boundary undeclared",
            "'{0}' is personal data and {1} without a [PersonalData] contract",
            Categories.Contracts,
            DiagnosticSeverity.Info,
            "A [PersonalData] parameter or return value is a contract the caller and the callee both rely on, as nullable "
            + "annotations are: it lets every rule follow the data across the boundary and documents where personal data "
            + "flows (GDPR Art. 30 record of processing, Art. 25 data protection by design).");

        /// <summary>GDPR008: an Art. 22(2) exemption without a reason.</summary>
        public static readonly DiagnosticDescriptor ExemptionWithoutReason = Create(
            RuleIds.ExemptionWithoutReason,
            "Automated decision exemption without a stated reason",
            "The Article 22(2) exemption '{0}' on '{1}' states no reason",
            Categories.AutomatedDecisions,
            DiagnosticSeverity.Warning,
            "An exemption from GDPR Art. 22(1) must be demonstrable (Art. 5(2), accountability): state the contract, the "
            + "law or the consent it rests on in Reason.");

        /// <summary>GDPR009: personal data or a credential in an exception's message or <c>Data</c>.</summary>
        public static readonly DiagnosticDescriptor ExceptionMessage = Create(
            RuleIds.ExceptionMessage,
            "Personal data or a credential in an exception message",
            "'{0}' is {1}{2} and reaches {3}",
            Categories.Logging,
            DiagnosticSeverity.Warning,
            "An exception's message and Data travel to logs, error pages, error trackers and other services' responses, "
            + "where nobody redacts them. Personal data or a credential written there escapes the protection the code "
            + "gives it elsewhere (integrity and confidentiality, GDPR Art. 5(1)(f); security of processing, Art. 32). "
            + "Pseudonymise or erase the value in the message, or say which record failed by an identifier that names no one.");

        /// <summary>GDPR010: an object whose type has credential members written to an HTTP response.</summary>
        public static readonly DiagnosticDescriptor CredentialInResponse = Create(
            RuleIds.CredentialInResponse,
            "Credential exposed in an HTTP response",
            "'{0}' has the credential member '{1}' and reaches the HTTP response through '{2}'",
            Categories.Responses,
            DiagnosticSeverity.Warning,
            "A serializer writes every public member of the object it is given: an account returned whole sends its "
            + "password hash, security stamp or keys to the client, and from there to browser caches, proxies and "
            + "whoever calls the endpoint. Security of processing (GDPR Art. 32) asks that credentials never leave the "
            + "server: return a data transfer object with only the members the client needs, or mark the member "
            + "[JsonIgnore].");

        /// <summary>GDPR012: a credential stored in clear.</summary>
        public static readonly DiagnosticDescriptor CredentialStoredInClear = Create(
            RuleIds.CredentialStoredInClear,
            "Credential stored in clear",
            "'{0}' is a credential{2} stored in '{1}' {3}",
            Categories.Storage,
            DiagnosticSeverity.Warning,
            "A password, key or token kept as it was typed or issued gives whoever reads the store (a backup, a leaked "
            + "dump, a cache, a browser's cookies) access to the data subjects' accounts. Security of processing (GDPR "
            + "Art. 32(1)(a)) and integrity and confidentiality (Art. 5(1)(f)) ask that a password be kept only as a salted, "
            + "slow hash (a password hasher such as Identity's IPasswordHasher, PBKDF2, bcrypt or Argon2), and a key or "
            + "token hashed or encrypted (ASP.NET Core Data Protection).");

        /// <summary>GDPR011: personal data sent to a recipient without a declared recipient, or a declared recipient whose
        /// transfer has no ground.</summary>
        public static readonly DiagnosticDescriptor SentWithoutRecipient = Create(
            RuleIds.SentWithoutRecipient,
            "Personal data sent to a recipient that is not declared, or transferred outside the EEA without a ground",
            "'{0}' {1}",
            Categories.Transfers,
            DiagnosticSeverity.Warning,
            "Data subjects are told who receives their personal data (GDPR Art. 13(1)(e)) and the record of processing lists "
            + "the recipients (Art. 30(1)(d)); a processor works under a contract (Art. 28); a transfer to a country outside "
            + "the EEA rests on an adequacy decision (Art. 45), appropriate safeguards (Art. 46-47) or a derogation (Art. "
            + "49). Declare [Recipient(\"Name\", Role = ..., Country = \"..\", Mechanism = ...)] on the client's field, "
            + "property or parameter, the sending method or its type. A placeholder name such as TODO counts as none.");

        /// <summary>GDPR013: personal data stored without a retention period (or with a placeholder or malformed one).</summary>
        public static readonly DiagnosticDescriptor StoredWithoutRetention = Create(
            RuleIds.StoredWithoutRetention,
            "Personal data stored without a retention period",
            "'{0}' is personal data stored in '{1}' {2}",
            Categories.Storage,
            DiagnosticSeverity.Warning,
            "Personal data is kept no longer than its purposes need (storage limitation, GDPR Art. 5(1)(e)); the data subject "
            + "is told the period or the criteria that set it (Art. 13(2)(a)) and the record of processing lists it (Art. "
            + "30(1)(f)). Declare it with [RetentionPeriod(\"P90D\")], an ISO 8601 duration, on the member, its type, the "
            + "storing method or its type. An empty period, a placeholder such as TODO or a text that is not an ISO 8601 "
            + "duration counts as none.");

        /// <summary>GDPR014: special-category personal data stored without protection.</summary>
        public static readonly DiagnosticDescriptor SpecialCategoryStoredUnprotected = Create(
            RuleIds.SpecialCategoryStoredUnprotected,
            "Special-category personal data stored without protection",
            "'{0}' is special-category personal data stored in '{1}' without encryption",
            Categories.Storage,
            DiagnosticSeverity.Warning,
            "Health, biometric and genetic data, racial or ethnic origin, political opinions, beliefs, trade-union membership "
            + "and sex life or orientation are special categories (GDPR Art. 9): their disclosure harms the data subject "
            + "most, so security of processing (Art. 32(1)(a)) asks for encryption at rest. Encrypt the value before it is "
            + "stored (ASP.NET Core Data Protection's IDataProtector.Protect, or your own method marked [Encryption]), or, "
            + "for an EF Core entity, configure a value converter marked [Encryption] with HasConversion.");

        /// <summary>GDPR020: configuration that writes personal data or credentials to logs or error pages, unguarded.</summary>
        public static readonly DiagnosticDescriptor LeakingConfiguration = Create(
            RuleIds.LeakingConfiguration,
            "Configuration writes personal data or credentials to logs in every environment",
            "'{0}' {1}, in every environment",
            Categories.Logging,
            DiagnosticSeverity.Warning,
            "Some settings make a library write what it handles to logs or error pages: query parameter values, request "
            + "and response bodies, authorization headers and cookies, security tokens, the user's identity. Turned on "
            + "outside development they put personal data and credentials where nobody redacts them (data minimisation, "
            + "GDPR Art. 5(1)(c); security of processing, Art. 32). Guard the setting to development (IsDevelopment(), "
            + "#if DEBUG) or to a value read from configuration.");

        /// <summary>GDPR021: log files kept without a retention limit.</summary>
        public static readonly DiagnosticDescriptor LogRetentionUnlimited = Create(
            RuleIds.LogRetentionUnlimited,
            "Log files kept without a retention limit",
            "'{0}' {1}: its log files are kept without a retention limit",
            Categories.Logging,
            DiagnosticSeverity.Info,
            "Logs hold personal data (user names, IP addresses, identifiers) even when nothing is logged on purpose. Storage "
            + "limitation (GDPR Art. 5(1)(e)) asks that personal data be kept no longer than its purpose needs: a log file "
            + "sink should roll its files and delete the old ones after a number of files or days the controller has "
            + "chosen (Serilog's retainedFileCountLimit or retainedFileTimeLimit, NLog's MaxArchiveFiles or MaxArchiveDays).");

        /// <summary>GDPR101: probable personal data reaches a log sink unredacted (opt-in).</summary>
        public static readonly DiagnosticDescriptor ProbablePersonalDataLogged = Create(
            RuleIds.ProbablePersonalDataLogged,
            "Probable personal data reaches a log unredacted",
            "'{0}' is probable personal data{2} and reaches '{1}' unredacted; mark it [PersonalData] or redact it",
            Categories.Logging,
            DiagnosticSeverity.Info,
            "GDPR001 for code not annotated yet, reported only with gdpr.probable_personal_data_in_flows = true: a property, "
            + "field or parameter whose name or type says personal data (what GDPR005 finds) reaches a log. Data "
            + "minimisation (GDPR Art. 5(1)(c)) and security of processing (Art. 32) apply to personal data whether or not it "
            + "is annotated; mark the declaration [PersonalData] (then GDPR001 follows it) or redact the value.",
            ProbableTag);

        /// <summary>GDPR102: probable personal data stored without a declared processing purpose (opt-in).</summary>
        public static readonly DiagnosticDescriptor ProbableStoredWithoutPurpose = Create(
            RuleIds.ProbableStoredWithoutPurpose,
            "Probable personal data stored without a declared processing purpose",
            "'{0}' is probable personal data stored in '{1}' without a declared processing purpose; mark it [PersonalData] and declare the purpose",
            Categories.Storage,
            DiagnosticSeverity.Info,
            "GDPR002 for code not annotated yet, reported only with gdpr.probable_personal_data_in_flows = true: a value whose "
            + "name or type says personal data (what GDPR005 finds) is stored, and no processing purpose is declared for it "
            + "(purpose limitation, GDPR Art. 5(1)(b); record of processing, Art. 30(1)(b)).",
            ProbableTag);

        /// <summary>GDPR103: probable personal data stored without a lawful basis (opt-in).</summary>
        public static readonly DiagnosticDescriptor ProbableStoredWithoutLawfulBasis = Create(
            RuleIds.ProbableStoredWithoutLawfulBasis,
            "Probable personal data stored without a lawful basis",
            "'{0}' is probable personal data stored in '{1}' without a lawful basis; mark it [PersonalData] and declare the basis",
            Categories.Storage,
            DiagnosticSeverity.Info,
            "GDPR003 for code not annotated yet, reported only with gdpr.probable_personal_data_in_flows = true: a value whose "
            + "name or type says personal data (what GDPR005 finds) is stored, and no lawful basis of GDPR Art. 6(1) is "
            + "declared for it; which basis applies is the controller's decision.",
            ProbableTag);

        /// <summary>GDPR104: probable personal data reaches an automated decision without human review (opt-in).</summary>
        public static readonly DiagnosticDescriptor ProbableAutomatedDecisionWithoutReview = Create(
            RuleIds.ProbableAutomatedDecisionWithoutReview,
            "Probable personal data reaches an automated decision without human review",
            "'{0}' is probable personal data and reaches the automated decision '{1}' without human review; mark it [PersonalData] or have the decision reviewed",
            Categories.AutomatedDecisions,
            DiagnosticSeverity.Info,
            "GDPR004 for code not annotated yet, reported only with gdpr.probable_personal_data_in_flows = true: a value whose "
            + "name or type says personal data (what GDPR005 finds) reaches an automated decision that no person reviews "
            + "(GDPR Art. 22(1), (3)). Route the decision through PendingDecision.Hold, or mark the calling code [HumanReview].",
            ProbableTag);

        /// <summary>GDPR106: probable personal data stored without a retention period (opt-in).</summary>
        public static readonly DiagnosticDescriptor ProbableStoredWithoutRetention = Create(
            RuleIds.ProbableStoredWithoutRetention,
            "Probable personal data stored without a retention period",
            "'{0}' is probable personal data stored in '{1}' {2}; mark it [PersonalData] and declare the retention period",
            Categories.Storage,
            DiagnosticSeverity.Info,
            "GDPR013 for code not annotated yet, reported only with gdpr.probable_personal_data_in_flows = true: a value whose "
            + "name or type says personal data (what GDPR005 finds) is stored, and no retention period is declared for it "
            + "(storage limitation, GDPR Art. 5(1)(e); information to the data subject, Art. 13(2)(a)).",
            ProbableTag);

        /// <summary>GDPR105: probable personal data sent to a recipient without a declared recipient.</summary>
        public static readonly DiagnosticDescriptor ProbableSentWithoutRecipient = Create(
            RuleIds.ProbableSentWithoutRecipient,
            "Probable personal data sent to a recipient that is not declared",
            "'{0}' {1}; mark it [PersonalData] and declare the recipient",
            Categories.Transfers,
            DiagnosticSeverity.Info,
            "GDPR011 for code not annotated yet, reported only with gdpr.probable_personal_data_in_flows = true: a value whose "
            + "name or type says personal data (what GDPR005 finds) is sent to a model vendor, a web API or an e-mail service, "
            + "and no recipient is declared for it (GDPR Art. 13(1)(e), 30(1)(d)).",
            ProbableTag);

        /// <summary>GDPR015: personal data used outside its declared purposes.</summary>
        public static readonly DiagnosticDescriptor PurposeLimitation = Create(
            RuleIds.PurposeLimitation,
            "Personal data used outside its declared purposes",
            "'{0}' is personal data declared for {1} and is read by '{2}', whose processing purpose is {3}",
            Categories.Purposes,
            DiagnosticSeverity.Warning,
            "Personal data is collected for specified, explicit purposes and not further processed in a manner incompatible "
            + "with them (purpose limitation, GDPR Art. 5(1)(b)). Code that declares a processing purpose of its own and "
            + "reads data declared for other purposes uses it outside them. Either the new purpose is compatible with the "
            + "original ones (Art. 6(4)) and is added to the data's [ProcessingPurpose] declarations, or the processing "
            + "needs its own basis, such as consent, and its own data.");

        /// <summary>GDPR016: a data-subject request handler misses stored personal data.</summary>
        public static readonly DiagnosticDescriptor DataSubjectRequestIncomplete = Create(
            RuleIds.DataSubjectRequestIncomplete,
            "A data-subject request handler misses stored personal data",
            "'{0}' answers a data subject's {1} request but {2}",
            Categories.Requests,
            DiagnosticSeverity.Warning,
            "A data subject has the right to obtain the erasure of their personal data (GDPR Art. 17) and a copy of it (Art. "
            + "15). A method marked [ErasureRequestHandler] must remove, anonymise or deliberately keep (Art. 17(3), "
            + "[RetainedAfterErasure] with a reason) every stored entity type with personal data of the EF Core contexts it "
            + "uses; a method marked [AccessRequestHandler] must read every one of them. Data left behind is kept without a "
            + "lawful basis; data left out of the copy is withheld from the data subject.");

        /// <summary>GDPR108: a data-subject request handler misses stored probable personal data (opt-in).</summary>
        public static readonly DiagnosticDescriptor ProbableDataSubjectRequestIncomplete = Create(
            RuleIds.ProbableDataSubjectRequestIncomplete,
            "A data-subject request handler misses stored probable personal data",
            "'{0}' answers a data subject's {1} request but {2}; the members are probable personal data: mark them [PersonalData] if they are",
            Categories.Requests,
            DiagnosticSeverity.Info,
            "GDPR016 for code not annotated yet, reported only with gdpr.probable_personal_data_in_flows = true: an entity type "
            + "whose members' names or types say personal data (what GDPR005 finds), and that has no annotated personal data, "
            + "is not erased by an [ErasureRequestHandler] (GDPR Art. 17) or not read by an [AccessRequestHandler] (Art. 15).",
            ProbableTag);

        /// <summary>GDPR107: probable special-category personal data stored without protection (opt-in).</summary>
        public static readonly DiagnosticDescriptor ProbableSpecialCategoryStoredUnprotected = Create(
            RuleIds.ProbableSpecialCategoryStoredUnprotected,
            "Probable special-category personal data stored without protection",
            "'{0}' is probably special-category personal data stored in '{1}' without encryption; mark it [PersonalData(PersonalDataCategory.SpecialCategory)] and encrypt it",
            Categories.Storage,
            DiagnosticSeverity.Info,
            "GDPR014 for code not annotated yet, reported only with gdpr.probable_personal_data_in_flows = true: a value whose "
            + "name says a special category of personal data (health, diagnosis, religion, ethnic origin, biometric data; GDPR "
            + "Art. 9) is stored in clear, while security of processing (Art. 32(1)(a)) asks for encryption at rest.",
            ProbableTag);

        /// <summary>GDPR900: the analyzers' configuration cannot be read (an option's value, a line of the models file); the
        /// default is used or the line ignored.</summary>
        public static readonly DiagnosticDescriptor InvalidOption = Create(
            RuleIds.InvalidOption,
            "Invalid GdprAnalyzers option",
            "Invalid GdprAnalyzers configuration: {0}",
            Categories.Configuration,
            DiagnosticSeverity.Warning,
            "An option in .editorconfig or .globalconfig, or a line of GdprAnalyzers.Models.txt, cannot be read. The option "
            + "keeps its default, or the line is ignored, so that analysis goes on; correct it to get the behaviour you asked for.");

        private static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity severity,
            string description,
            params string[] extraTags)
        {
            string[] tags = new string[extraTags.Length + 1];
            tags[0] = "GDPR";
            extraTags.CopyTo(tags, 1);
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                severity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpLinkBase + id + ".md",
                customTags: tags);
        }

        /// <summary>The categories rules are filed under.</summary>
        public static class Categories
        {
            /// <summary>Personal data in logs.</summary>
            public const string Logging = "GDPR.Logging";

            /// <summary>What an application sends back to its clients (HTTP responses).</summary>
            public const string Responses = "GDPR.Responses";

            /// <summary>Personal data kept in a database, cache, file, session or cookie.</summary>
            public const string Storage = "GDPR.Storage";

            /// <summary>Contracts on method boundaries.</summary>
            public const string Contracts = "GDPR.Contracts";

            /// <summary>Decisions about people taken by automated processing (Art. 22).</summary>
            public const string AutomatedDecisions = "GDPR.AutomatedDecisions";

            /// <summary>Finding personal data that is not marked yet.</summary>
            public const string Discovery = "GDPR.Discovery";

            /// <summary>Personal data sent to recipients: model vendors, web APIs, e-mail services, and transfers outside
            /// the EEA.</summary>
            public const string Transfers = "GDPR.Transfers";

            /// <summary>Processing purposes: data used by code that declares another purpose.</summary>
            public const string Purposes = "GDPR.Purposes";

            /// <summary>Data subjects' requests: erasure and access handlers (Art. 15, 17).</summary>
            public const string Requests = "GDPR.Requests";

            /// <summary>The analyzers' own configuration.</summary>
            public const string Configuration = "GDPR.Configuration";
        }
    }
}
