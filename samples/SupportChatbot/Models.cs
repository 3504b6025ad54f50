using System;
using GdprAnalyzers.Annotations;

namespace SupportChatbot
{
    /// <summary>
    /// The data subject the chatbot talks to. Every member marked <c>[PersonalData]</c> identifies them. Stored in the
    /// support database (<see cref="SupportDb.Customers"/>), with its purpose and lawful basis declared on the type.
    /// </summary>
    [ProcessingPurpose("Answer the customer's support request and contact them about it")]
    [LawfulBasis(LawfulBasis.Contract)]
    public sealed class Customer
    {
        /// <summary>The database's key.</summary>
        public int Id { get; set; }

        [PersonalData(PersonalDataCategory.Identity)]
        public string Name { get; set; } = "";

        [PersonalData(PersonalDataCategory.Contact)]
        public string Email { get; set; } = "";

        [PersonalData(PersonalDataCategory.Contact)]
        public string Phone { get; set; } = "";

        [PersonalData(PersonalDataCategory.CustomerNumber)]
        public string CustomerNumber { get; set; } = "";

        [PersonalData(PersonalDataCategory.Vehicle)]
        public string LicencePlate { get; set; } = "";

        /// <summary>What the customer asked us to know to reach them well ("I am hard of hearing"): health data, a special
        /// category (GDPR Art. 9), empty when there is none; stored in clear until a person configures its encryption (GDPR014).</summary>
        [PersonalData(PersonalDataCategory.SpecialCategory)]
        public string ContactNeeds { get; set; } = ""; // GDPR014

        /// <summary>Personal data through its type: <see cref="PostalAddress"/> is marked as a whole.</summary>
        public PostalAddress? Address { get; set; }

        /// <summary>Not personal data on its own: many customers share a language.</summary>
        public string PreferredLanguage { get; set; } = "en";
    }

    /// <summary>
    /// A postal address. Marked on the type: every value of it is personal data (contact data). Stored as part of the
    /// customer's row (an owned type), yet it declares no purpose or basis of its own: the customer's do not cover it.
    /// </summary>
    [PersonalData(PersonalDataCategory.Contact)]
    public sealed class PostalAddress // GDPR002 GDPR003
    {
        public PostalAddress(string street, string postalCode, string city, string country)
        {
            Street = street;
            PostalCode = postalCode;
            City = city;
            Country = country;
        }

        public string Street { get; }

        public string PostalCode { get; }

        public string City { get; }

        public string Country { get; }

        public override string ToString() => $"{Street}, {PostalCode} {City}, {Country}";
    }

    /// <summary>What the customer needs help with.</summary>
    public enum SupportTopic
    {
        Other,
        Navigation,
        Charging,
        Billing,
        Breakdown,
    }

    /// <summary>A support ticket. It holds no personal data: the customer is referred to by a pseudonym only.</summary>
    public sealed class SupportTicket
    {
        public SupportTicket(string id, SupportTopic topic, string customerPseudonym, DateTimeOffset openedAt)
        {
            Id = id;
            Topic = topic;
            CustomerPseudonym = customerPseudonym;
            OpenedAt = openedAt;
        }

        public string Id { get; }

        public SupportTopic Topic { get; }

        /// <summary><c>Redact.Pseudonymize</c> of the customer number: lets support staff find the customer's other
        /// tickets without the ticket system holding the number itself.</summary>
        public string CustomerPseudonym { get; }

        public DateTimeOffset OpenedAt { get; }
    }
}
