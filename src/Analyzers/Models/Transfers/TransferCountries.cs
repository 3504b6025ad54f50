using System.Collections.Generic;

namespace GdprAnalyzers
{
    /// <summary>
    /// Where personal data may go without a transfer mechanism (GDPR Chapter V): the countries of the European Economic
    /// Area, and the countries and territories for which the European Commission has adopted an adequacy decision (Art.
    /// 45(3)). Data, in one place, dated: update it when the Commission adopts or repeals a decision.
    /// </summary>
    /// <remarks>
    /// <para>As of 2025-12-31. Sources: the EEA Agreement (the 27 member states of the European Union with Iceland,
    /// Liechtenstein and Norway); the European Commission's list "Adequacy decisions: how the EU determines if a non-EU
    /// country has an adequate level of data protection" (commission.europa.eu, data protection, international
    /// dimension). The decision for Canada covers commercial organisations subject to PIPEDA; the decision for the United
    /// States (EU-U.S. Data Privacy Framework, 2023) covers only certified organisations, so a United States recipient
    /// needs a declared mechanism (<c>AdequacyDecision</c> there is the user's statement that the recipient is
    /// certified). The European Patent Organisation's decision concerns an international organisation, not a
    /// country.</para>
    /// <para>Codes are ISO 3166-1 alpha-2, upper case. The European Union's own abbreviations that are not ISO codes
    /// (<c>UK</c>, <c>EL</c>) and <c>EU</c> are named as such (<see cref="NonIsoCode"/>).</para>
    /// </remarks>
    internal static class TransferCountries
    {
        /// <summary>The date the lists below were last checked against their sources.</summary>
        public const string AsOf = "2025-12-31";

        /// <summary>The European Economic Area: the EU's 27 member states, Iceland, Liechtenstein, Norway.</summary>
        private static readonly HashSet<string> EuropeanEconomicArea = new(System.StringComparer.Ordinal)
        {
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO",
        };

        /// <summary>Countries and territories with an adequacy decision that covers transfers without conditions a code can
        /// state: Andorra, Argentina, Canada (commercial organisations), the Faroe Islands, Guernsey, Israel, the Isle of
        /// Man, Japan, Jersey, New Zealand, the Republic of Korea, Switzerland, the United Kingdom, Uruguay.</summary>
        private static readonly HashSet<string> Adequate = new(System.StringComparer.Ordinal)
        {
            "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY",
        };

        /// <summary>Countries whose adequacy decision covers only some recipients (the United States: organisations
        /// certified under the EU-U.S. Data Privacy Framework). A transfer there needs a declared mechanism;
        /// <c>AdequacyDecision</c> is accepted as the user's statement that the recipient is covered.</summary>
        private static readonly HashSet<string> PartlyAdequate = new(System.StringComparer.Ordinal) { "US" };

        /// <summary>What a country code says about a transfer there.</summary>
        public enum Standing
        {
            /// <summary>Inside the European Economic Area: not a transfer to a third country.</summary>
            EuropeanEconomicArea,

            /// <summary>A third country with an adequacy decision (Art. 45).</summary>
            Adequate,

            /// <summary>A third country whose adequacy decision covers only certified recipients (the United States).</summary>
            PartlyAdequate,

            /// <summary>A third country without an adequacy decision.</summary>
            ThirdCountry,

            /// <summary>Not a two-letter code (<see cref="NonIsoCode"/> says why when it is a known abbreviation).</summary>
            Malformed,
        }

        /// <summary>The standing of <paramref name="country"/>, compared after trimming and upper-casing.</summary>
        public static Standing Of(string country)
        {
            string code = country.Trim().ToUpperInvariant();
            if (code.Length != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' || NonIsoCode(code) != null)
            {
                return Standing.Malformed;
            }

            return EuropeanEconomicArea.Contains(code) ? Standing.EuropeanEconomicArea
                : Adequate.Contains(code) ? Standing.Adequate
                : PartlyAdequate.Contains(code) ? Standing.PartlyAdequate
                : Standing.ThirdCountry;
        }

        /// <summary>The ISO 3166-1 code meant by a common abbreviation that is not one (<c>UK</c>: <c>GB</c>; <c>EL</c>:
        /// <c>GR</c>), "a country" for <c>EU</c>; null for any other text.</summary>
        public static string? NonIsoCode(string code) => code.Trim().ToUpperInvariant() switch
        {
            "UK" => "GB",
            "EL" => "GR",
            "EU" => "a country",
            _ => null,
        };
    }
}
