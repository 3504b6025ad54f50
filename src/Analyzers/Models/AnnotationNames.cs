namespace GdprAnalyzers
{
    /// <summary>The metadata names of GdprAnalyzers.Annotations, the library users write against, declared once for the
    /// analyzers (resolved in <see cref="KnownSymbols"/>) and the code fixes (which write them).</summary>
    internal static class AnnotationNames
    {
        /// <summary>The namespace of the annotations library.</summary>
        public const string Namespace = "GdprAnalyzers.Annotations";

        /// <summary><c>[PersonalData]</c>.</summary>
        public const string PersonalDataAttribute = Namespace + ".PersonalDataAttribute";

        /// <summary><c>[Redaction]</c>.</summary>
        public const string RedactionAttribute = Namespace + ".RedactionAttribute";

        /// <summary><c>[Hashing]</c>: a password hasher written in the project (GDPR012).</summary>
        public const string HashingAttribute = Namespace + ".HashingAttribute";

        /// <summary><c>[Encryption]</c>: an encrypting method or class written in the project (GDPR014, GDPR012).</summary>
        public const string EncryptionAttribute = Namespace + ".EncryptionAttribute";

        /// <summary><c>[RetentionPeriod]</c>: how long stored personal data is kept (GDPR013).</summary>
        public const string RetentionPeriodAttribute = Namespace + ".RetentionPeriodAttribute";

        /// <summary><c>[Recipient]</c>: who receives what a client sends (GDPR011).</summary>
        public const string RecipientAttribute = Namespace + ".RecipientAttribute";

        /// <summary><c>[ErasureRequestHandler]</c>: a method serving an erasure request (GDPR016, Art. 17).</summary>
        public const string ErasureRequestHandlerAttribute = Namespace + ".ErasureRequestHandlerAttribute";

        /// <summary><c>[AccessRequestHandler]</c>: a method serving an access request (GDPR016, Art. 15).</summary>
        public const string AccessRequestHandlerAttribute = Namespace + ".AccessRequestHandlerAttribute";

        /// <summary><c>[RetainedAfterErasure]</c>: personal data kept after an erasure request, with its reason (GDPR016,
        /// Art. 17(3)).</summary>
        public const string RetainedAfterErasureAttribute = Namespace + ".RetainedAfterErasureAttribute";

        /// <summary>The <c>Redact</c> helpers (<c>Pseudonymize</c>, <c>Erase</c>).</summary>
        public const string Redact = Namespace + ".Redact";

        /// <summary><c>[ProcessingPurpose]</c>.</summary>
        public const string ProcessingPurposeAttribute = Namespace + ".ProcessingPurposeAttribute";

        /// <summary><c>[LawfulBasis]</c>.</summary>
        public const string LawfulBasisAttribute = Namespace + ".LawfulBasisAttribute";

        /// <summary><c>[AutomatedDecision]</c>.</summary>
        public const string AutomatedDecisionAttribute = Namespace + ".AutomatedDecisionAttribute";

        /// <summary><c>[HumanReview]</c>.</summary>
        public const string HumanReviewAttribute = Namespace + ".HumanReviewAttribute";

        /// <summary><c>PendingDecision</c>, the human-review queue the GDPR004 fix routes a decision through.</summary>
        public const string PendingDecision = Namespace + ".PendingDecision";
    }
}
