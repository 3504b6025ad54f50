using System;

namespace GdprAnalyzers.Annotations
{
    /// <summary>
    /// Marks a value as personal data: any information relating to an identified or identifiable living person,
    /// the data subject (GDPR Art. 4(1)).
    /// </summary>
    /// <remarks>
    /// <para>On a class, struct or record, every value of that type is personal data. On a property, field, parameter
    /// or return value, that value is. On a positional record's parameter it also marks the generated property; on an
    /// interface or base member it carries to implementations and overrides.</para>
    /// <para>The GdprAnalyzers rules follow values marked this way to log sinks (GDPR001) and report where they arrive
    /// unredacted. The attribute has no effect at run time.</para>
    /// </remarks>
    [AttributeUsage(
        AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Property |
        AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class PersonalDataAttribute : Attribute
    {
        /// <summary>Marks the target as personal data of an unspecified category.</summary>
        public PersonalDataAttribute()
        {
        }

        /// <summary>Marks the target as personal data of the given category.</summary>
        /// <param name="category">The category; <see cref="PersonalDataCategory.SpecialCategory"/> is GDPR Art. 9 data.</param>
        public PersonalDataAttribute(PersonalDataCategory category)
        {
            Category = category;
        }

        /// <summary>The category of personal data, <see cref="PersonalDataCategory.Unspecified"/> when not given.</summary>
        public PersonalDataCategory Category { get; }
    }

    /// <summary>Categories of personal data, as a record of processing activities lists them (GDPR Art. 30(1)(c)).</summary>
    public enum PersonalDataCategory
    {
        /// <summary>Not stated.</summary>
        Unspecified = 0,

        /// <summary>Contact data: e-mail address, phone number, postal address.</summary>
        Contact,

        /// <summary>Identity data: names, birth date, national identification numbers, passport or licence numbers.</summary>
        Identity,

        /// <summary>Financial data: card numbers, bank accounts, salaries.</summary>
        Financial,

        /// <summary>Online identifiers: IP addresses, device and cookie identifiers, location (Recital 30).</summary>
        OnlineIdentifier,

        /// <summary>Customer, account and contract numbers that single out a data subject.</summary>
        CustomerNumber,

        /// <summary>Vehicle data that identifies its keeper: licence plates, VINs.</summary>
        Vehicle,

        /// <summary>Special category data (GDPR Art. 9): health, biometric, genetic, racial or ethnic origin, political
        /// opinions, religion, trade-union membership, sex life or sexual orientation.</summary>
        SpecialCategory,

        /// <summary>Credentials that give access to a data subject's account: passwords, tokens, keys.</summary>
        Credential,
    }
}
