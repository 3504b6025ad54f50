namespace GdprAnalyzers
{
    /// <summary>Which values a rule follows from where they come from to its sinks: the kind of source a rule family
    /// runs with (a rule's own choice, in place of boolean modes).</summary>
    internal enum SourceKind
    {
        /// <summary>Personal data as annotated (<c>[PersonalData]</c>, Identity's and Compliance's markers, the models
        /// file) and the framework sources: GDPR001 to GDPR004.</summary>
        PersonalData,

        /// <summary>Credentials found by name (<see cref="CredentialNames"/>): GDPR006.</summary>
        Credentials,

        /// <summary>Probable personal data, what GDPR005 finds by name and type, followed only with
        /// <c>gdpr.probable_personal_data_in_flows = true</c>: GDPR101 to GDPR108.</summary>
        ProbablePersonalData,
    }
}
