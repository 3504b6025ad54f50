using System;

namespace GdprAnalyzers.Annotations
{
    /// <summary>
    /// The role of a recipient of personal data towards the controller (GDPR Art. 4(8) processor, Art. 4(7) controller,
    /// Art. 26 joint controllers). The record of processing lists the recipients and their roles (Art. 30(1)(d)).
    /// </summary>
    public enum RecipientRole
    {
        /// <summary>Not stated (the default). The record of processing lists the role as undeclared; no role is ever
        /// assumed.</summary>
        Unspecified = 0,

        /// <summary>Processes the data on the controller's behalf and under its instructions, bound by a contract (GDPR Art.
        /// 4(8), 28): a model vendor, an e-mail service, a hosted error tracker.</summary>
        Processor = 1,

        /// <summary>Decides the purposes and means of its own processing of the data (Art. 4(7)): a payment provider, an
        /// authority, a partner receiving the data for its own purposes.</summary>
        Controller = 2,

        /// <summary>Decides the purposes and means together with the controller (Art. 26).</summary>
        JointController = 3,
    }

    /// <summary>
    /// The ground on which personal data is transferred to a recipient in a country outside the European Economic Area
    /// (GDPR Chapter V, Art. 44-49). The Regulation calls only Art. 46-47 "appropriate safeguards"; this enum names the
    /// ground the transfer rests on, hence "mechanism".
    /// </summary>
    public enum TransferMechanism
    {
        /// <summary>None stated (the default). Enough for a recipient in the EEA or in a country with an adequacy decision;
        /// GDPR011 reports it for any other country.</summary>
        None = 0,

        /// <summary>An adequacy decision of the European Commission for the recipient's country (Art. 45). For the United
        /// States the decision covers only organisations certified under the EU-U.S. Data Privacy Framework: declaring it
        /// there states that the recipient is certified.</summary>
        AdequacyDecision = 1,

        /// <summary>Standard data protection clauses adopted by the Commission in the contract with the recipient (Art.
        /// 46(2)(c)).</summary>
        StandardContractualClauses = 2,

        /// <summary>Binding corporate rules approved by a supervisory authority (Art. 47).</summary>
        BindingCorporateRules = 3,

        /// <summary>A derogation for a specific situation (Art. 49(1)): explicit consent, a contract with the data subject,
        /// ... It needs a <see cref="RecipientAttribute.Reason"/>: GDPR011 reports it without one.</summary>
        Derogation = 4,
    }

    /// <summary>
    /// Declares who receives the personal data a client sends: the recipient (GDPR Art. 4(9)), told to data subjects (Art.
    /// 13(1)(e)) and listed in the record of processing with its role and, outside the European Economic Area, its country
    /// and transfer mechanism (Art. 30(1)(d)-(e), 44-49).
    /// </summary>
    /// <remarks>
    /// <para>Place it on the field, property or parameter that holds the client (an <c>IChatClient</c>, an OpenAI client,
    /// an <c>HttpClient</c>, an SMTP client), on the method that sends, on its type, or on a typed client's class; the
    /// nearest declaration counts. A client registered by name (a named <c>HttpClient</c>) or of another library is
    /// declared by a <c>recipient</c> line in the models file instead.</para>
    /// <para>GDPR011 reports personal data sent without a declared recipient (a placeholder name such as "TODO" counts as
    /// none), a <see cref="Country"/> outside the EEA without a <see cref="Mechanism"/> unless the country has an adequacy
    /// decision, <see cref="TransferMechanism.AdequacyDecision"/> for a country that has none, and
    /// <see cref="TransferMechanism.Derogation"/> without a <see cref="Reason"/>. The attribute has no effect at run
    /// time.</para>
    /// </remarks>
    [AttributeUsage(
        AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Property |
        AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class RecipientAttribute : Attribute
    {
        /// <summary>Declares the recipient.</summary>
        /// <param name="name">Who receives the data, as the data subject would know it: <c>"OpenAI"</c>,
        /// <c>"Contoso Mail (SMTP relay)"</c>.</param>
        public RecipientAttribute(string name)
        {
            Name = name;
        }

        /// <summary>Who receives the data.</summary>
        public string Name { get; }

        /// <summary>The recipient's role towards the controller; <see cref="RecipientRole.Unspecified"/> by default.</summary>
        public RecipientRole Role { get; set; }

        /// <summary>The country where the recipient processes the data, an ISO 3166-1 alpha-2 code (<c>"IE"</c>,
        /// <c>"US"</c>, <c>"GB"</c>); null when not stated (the record lists it as undeclared).</summary>
        public string? Country { get; set; }

        /// <summary>The ground for a transfer outside the EEA; <see cref="TransferMechanism.None"/> by default.</summary>
        public TransferMechanism Mechanism { get; set; }

        /// <summary>Why a <see cref="TransferMechanism.Derogation"/> applies (GDPR Art. 49(1)), e.g. "explicit consent of the
        /// data subject, asked in the chat before the transfer". Required with a derogation.</summary>
        public string? Reason { get; set; }
    }
}
