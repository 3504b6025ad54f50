using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PurposeLimitationAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR015: personal data read by processing whose declared purpose is not among the data's purposes.</summary>
    public sealed class PurposeLimitationTests
    {
        /// <summary>A support ticket whose requester's e-mail address is declared for support only.</summary>
        private const string Ticket = """

            [ProcessingPurpose("Answer support requests")]
            public sealed class Ticket
            {
                [PersonalData] public string RequesterEmail { get; set; } = "";
                [PersonalData] public string RequesterName { get; set; } = "";
                public string Subject { get; set; } = "";
            }
            """;

        private static DiagnosticResult Used(int location, string member, string processing, string purposes, string declared = "'Answer support requests'") =>
            Verify.Diagnostic().WithLocation(location).WithArguments(member, declared, processing, purposes);

        [Fact]
        public async Task MarketingMethodReadsSupportData_ReportedOncePerMember_SupportMethodIsNot()
        {
            string source = """
                using System.Collections.Generic;
                using GdprAnalyzers.Annotations;

                public sealed class Mailer
                {
                    [ProcessingPurpose("Send the newsletter")]
                    public IEnumerable<string> Newsletter(Ticket ticket)
                    {
                        yield return {|#0:ticket.RequesterEmail|};
                        yield return ticket.RequesterEmail.ToUpperInvariant();
                        yield return {|#1:ticket.RequesterName|} + ticket.Subject;
                    }

                    [ProcessingPurpose("answer support requests ")]
                    public string Reply(Ticket ticket) => ticket.RequesterEmail;
                }
                """ + Ticket;

            await Verify.VerifyAnalyzerAsync(
                source,
                Used(0, "Ticket.RequesterEmail", "Mailer.Newsletter", "'Send the newsletter'"),
                Used(1, "Ticket.RequesterName", "Mailer.Newsletter", "'Send the newsletter'"));
        }

        [Fact]
        public async Task ServiceTypePurpose_CountsForItsMethods_AnyOfSeveralDataPurposesMatches()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                [ProcessingPurpose("Profile customers for advertising")]
                public sealed class Profiler
                {
                    public string Segment(Ticket ticket, Invoice invoice) => {|#0:ticket.RequesterEmail|} + invoice.Email;
                }

                public sealed class Invoice
                {
                    [PersonalData, ProcessingPurpose("Bill the customer"), ProcessingPurpose("Profile customers for advertising")]
                    public string Email { get; set; } = "";
                }
                """ + Ticket;

            await Verify.VerifyAnalyzerAsync(source, Used(0, "Ticket.RequesterEmail", "Profiler.Segment", "'Profile customers for advertising'"));
        }

        [Fact]
        public async Task NoPurposeOnEitherSide_PlaceholderOrDataTypeOwnMethods_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public sealed class Undeclared
                {
                    // No purpose for the processing: nothing is restricted (GDPR002 asks for purposes of stored data).
                    public string Any(Ticket ticket) => ticket.RequesterEmail;

                    [ProcessingPurpose("TODO")]
                    public string Placeholder(Ticket ticket) => ticket.RequesterEmail;

                    [ProcessingPurpose("Send the newsletter")]
                    public string NoDataPurpose(Contact contact) => contact.Email;
                }

                public sealed class Contact
                {
                    [PersonalData] public string Email { get; set; } = "";
                }

                // A type with personal data members declares its data's purposes, not a processing of its own.
                [ProcessingPurpose("Keep the delivery address")]
                public sealed class Delivery
                {
                    [PersonalData] public string Address { get; set; } = "";
                    public string Label(Ticket ticket) => Address + ticket.Subject;
                }
                """ + Ticket;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task WritesAndNameof_NoDiagnostic_ReadInAccessorReported()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public sealed class Importer
                {
                    [ProcessingPurpose("Import leads")]
                    public Ticket Import(string email) => new Ticket { RequesterEmail = email, Subject = nameof(Ticket.RequesterEmail) };

                    [ProcessingPurpose("Import leads")]
                    public void Clear(Ticket ticket) => ticket.RequesterEmail = "";
                }

                public sealed class Campaign
                {
                    private readonly Ticket ticket = new();

                    [ProcessingPurpose("Send the newsletter")]
                    public string Recipient => {|#0:ticket.RequesterEmail|};
                }
                """ + Ticket;

            await Verify.VerifyAnalyzerAsync(source, Used(0, "Ticket.RequesterEmail", "Campaign.Recipient", "'Send the newsletter'"));
        }

        [Fact]
        public async Task BrokenCode_NoException()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public sealed class Broken
                {
                    [ProcessingPurpose("Send the newsletter")]
                    public string Read(Ticket ticket) => {|#0:ticket.RequesterEmail|} + ticket.{|CS1061:Missing|};
                }
                """ + Ticket;

            await Verify.VerifyAnalyzerAsync(source, Used(0, "Ticket.RequesterEmail", "Broken.Read", "'Send the newsletter'"));
        }
    }
}
