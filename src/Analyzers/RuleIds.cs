namespace GdprAnalyzers
{
    /// <summary>The diagnostic ids of GdprAnalyzers, one constant per rule.</summary>
    public static class RuleIds
    {
        /// <summary>GDPR001: personal data reaches a log sink unredacted (GDPR Art. 5(1)(c), 5(1)(f), 32).</summary>
        public const string PersonalDataLogged = "GDPR001";

        /// <summary>GDPR900: a GdprAnalyzers option in .editorconfig or .globalconfig has a value it cannot read.</summary>
        public const string InvalidOption = "GDPR900";
    }
}
